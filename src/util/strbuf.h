/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A growable byte string, always NUL-terminated.  Initialise with
 * STRBUF_INIT or strbuf_init(); release with strbuf_release(). */
#ifndef STATUSGEN_STRBUF_H
#define STATUSGEN_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
};

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, char c);
/* Add len bytes of s, each byte that is not part of well-formed UTF-8
 * replaced by U+FFFD, so that what is added is valid UTF-8. */
void strbuf_add_utf8(struct strbuf *sb, const char *s, size_t len);
/* The contents, "" for an empty buffer; valid until the next change. */
const char *strbuf_str(const struct strbuf *sb);
/* Hand the contents over to the caller (free() them); sb is left empty. */
char *strbuf_detach(struct strbuf *sb);

#endif
