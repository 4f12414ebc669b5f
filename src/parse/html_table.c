/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/html_table.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"
#include "util/xalloc.h"

#define MAX_CELLS BLOCK_MAX_CELLS
/* The largest rowspan HTML allows; rowspan=0 spans the rest of the row
 * group (thead, tbody, tfoot, or the rows outside them). */
#define MAX_ROWSPAN 65534u

struct cell {
	struct strbuf text;
	unsigned line;
	bool header;                    /* a <th> */
	bool link;                      /* it holds a link */
	bool cut;                       /* too long: its row is dropped */
};

struct html_table {
	unsigned line;
	bool in_row;
	bool in_thead;
	unsigned row_line;
	struct cell cells[MAX_CELLS];   /* by column, spanned columns included */
	size_t nr_cells;                /* columns filled in the current row */
	size_t own_cells;               /* cells the row itself has */
	int cur;                        /* the column whose text is read, or -1 */
	unsigned row_nr;                /* rows started, the current one included */
	/* Cells with a rowspan: what they put in the rows below them. */
	struct cell carry[MAX_CELLS];
	unsigned carry_until[MAX_CELLS];  /* last row_nr covered, 0 for none */
	unsigned new_until[MAX_CELLS];    /* set by this row, for the next ones */
	struct block_cell out[MAX_CELLS]; /* the row, as it is handed on */
};

struct html_table *html_table_new(unsigned line)
{
	struct html_table *t = xcalloc(1, sizeof(*t));

	t->line = line;
	t->cur = -1;
	return t;
}

void html_table_free(struct html_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < MAX_CELLS; i++) {
		strbuf_release(&t->cells[i].text);
		strbuf_release(&t->carry[i].text);
	}
	free(t);
}

unsigned html_table_line(const struct html_table *t)
{
	return t->line;
}

bool html_table_in_row(const struct html_table *t)
{
	return t->in_row;
}

void html_table_end_cell(struct html_table *t)
{
	if (t->cur >= 0)
		text_collapse_space(&t->cells[t->cur].text);
	t->cur = -1;
}

void html_table_mark_link(struct html_table *t)
{
	if (t->cur >= 0)
		t->cells[t->cur].link = true;
}

/* Put an empty column (or, with from, a copy of a cell) at the end of
 * the current row. */
static void add_column(struct html_table *t, const struct cell *from, unsigned line)
{
	struct cell *c = &t->cells[t->nr_cells++];

	strbuf_reset(&c->text);
	c->line = from ? from->line : line;
	c->header = from ? from->header : false;
	c->link = from ? from->link : false;
	c->cut = from ? from->cut : false;
	if (from)
		strbuf_add(&c->text, from->text.buf, from->text.len);
}

/* True if a rowspan from a row above covers column p of the current row.
 * Coverage is kept as the last row covered, so a row that does not reach
 * column p (or a colspan over it) cannot push it into the next row. */
static bool is_covered(const struct html_table *t, size_t p)
{
	return p < MAX_CELLS && t->carry_until[p] >= t->row_nr;
}

/* Fill the columns from the current one to the end of the row with the
 * cells that rowspans above put there, and empty ones between. */
static void fill_covered(struct html_table *t)
{
	size_t p;

	for (p = t->nr_cells; p < MAX_CELLS; p++) {
		if (is_covered(t, p)) {
			while (t->nr_cells < p)
				add_column(t, NULL, t->row_line);
			add_column(t, &t->carry[p], 0);
		}
	}
}

/* The columns at the current one that rowspans above cover. */
static void skip_covered(struct html_table *t)
{
	while (is_covered(t, t->nr_cells))
		add_column(t, &t->carry[t->nr_cells], 0);
}

/* What the cells of this row with a rowspan put in the rows below. */
static void carry_down(struct html_table *t)
{
	size_t p;

	for (p = 0; p < MAX_CELLS; p++) {
		if (!t->new_until[p])
			continue;
		t->carry_until[p] = t->new_until[p];
		t->new_until[p] = 0;
		strbuf_reset(&t->carry[p].text);
		t->carry[p].line = p < t->nr_cells ? t->cells[p].line : 0;
		t->carry[p].header = p < t->nr_cells && t->cells[p].header;
		t->carry[p].link = p < t->nr_cells && t->cells[p].link;
		t->carry[p].cut = p < t->nr_cells && t->cells[p].cut;
		if (p < t->nr_cells)
			strbuf_add(&t->carry[p].text, t->cells[p].text.buf, t->cells[p].text.len);
	}
}

