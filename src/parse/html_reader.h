/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A streaming reader of HTML built on libxml2's push parser with SAX
 * callbacks: no tree is built, and memory grows with the current row, not
 * with the document.  It finds status tables (by header text or, for a
 * table with no header row, by content) and code headings with their
 * paragraphs, and hands each record to a callback. */
#ifndef STATUSGEN_HTML_READER_H
#define STATUSGEN_HTML_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/record.h"

enum html_line_source {
	HTML_LINES_FROM_PARSER,     /* lines of the HTML text itself */
	HTML_LINES_FROM_SOURCEPOS   /* cmark-gfm's data-sourcepos attributes */
};

struct html_reader;

/* Start reading the document named path (used in diagnostics only), in
 * the given encoding (a name iconv knows, such as "GBK"; NULL means
 * UTF-8).  Return NULL after reporting an encoding libxml2 cannot decode.
 * Free with html_reader_free(). */
struct html_reader *html_reader_new(const char *path, enum html_line_source lines,
				    const char *encoding, struct diag *diag,
				    record_fn *fn, void *arg);

/* Feed the next len bytes.  Return 0, or -1 after an error that ends the
 * reading (stop feeding then; still call html_reader_finish()).  Errors
 * the reader can read past show only in html_reader_finish()'s result. */
int html_reader_feed(struct html_reader *r, const char *buf, size_t len);

/* End the document.  Return 0 if it was read without error and held at
 * least one record, -1 otherwise (every problem has been reported). */
int html_reader_finish(struct html_reader *r);

void html_reader_free(struct html_reader *r);

/* True for the elements whose content is never part of a record (footer,
 * script, nav, ...); name is lower case. */
bool html_reader_skips(const char *name);

/* Longest cell, heading or description accepted, in bytes. */
#define HTML_READER_MAX_TEXT (64u * 1024u)
/* Cells read per row; later ones are ignored. */
#define HTML_READER_MAX_CELLS 64u
/* Deepest nesting of tables accepted. */
#define HTML_READER_MAX_TABLE_DEPTH 32u

#endif
