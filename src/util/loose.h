/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reason phrases compared loosely: case, white space, ASCII punctuation
 * and the dashes and quotation marks U+2010-U+201F do not count ("request
 * time-out" is "Request Timeout").  One definition, src/util/c_fold.c,
 * which the generated C holds too, so that lint's notes, the readers'
 * phrase hints and http_status_from_reason() agree on every phrase. */
#ifndef STATUSGEN_UTIL_LOOSE_H
#define STATUSGEN_UTIL_LOOSE_H

#include <stdbool.h>
#include <stddef.h>

/* text folded: what counts of it, NUL-terminated, followed by eight more
 * zero bytes (loose_hash() reads eight bytes at a time); *len gets its
 * length when len is not NULL.  free() it. */
char *loose_fold(const char *text, size_t *len);

/* Do a and b differ only in what does not count? */
bool loose_equal(const char *a, const char *b);

/* The generated C's hash of the folded text p[0..n) (as loose_fold()
 * returns it: of its length and first eight bytes, or with full of all), the bucket of hash h among mask + 1, and its slot
 * displaced by d in a table of mask + 1 slots: the perfect hash of
 * emit/c_reason.c is built with them. */
unsigned long long loose_hash(const char *p, size_t n, unsigned long long seed, bool full);
size_t loose_bucket(unsigned long long h, size_t mask);
size_t loose_slot(unsigned long long h, unsigned d, size_t mask);

#endif
