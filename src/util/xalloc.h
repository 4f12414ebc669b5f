/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Allocation that cannot fail: on exhaustion the program prints a message
 * and exits with status 1, as git's xmalloc does.  Free results with free(). */
#ifndef STATUSGEN_XALLOC_H
#define STATUSGEN_XALLOC_H

#include <stddef.h>

/* Print the out-of-memory message and exit 1.  For allocators of
 * libraries that report exhaustion by returning NULL. */
void xalloc_die(void) __attribute__((noreturn));

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
/* Grow *array (of *alloc elements of elem_size bytes) to hold at least
 * need elements, doubling. */
void xgrow(void **array, size_t *alloc, size_t need, size_t elem_size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define XGROW(array, alloc, need) \
	xgrow((void **)&(array), &(alloc), (need), sizeof(*(array)))

#endif
