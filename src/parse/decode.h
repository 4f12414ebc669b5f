/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A document's bytes turned into UTF-8, chunk by chunk: converted from
 * the encoding it declares (through iconv), or checked when it is UTF-8
 * already.  The readers after this stage only ever see well-formed UTF-8.
 * An invalid byte sequence stops the decoding, or in lossy mode becomes
 * U+FFFD and is counted.  Lines are counted in the decoded text, which
 * has the line breaks of the input. */
#ifndef STATUSGEN_DECODE_H
#define STATUSGEN_DECODE_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

struct decoder {
	iconv_t cd;                 /* (iconv_t)-1 when the input is UTF-8 */
	size_t unit;                /* bytes skipped past an invalid sequence */
	bool lossy;
	struct strbuf pending;      /* an incomplete sequence left by the last chunk */
	unsigned line;              /* line of the next decoded byte, from 1 */
	/* The first invalid sequence: its line and first byte. */
	unsigned bad_line;
	unsigned char bad_byte;
	bool truncated;             /* it was cut off by the end of the input */
	unsigned long nr_bad;       /* invalid sequences replaced (lossy) */
};

/* Start decoding from encoding, a name iconv knows (NULL: UTF-8); unit is
 * the size of its code units (2 for UTF-16, else 1).  Return 0, or -1 if
 * iconv cannot convert from it.  Release with decoder_release() either
 * way. */
int decoder_init(struct decoder *d, const char *encoding, size_t unit, bool lossy);

/* Decode len bytes of buf, last when they end the input, and append the
 * UTF-8 to out.  Return 0, or -1 at the first invalid sequence unless
 * lossy (bad_line, bad_byte and truncated say which). */
int decoder_feed(struct decoder *d, const char *buf, size_t len, bool last,
		 struct strbuf *out);

void decoder_release(struct decoder *d);

/* An encoding of the WHATWG Encoding Standard, the one list of encodings
 * browsers read. */
struct whatwg_encoding {
	const char *name;           /* the standard's name: "windows-1252" */
	const char *iconv;          /* the iconv decoder that reads it; NULL for
				     * UTF-8 (read as such), "replacement" and
				     * "x-user-defined" (none) */
	const char *labels;         /* its labels, lower case, space-separated */
};

/* The encoding label names (ASCII case and white space around it do not
 * matter), or NULL if the standard has no such label ("utf-7", "cp037"). */
const struct whatwg_encoding *whatwg_encoding_of(const char *label);

/* The i-th encoding of the standard, NULL past the last (for tests). */
const struct whatwg_encoding *whatwg_encoding_at(size_t i);

#endif
