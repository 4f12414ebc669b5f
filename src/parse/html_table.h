/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An HTML table's rows as a browser lays them out: a cell takes the next
 * column no rowspan above covers, colspan=N takes N columns, rowspan=N
 * repeats the cell in the N - 1 rows below (never past its row group).
 * Used by html_blocks.c only; the row it hands on is a block_cell array
 * with spanned columns filled in. */
#ifndef STATUSGEN_HTML_TABLE_H
#define STATUSGEN_HTML_TABLE_H

#include <stdbool.h>

#include "parse/block.h"
#include "util/strbuf.h"

struct html_table;

/* A table starting at line.  Free with html_table_free(). */
struct html_table *html_table_new(unsigned line);
void html_table_free(struct html_table *t);

unsigned html_table_line(const struct html_table *t);
bool html_table_in_row(const struct html_table *t);

/* Start a row at line (end the one before with html_table_end_row()). */
void html_table_start_row(struct html_table *t, unsigned line);

/* End the row being read, if any: return true with it in *b (its type
 * untouched; what it points to is valid until the next call), false if
 * there is none or a cell of it was too long. */
bool html_table_end_row(struct html_table *t, struct block *b);

/* A row group (thead, tbody, tfoot) starts (thead: a <thead>) or ends,
 * after html_table_end_row(): no rowspan reaches across it. */
void html_table_row_group(struct html_table *t, bool thead);

/* A cell starts, with its colspan and rowspan attributes (NULL if
 * absent), at line; header: a <th>. */
void html_table_start_cell(struct html_table *t, const char *colspan, const char *rowspan,
			   bool header, unsigned line);
void html_table_end_cell(struct html_table *t);
/* The cell being read holds a link. */
void html_table_mark_link(struct html_table *t);

/* The text of the cell being read, and where to mark it too long; NULL
 * outside a cell (or past the last column kept). */
struct strbuf *html_table_cell_text(struct html_table *t, bool **cut);

#endif
