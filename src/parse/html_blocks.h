/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HTML into blocks (block.h), streaming: libxml2's push parser with SAX
 * callbacks builds no tree, and memory grows with the current row, not
 * with the document.  Tables come out row by row, with rowspan and
 * colspan resolved; headings, paragraphs and thematic breaks with their
 * lines.  What browsers never show (script, style...) and what is never
 * part of a record (footer, nav...) is left out. */
#ifndef STATUSGEN_HTML_BLOCKS_H
#define STATUSGEN_HTML_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/block.h"

struct html_blocks;

/* Start reading the document named path (used in diagnostics only), in
 * the given encoding (a name iconv knows, such as "GBK"; NULL means
 * UTF-8), handing each block to fn.  Return NULL after reporting an
 * encoding libxml2 cannot decode.  Free with html_blocks_free(). */
struct html_blocks *html_blocks_new(const char *path, const char *encoding, struct diag *diag,
				    block_fn *fn, void *arg);

/* The HTML is the raw HTML of a Markdown document: an element left open
 * hides only the raw HTML after it, and is not reported as if it hid the
 * rest of the document (the Markdown reader reports what it skips). */
void html_blocks_set_embedded(struct html_blocks *r);

/* Feed the next len bytes.  Return 0, or -1 after an error that ends the
 * reading, or when fn asked to stop (stop feeding then; still call
 * html_blocks_finish()). */
int html_blocks_feed(struct html_blocks *r, const char *buf, size_t len);

/* What was fed ends a whole piece of HTML (a raw HTML block of a
 * Markdown document): parse what is held back (see html_blocks.c) when
 * that costs no more than a linear reading, so that its blocks come
 * before those of the Markdown after it.  Return as html_blocks_feed(). */
int html_blocks_sync(struct html_blocks *r);

/* End the document: what is still open is closed (a table left open is
 * an error).  *stopped tells whether the reading was cut short.  Return
 * 0, or -1 if an error was reported. */
int html_blocks_finish(struct html_blocks *r, bool *stopped);

void html_blocks_free(struct html_blocks *r);

/* True for the elements whose content is never part of a record (footer,
 * script, nav, ...); name is lower case. */
bool html_blocks_skips(const char *name);

/* Deepest nesting of tables accepted. */
#define HTML_BLOCKS_MAX_TABLE_DEPTH 32u

#endif