/* The value of a rowspan or colspan attribute, as HTML reads it: leading
 * digits after white space, at most max; 1 for anything else.  0 stays 0
 * (a rowspan to the end of the row group). */
static unsigned span_value(const char *v, unsigned max)
{
	unsigned n = 0;

	if (!v)
		return 1;
	while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r' || *v == '\f')
		v++;
	if (*v == '+')
		v++;
	if (*v < '0' || *v > '9')
		return 1;
	for (; *v >= '0' && *v <= '9'; v++)
		if (n <= max)
			n = n * 10 + (unsigned)(*v - '0');
	return n > max ? max : n;
}

bool html_table_end_row(struct html_table *t, struct block *b)
{
	size_t i;

	if (!t->in_row)
		return false;
	html_table_end_cell(t);
	fill_covered(t);
	carry_down(t);
	t->in_row = false;
	for (i = 0; i < t->nr_cells; i++)
		if (t->cells[i].cut)
			return false;
	for (i = 0; i < t->nr_cells; i++) {
		t->out[i].text = strbuf_str(&t->cells[i].text);
		t->out[i].line = t->cells[i].line;
		t->out[i].header = t->cells[i].header;
		t->out[i].link = t->cells[i].link;
	}
	b->line = t->row_line;
	b->header = t->in_thead;
	b->cells = t->out;
	b->nr_cells = t->nr_cells;
	b->own_cells = t->own_cells;
	return true;
}

void html_table_start_row(struct html_table *t, unsigned line)
{
	size_t i;

	for (i = 0; i < t->nr_cells; i++)
		strbuf_reset(&t->cells[i].text);
	t->nr_cells = 0;
	t->own_cells = 0;
	t->in_row = true;
	t->row_line = line;
	if (t->row_nr < UINT_MAX - MAX_ROWSPAN)
		t->row_nr++;
}

void html_table_row_group(struct html_table *t, bool thead)
{
	memset(t->carry_until, 0, sizeof(t->carry_until));
	t->in_thead = thead;
}

/* A cell: it takes the next column no rowspan above covers, and with
 * colspan=N the N - 1 after it; with rowspan=N its text fills its
 * columns in the N - 1 rows below.  A column of a colspan that a rowspan
 * above already covers (the cells overlap) keeps the text from above. */
void html_table_start_cell(struct html_table *t, const char *colspan_attr,
			   const char *rowspan_attr, bool header, unsigned line)
{
	unsigned colspan = span_value(colspan_attr, MAX_CELLS);
	unsigned rowspan = span_value(rowspan_attr, MAX_ROWSPAN);
	unsigned until;
	size_t pos, k;

	html_table_end_cell(t);
	skip_covered(t);
	if (t->nr_cells == MAX_CELLS)
		return;
	pos = t->nr_cells;
	add_column(t, NULL, line);
	t->cells[pos].header = header;
	t->own_cells++;
	t->cur = (int)pos;
	if (colspan == 0)
		colspan = 1;
	until = rowspan == 0 ? UINT_MAX : t->row_nr + rowspan - 1;
	if (rowspan != 1)
		t->new_until[pos] = until;
	for (k = 1; k < colspan && t->nr_cells < MAX_CELLS; k++) {
		if (is_covered(t, t->nr_cells)) {
			add_column(t, &t->carry[t->nr_cells], 0);
			continue;
		}
		if (rowspan != 1)
			t->new_until[t->nr_cells] = until;
		add_column(t, &t->cells[pos], 0);
	}
}

struct strbuf *html_table_cell_text(struct html_table *t, bool **cut)
{
	if (t->cur < 0)
		return NULL;
	*cut = &t->cells[t->cur].cut;
	return &t->cells[t->cur].text;
}
