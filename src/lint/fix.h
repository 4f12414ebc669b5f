/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fixes in a document's own bytes.  A finding proposes that a phrase at
 * a line become another (diag_finding_fix()); here the phrase is found in
 * the bytes of the file as it is, in its own encoding (a GBK page stays
 * GBK), and replaced there and nowhere else: every other byte, every
 * line end, stays as it was.  A phrase is found only where it stands as
 * written, whole (no letter or digit on either side), once on its line;
 * anywhere else (written across lines, with markup or entities inside,
 * twice on the line) the finding carries no fix. */
#ifndef STATUSGEN_FIX_H
#define STATUSGEN_FIX_H

#include <stdbool.h>
#include <stddef.h>

/* A replacement located in a document's bytes. */
struct fix {
	unsigned line;
	unsigned column, end_column;    /* of the phrase, in characters from 1;
					 * end_column is the one after it */
	size_t offset, length;          /* of the phrase, in bytes of the file */
	char *replacement;              /* in the document's encoding;
					 * replacement_len bytes */
	size_t replacement_len;
};

/* A document's bytes, to find phrases in. */
struct fix_doc {
	const char *bytes;
	size_t len;
	const char *encoding;           /* a name iconv knows; NULL: UTF-8 */
	size_t *line_starts;            /* offset of each line, from line 1 */
	size_t nr_lines;
};

/* Set up doc over bytes[0..len) in encoding (not copied: they must live
 * as long as doc).  Return 0, or -1 when fixes cannot be made in that
 * encoding (UTF-16).  Release with fix_doc_release() either way. */
int fix_doc_init(struct fix_doc *doc, const char *bytes, size_t len, const char *encoding);
void fix_doc_release(struct fix_doc *doc);

/* Find the phrase old (UTF-8) at line of doc and fill *fix to replace it
 * with new_text (UTF-8).  Return 0, or -1 when it is not there once as
 * written, or new_text cannot be written in the document's encoding.
 * Free with fix_release(). */
int fix_locate(const struct fix_doc *doc, unsigned line, const char *old,
	       const char *new_text, struct fix *fix);

void fix_release(struct fix *fix);

/* Apply the nr fixes (sorted by offset, none overlapping another) to
 * doc's bytes; return the new bytes (free() them), *len their length. */
char *fix_apply(const struct fix_doc *doc, struct fix *const *fixes, size_t nr, size_t *len);

#endif
