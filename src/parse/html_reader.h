/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An HTML document into records: html_blocks.h's blocks handed to the
 * recognizer (recognize.h) as they stream by. */
#ifndef STATUSGEN_HTML_READER_H
#define STATUSGEN_HTML_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/block.h"
#include "parse/html_blocks.h"
#include "parse/record.h"

struct html_reader;
struct languages;
struct registry;

/* Start reading the document named path (used in diagnostics only), in
 * the given encoding (a name iconv knows, such as "GBK"; NULL means
 * UTF-8).  Return NULL after reporting an encoding libxml2 cannot decode.
 * Free with html_reader_free(). */
struct html_reader *html_reader_new(const char *path, enum html_line_source lines,
				    const char *encoding, struct diag *diag,
				    record_fn *fn, void *arg);

/* Lend the recognizer the registry's phrases as hints (NULL: none). */
void html_reader_set_registry(struct html_reader *r, const struct registry *reg);

/* Comments to fn (see recognizer_set_comments()). */
void html_reader_set_comments(struct html_reader *r,
			      void (*fn)(void *arg, const char *text, unsigned line), void *arg);

/* The front matter's title and its line (see recognizer_set_page_title()). */
/* recognizer_set_language(), for the reader's recognizer. */
void html_reader_set_language(struct html_reader *r, const struct languages *langs,
			      const char *locale);

void html_reader_set_page_title(struct html_reader *r, const char *title, unsigned line);

/* Feed the next len bytes.  Return 0, or -1 after an error that ends the
 * reading (stop feeding then; still call html_reader_finish()).  Errors
 * the reader can read past show only in html_reader_finish()'s result. */
int html_reader_feed(struct html_reader *r, const char *buf, size_t len);

/* End the document.  Return 0 if it was read without error and held at
 * least one record, -1 otherwise (every problem has been reported). */
int html_reader_finish(struct html_reader *r);

void html_reader_free(struct html_reader *r);

/* Longest cell, heading or description accepted, in bytes. */
#define HTML_READER_MAX_TEXT BLOCK_MAX_TEXT
/* Cells read per row; later ones are ignored. */
#define HTML_READER_MAX_CELLS BLOCK_MAX_CELLS
/* Deepest nesting of tables accepted. */
#define HTML_READER_MAX_TABLE_DEPTH HTML_BLOCKS_MAX_TABLE_DEPTH

#endif
