/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bounds on Markdown checked before cmark-gfm parses a document, and
 * the pieces it is parsed in.  Debian's cmark-gfm 0.29.0.gfm.6 pads every
 * row of a table to the width of its delimiter row (fixed upstream later,
 * as CVE-2023-37463), so a few bytes per row can cost it thousands of
 * cells; and it holds what it parses as a tree of 100 to 200 bytes for
 * each byte of text. */
#ifndef STATUSGEN_MD_SPLIT_H
#define STATUSGEN_MD_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Widest table accepted, as the HTML reader reads 64 cells per row. */
#define MD_MAX_TABLE_COLUMNS 64u

/* Most table cells (columns times rows, header included) in all the
 * tables of one document. */
#define MD_MAX_TABLE_CELLS 500000u

/* Scan the Markdown text[0..len) for pipe tables (a delimiter row under a
 * non-blank line, and every non-blank line after it) and check them
 * against the bounds above.  The scan errs on the side of seeing a table
 * where cmark-gfm may not (it ignores code fences, and takes every
 * non-blank line as a row), never the other way.  Return 0, or -1 after
 * reporting the first table past a bound with its line. */
int md_check_tables(const char *path, const char *text, size_t len, struct diag *diag);

/* Markdown is parsed in pieces, each a run of whole top-level blocks, so
 * that cmark-gfm, which holds what it parses as a tree of 100 to 200
 * bytes for each byte of text, never holds more than one piece. */
#define MD_PIECE_SIZE (1024u * 1024u)

/* Longest run of Markdown that cannot be cut into pieces (one paragraph,
 * list item, block quote or table), fenced code and raw HTML blocks of
 * the kinds that may hold blank lines not counted: those cmark-gfm holds
 * as one string. */
#define MD_MAX_BLOCK (1024u * 1024u)

/* Finds where the Markdown text can be cut: at the start of a line that
 * begins a new top-level block whatever came before it (a line at
 * column 0 after a blank line, outside fenced code and raw HTML that may
 * hold blank lines, or a new item of a top-level list), or between two
 * rows of a top-level table.  Where it cannot be sure, it does not cut. */
struct md_splitter {
	const char *text;
	size_t len;
	size_t pos;             /* start of the next line */
	unsigned line;          /* its number, from 1 */
	size_t dense;           /* bytes since the piece started, fenced
				 * code and raw HTML bodies left out */
	char fence;             /* '`' or '~' of an open top-level fence */
	size_t fence_len;
	int html;               /* open top-level raw HTML block, type 1..6
				 * (6: it ends at a blank line) */
	bool maybe_html;        /* a raw HTML block may be open until the
				 * next blank line, or not */
	char list;              /* marker of the open top-level list ('-',
				 * '+', '*', '.', ')'), or 0 */
	size_t item_width;      /* content column of its open item */
	bool empty_item;        /* the line before pos is an item's marker
				 * and nothing else */
	bool late;              /* an item of it starts on the line after
				 * its marker */
	bool uncertain;         /* a line since the last blank one may have
				 * closed it, or not */
	bool lost;              /* from here on, no cut is safe */
	bool blank;             /* the line before pos is blank */
	bool plain;             /* every line since the last blank one is
				 * text of a top-level paragraph */
	bool table;             /* in a top-level table, whose rows can
				 * be cut */
	size_t head_start;      /* the line before: perhaps a table's */
	size_t head_end;        /* header */
	bool indented;          /* the line before pos is top-level
				 * indented code */
	bool literal;           /* ... is for sure in (or opens or
				 * closes) top-level fenced code, indented
				 * code or a raw HTML block */
};

struct md_piece {
	size_t start, end;      /* text[start..end) */
	unsigned line;          /* the line of text[start] */
	size_t dense;           /* its bytes outside fenced code and raw HTML */
	bool item_next;         /* the next piece starts with a line that is
				 * an item of a list */
	bool table_next;        /* ... with a row of a table of this one */
};

void md_splitter_init(struct md_splitter *s, const char *text, size_t len);

/* The next piece: as many whole blocks as fit in size bytes, or the
 * first run that can be cut when that is longer (size 0: one run at a
 * time).  Return false at the end of the text. */
bool md_splitter_next(struct md_splitter *s, size_t size, struct md_piece *piece);

/* Whether the Markdown text[0..len) may nest its elements (block quotes,
 * lists, emphasis, links, images) more than limit deep, counted
 * generously from the line prefixes and, in each paragraph, the emphasis
 * openers against the closers and the images that close: false means
 * it cannot. */
bool md_may_nest_deeper(const char *text, size_t len, unsigned limit);

/* Check that no run of text[0..len) that cannot be cut into pieces is
 * longer than MD_MAX_BLOCK.  Return 0, or -1 after reporting the first
 * that is, at its first line. */
int md_check_blocks(const char *path, const char *text, size_t len, struct diag *diag);

/* ---- lines, as md_split.c and md_defuse.c read them ------------------- */

/* One line of the document, as cmark-gfm splits them: at "\n", "\r\n"
 * or a lone "\r". */
struct md_text_line {
	const char *start;
	const char *end;        /* the line end, excluded */
	unsigned number;
};

/* One line as the splitter sees it. */
struct md_line {
	const char *start, *end;        /* without its line end */
	const char *content;            /* past the leading white space */
	size_t indent;                  /* columns of it, tabs to 4 */
	size_t next;                    /* offset of the next line */
};

/* Read the line at *pos of text[0..len) into *line (its number one past
 * line->number) and move *pos past its line end.  Return false at the
 * end of the text. */
bool md_next_line(const char *text, size_t len, size_t *pos, struct md_text_line *line);

/* The line at s->pos, as the splitter sees it. */
void md_read_line(const struct md_splitter *s, struct md_line *l);

/* Take line l, the one at s->pos, into the state of s (s->pos and
 * s->line stay where they are). */
void md_scan_line(struct md_splitter *s, const struct md_line *l);

/* Whether c is ASCII punctuation, or white space, as CommonMark says. */
bool md_is_ascii_punct(char c);
bool md_is_space(char c);

/* Past the container markers that can stand before a table line: white
 * space, block quote markers and list item markers, any number of them. */
const char *md_skip_containers(const char *p, const char *end);

/* The number of columns of a delimiter row such as "| :-- | --: |", or
 * 0 when p..end is not one. */
unsigned long md_delimiter_columns(const char *p, const char *end);

/* How many c start p..end. */
size_t md_run_of(const char *p, const char *end, char c);

#endif
