/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Raw HTML in a Markdown document's tree, for markdown_blocks.c: what
 * skipped elements hold is taken out before the walk. */
#ifndef STATUSGEN_MD_RAW_H
#define STATUSGEN_MD_RAW_H

#include <stdbool.h>
#include <stddef.h>

#include <cmark-gfm.h>

struct md_walk {
	unsigned offset;        /* lines of the document before the piece */
	unsigned open_line;     /* where a skipped element was left open */
	unsigned deep_line;     /* where the nesting passed the limit; 0 if not */
	int open;               /* skipped elements open at the top level */
};

/* Whether text[0..len) has anywhere a tag that may open a skipped
 * element, as md_raw.c reads tags. */
bool md_may_open_skipped(const char *text, size_t len);

/* The line of node, or of the nearest enclosing node that has one, in a
 * piece that starts after offset lines of the document.  (cmark-gfm
 * leaves the paragraph above a table's header without one.)  The
 * document itself is at line 1, whatever the piece. */
unsigned md_line_of_node(cmark_node *node, unsigned offset);

/* What stands between the opening and the closing tag of a skipped
 * element is never part of a record (a <footer> with blank lines in it is
 * split into several blocks; a <script> inside a paragraph leaves its
 * text between two inline HTML nodes).  Remove it, and the raw HTML that
 * opens and closes it, from the children of parent, recursively, parent
 * being depth levels down; raw HTML that opens or closes nothing skipped
 * stays, for the HTML reader.  open is the nesting depth of skipped
 * elements open before the first child; return the depth left open. */
int md_drop_raw_html(cmark_node *parent, unsigned depth, int open, struct md_walk *w);

#endif
