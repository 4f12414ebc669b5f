/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The blocks a document is made of, whatever its format: the HTML and
 * Markdown readers turn their input into this stream, in document order,
 * and one recognizer (recognize.h) turns the stream into records.  The
 * same idea as cmark's enter/exit events, with what a status-code page
 * needs: table rows with their cells, headings, list items, definition
 * terms, paragraphs and thematic breaks, each with its line. */
#ifndef STATUSGEN_BLOCK_H
#define STATUSGEN_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

/* Longest cell or heading a producer accepts (longer ones are an error),
 * and longest paragraph it passes on whole: a longer one is cut to
 * BLOCK_MAX_TEXT + 1 bytes, so that whoever uses it can say it is too
 * long. */
#define BLOCK_MAX_TEXT (64u * 1024u)
/* Cells of a row passed on; later ones are dropped. */
#define BLOCK_MAX_CELLS 64u

enum block_type {
	BLOCK_TABLE_START,      /* a table starts (tables nest) */
	BLOCK_TABLE_END,        /* the innermost open table ends */
	BLOCK_ROW,              /* a row of the innermost open table */
	BLOCK_HEADING,          /* level 1..6, text */
	BLOCK_PARAGRAPH,        /* text between other blocks: a <p>, a code
				 * block, the text of a <div>... */
	BLOCK_BREAK,            /* a thematic break (<hr>, "---") */
	BLOCK_LIST_ITEM,        /* level: depth from 1; ordered; text */
	BLOCK_TERM,             /* a definition term (<dt>) */
	BLOCK_DEFINITION,       /* its definition (<dd>) */
	BLOCK_COMMENT,          /* an HTML comment, <!-- text -->, at the line
				 * it starts; no part of the text around it
				 * (lint reads its own comments in them) */
};

/* A cell of a row, spanned columns included: a cell that a rowspan or
 * colspan repeats appears in every column it covers. */
struct block_cell {
	const char *text;       /* white space collapsed, never NULL */
	unsigned line;
	bool header;            /* <th>, or a cell of a header row */
	bool link;              /* it holds a link (<a href>, [text](url)) */
};

/* Everything a block points to is owned by its producer and valid only
 * while the consumer's callback runs. */
struct block {
	enum block_type type;
	unsigned line;          /* where it starts */
	int level;              /* heading level; list depth */
	bool ordered;           /* list item of an ordered list */
	bool header;            /* row: in a <thead>, or the GFM header row */
	bool unclosed;          /* table end: the document ended inside it */
	bool toc;               /* list item: its text is one link to a
				 * place in the page ("#404-not-found"), an
				 * entry of a table of contents */
	bool code;              /* paragraph: a code block (<pre>, fenced or
				 * indented code), shown as written: never a
				 * record nor part of a description */
	const char *text;       /* heading, paragraph, item, term, definition:
				 * white space collapsed; comment: as written */
	const struct block_cell *cells;     /* row */
	size_t nr_cells;        /* columns, spanned ones included */
	size_t own_cells;       /* cells the row itself has */
	const char *lines;      /* paragraph, when the producer knows its
				 * source lines: the text with a '\n' where
				 * each line ends (line, line + 1, ...);
				 * else NULL */
};

/* A consumer of blocks.  Return 0 to go on, -1 to stop reading (the
 * consumer has reported why). */
typedef int block_fn(const struct block *b, void *arg);

#endif
