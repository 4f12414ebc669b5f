/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Status tables: deciding what a table is from its first rows, then one
 * record per data row. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/cells.h"
#include "parse/recognize_impl.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Rows examined before an unrecognised table is given up. */
#define ROWS_TO_DECIDE 3
/* Problems with rows reported per table; the rest are counted.  (A
 * rowspan can repeat one bad cell in thousands of rows.) */
#define MAX_ROW_PROBLEMS 20u

enum table_kind { TABLE_UNDECIDED, TABLE_STATUS, TABLE_OTHER };

struct rz_table {
	unsigned line;
	enum table_kind kind;
	int column[NR_COLUMNS];         /* cell index of each column, or -1 */
	unsigned rows_examined;
	size_t width;                   /* cells in the row that decided the kind */
	unsigned row_problems;          /* reported for its rows */
	unsigned hidden_errors, hidden_warnings;  /* past MAX_ROW_PROBLEMS */
	unsigned hidden_line;           /* the first of those */
};

static struct rz_table *top_table(struct recognizer *rz)
{
	return rz->nr_tables ? rz->tables[rz->nr_tables - 1] : NULL;
}

/* Try a row as a header row; return true if it is one. */
static bool take_header_row(struct recognizer *rz, struct rz_table *t,
			    const struct block *b)
{
	int column[NR_COLUMNS];
	unsigned matched = 0;
	size_t i;
	int c;

	for (c = 0; c < NR_COLUMNS; c++)
		column[c] = -1;
	for (i = 0; i < b->nr_cells; i++) {
		c = column_of_header(b->cells[i].text);
		if (c >= 0 && column[c] < 0) {
			column[c] = (int)i;
			matched++;
		}
	}
	if (column[COL_CODE] < 0 && matched < 2)
		return false;
	memcpy(t->column, column, sizeof(column));
	if (column[COL_CODE] < 0) {
		/* Some other table; worth naming only if nothing else is found. */
		if (!rz->codeless_table_line)
			rz->codeless_table_line = b->line;
		t->kind = TABLE_OTHER;
	} else {
		t->kind = TABLE_STATUS;
	}
	return true;
}

/* Try a row as the first data row of a table without a header.  The code
 * is the first cell of exactly three digits; the cell before it is the
 * class; the first ASCII phrase after it is the English reason, and the
 * two cells after that (or after the code, if there is no phrase) are the
 * localized reason and the description, by position, empty or not. */
static bool take_headerless_row(struct rz_table *t, const struct block *b)
{
	size_t i, code_at = b->nr_cells, after;
	int code;

	for (i = 0; i < b->nr_cells; i++) {
		if (cell_is_code(b->cells[i].text, &code)) {
			code_at = i;
			break;
		}
	}
	if (code_at == b->nr_cells)
		return false;
	t->column[COL_CODE] = (int)code_at;
	if (code_at > 0)
		t->column[COL_CLASS] = (int)code_at - 1;
	after = code_at;
	for (i = code_at + 1; i < b->nr_cells; i++) {
		if (text_is_ascii_phrase(b->cells[i].text)) {
			t->column[COL_REASON] = (int)i;
			after = i;
			break;
		}
	}
	t->column[COL_L10N] = (int)after + 1;
	t->column[COL_DESC] = (int)after + 2;
	t->kind = TABLE_STATUS;
	return true;
}

static const char *cell_field(const struct rz_table *t, const struct block *b,
			      enum column_role c, unsigned *line)
{
	int i = t->column[c];
	const char *text;

	*line = 0;
	if (i < 0 || (size_t)i >= b->nr_cells)
		return NULL;
	text = b->cells[i].text;
	if (!*text)
		return NULL;
	*line = b->cells[i].line;
	return text;
}

/* A row without a code that only groups the rows below it: its code cell
 * reads "4xx" (maybe followed by a name), or it is one cell in a table of
 * several columns (<td colspan=4>Client errors</td>). */
static bool is_group_row(const struct rz_table *t, const struct block *b,
			 const char *code_text)
{
	if (code_text && code_text[0] >= '1' && code_text[0] <= '5' &&
	    (code_text[1] == 'x' || code_text[1] == 'X') &&
	    (code_text[2] == 'x' || code_text[2] == 'X') &&
	    (code_text[3] == '\0' || code_text[3] == ' '))
		return true;
	return b->own_cells == 1 && t->width > 1;
}

