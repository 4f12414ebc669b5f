/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recognizer: blocks (block.h) in, records (record.h) out, whatever
 * the format the blocks came from (html_blocks.h and markdown_blocks.h
 * hand it theirs; source.h wires them).  It finds status tables
 * (tables.c, columns.c), code headings and paragraphs that read as one
 * with their descriptions, the class names of the sections above them,
 * list items, definitions and per-code pages (items.c, lists.c), and
 * reports what it cannot read. */
#ifndef STATUSGEN_RECOGNIZE_H
#define STATUSGEN_RECOGNIZE_H

#include <stdbool.h>

#include "diag.h"
#include "parse/block.h"
#include "parse/record.h"

struct languages;
struct registry;
struct recognizer;

/* A recognizer for the document named path, handing each record to fn.
 * Free with recognizer_free(). */
struct recognizer *recognizer_new(const char *path, struct diag *diag,
				  record_fn *fn, void *arg);

/* Lend the recognizer the registry's phrases (reason phrases, former
 * names) as hints; reg must outlive it.  NULL: no hints, only the
 * script of the text. */
void recognizer_set_registry(struct recognizer *rz, const struct registry *reg);

/* Call fn(arg, text, line) for each comment block (BLOCK_COMMENT); NULL:
 * comments are passed over. */
void recognizer_set_comments(struct recognizer *rz,
			     void (*fn)(void *arg, const char *text, unsigned line), void *arg);
/* Lend the recognizer what is known of each language (langs, which
 * must outlive it; NULL: nothing) and the page's language (a name in
 * langs, or NULL when it is not known): class names and headers in
 * every language, and names settled by the catalogs and the page's
 * language (README: What the readers recognise). */
void recognizer_set_language(struct recognizer *rz, const struct languages *langs,
			      const char *locale);

/* The title of the page's front matter (NULL: none) and its line: a
 * title such as "404 Not Found" makes the page one about that code, its
 * first paragraph the description (MDN's per-code pages). */
void recognizer_set_page_title(struct recognizer *rz, const char *title, unsigned line);

/* The block_fn to give a producer, with the recognizer as its argument. */
int recognizer_block(const struct block *b, void *recognizer);

/* The producer reported an error: the document is not read without error. */
void recognizer_fail(struct recognizer *rz);

/* End of the document.  stopped: the reading was cut short by an error,
 * and what is still open is dropped rather than finished.  Return 0 if
 * the document was read without error and held at least one record, -1
 * otherwise (every problem has been reported). */
int recognizer_finish(struct recognizer *rz, bool stopped);

void recognizer_free(struct recognizer *rz);

#endif