/* Whether to report a problem with a row of t, or only count it. */
static bool show_row_problem(struct rz_table *t, enum diag_severity severity,
			     unsigned line)
{
	if (t->row_problems < MAX_ROW_PROBLEMS) {
		t->row_problems++;
		return true;
	}
	if (!t->hidden_errors && !t->hidden_warnings)
		t->hidden_line = line;
	if (severity == DIAG_ERROR)
		t->hidden_errors++;
	else
		t->hidden_warnings++;
	return false;
}

/* How many problems with rows of t were not shown, at the first of them. */
static void report_hidden_problems(struct recognizer *rz, struct rz_table *t)
{
	if (t->hidden_errors)
		diag_error(rz->diag, rz->path, t->hidden_line,
			   ngettext("%u more error in this table not shown",
				    "%u more errors in this table not shown",
				    t->hidden_errors), t->hidden_errors);
	if (t->hidden_warnings)
		diag_warning(rz->diag, rz->path, t->hidden_line,
			     ngettext("%u more warning in this table not shown",
				      "%u more warnings in this table not shown",
				      t->hidden_warnings), t->hidden_warnings);
	t->hidden_errors = t->hidden_warnings = 0;
}

static int take_data_row(struct recognizer *rz, struct rz_table *t, const struct block *b)
{
	struct source_record rec = { 0 };
	const char *code_text;
	unsigned code_line;
	struct diag_quote q;

	code_text = cell_field(t, b, COL_CODE, &code_line);
	if (!(code_text && cell_is_code(code_text, &rec.code)) && is_group_row(t, b, code_text))
		return 0;
	if (!code_text) {
		if (show_row_problem(t, DIAG_WARNING, b->line))
			diag_warning(rz->diag, rz->path, b->line,
				     _("row has no status code; skipped"));
		return 0;
	}
	if (!cell_is_code(code_text, &rec.code)) {
		if (show_row_problem(t, DIAG_ERROR, code_line))
			diag_error(rz->diag, rz->path, code_line,
				   _("'%s' is not a status code"), diag_quote(&q, code_text));
		rz->failed = true;
		return 0;
	}
	if (rec.code < 100 || rec.code > 599) {
		if (show_row_problem(t, DIAG_ERROR, code_line))
			diag_error(rz->diag, rz->path, code_line,
				   _("status code %d is out of range (100-599)"), rec.code);
		rz->failed = true;
		return 0;
	}
	rec.path = rz->path;
	rec.origin = RECORD_TABLE_ROW;
	rec.line = b->line;
	rec.class_name = cell_field(t, b, COL_CLASS, &rec.class_line);
	rec.reason = cell_field(t, b, COL_REASON, &rec.reason_line);
	rec.l10n_reason = cell_field(t, b, COL_L10N, &rec.l10n_reason_line);
	rec.description = cell_field(t, b, COL_DESC, &rec.description_line);
	return rz_emit(rz, &rec);
}

static bool row_is_empty(const struct block *b)
{
	size_t i;

	for (i = 0; i < b->nr_cells; i++)
		if (b->cells[i].text[0])
			return false;
	return true;
}

int rz_table_start(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = xcalloc(1, sizeof(*t));
	int c;

	t->line = b->line;
	for (c = 0; c < NR_COLUMNS; c++)
		t->column[c] = -1;
	XGROW(rz->tables, rz->alloc_tables, rz->nr_tables + 1);
	rz->tables[rz->nr_tables++] = t;
	return 0;
}

int rz_table_row(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = top_table(rz);

	if (!t || row_is_empty(b) || t->kind == TABLE_OTHER)
		return 0;
	if (t->kind == TABLE_UNDECIDED) {
		t->width = b->nr_cells;
		if (take_header_row(rz, t, b))
			return 0;
		if (!take_headerless_row(t, b)) {
			if (++t->rows_examined >= ROWS_TO_DECIDE)
				t->kind = TABLE_OTHER;
			return 0;
		}
	}
	return take_data_row(rz, t, b);
}

int rz_table_end(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = top_table(rz);

	(void)b;
	if (!t)
		return 0;
	report_hidden_problems(rz, t);
	rz->nr_tables--;
	free(t);
	return 0;
}

void rz_tables_finish(struct recognizer *rz)
{
	size_t i;

	for (i = rz->nr_tables; i > 0; i--)
		report_hidden_problems(rz, rz->tables[i - 1]);
}

void rz_tables_free(struct recognizer *rz)
{
	while (rz->nr_tables)
		free(rz->tables[--rz->nr_tables]);
	free(rz->tables);
	rz->tables = NULL;
	rz->alloc_tables = 0;
}
