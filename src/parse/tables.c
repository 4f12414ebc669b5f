/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Status tables.  The first rows of a table are kept (at most SAMPLE_ROWS,
 * SAMPLE_BYTES of text) until what each column holds is decided
 * (columns.c); then they, and every row after them, become records as
 * they come, the roles fixed.  Memory stays bounded whatever the length
 * of the table. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/cells.h"
#include "parse/heading.h"
#include "parse/recognize_impl.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Rows kept to decide a table's columns, and the most text kept. */
#define SAMPLE_ROWS 32u
#define SAMPLE_BYTES (256u * 1024u)
/* Problems with rows reported per table; the rest are counted.  (A
 * rowspan can repeat one bad cell in thousands of rows.) */
#define MAX_ROW_PROBLEMS 20u

enum table_kind { TABLE_UNDECIDED, TABLE_STATUS, TABLE_OTHER };

/* A row kept while the table is undecided: a block and copies of what it
 * points to. */
struct kept_row {
	struct block b;
	struct block_cell *cells;
	char *text;                     /* every cell's text, one after another */
};

struct rz_table {
	unsigned line;
	enum table_kind kind;
	struct column_roles roles;
	size_t width;                   /* columns, once decided */
	bool has_header;
	struct kept_row header;
	struct kept_row *rows;
	size_t nr_rows, alloc_rows;
	size_t data_rows;               /* of them, rows that group nothing */
	size_t kept_bytes;
	char *heading_class;            /* the class the headings above name */
	unsigned heading_class_line;
	char *group_class;              /* the last group row's ("4xx Client errors") */
	unsigned group_class_line;
	size_t code_rows;               /* rows read as records */
	char *footer;                   /* the code cell of a row of words after
					 * them ("See also"), an error only if
					 * more codes follow; or NULL */
	unsigned footer_line;
	unsigned row_problems;          /* reported for its rows */
	unsigned hidden_errors, hidden_warnings;  /* past MAX_ROW_PROBLEMS */
	unsigned hidden_line;           /* the first of those */
};

static struct rz_table *top_table(struct recognizer *rz)
{
	return rz->nr_tables ? rz->tables[rz->nr_tables - 1] : NULL;
}

/* ---- kept rows ------------------------------------------------------------ */

static void keep_row(struct kept_row *k, const struct block *b, size_t *bytes)
{
	size_t i, len = 0, at = 0;

	for (i = 0; i < b->nr_cells; i++)
		len += strlen(b->cells[i].text) + 1;
	k->b = *b;
	k->cells = xcalloc(b->nr_cells ? b->nr_cells : 1, sizeof(*k->cells));
	k->text = xmalloc(len ? len : 1);
	for (i = 0; i < b->nr_cells; i++) {
		size_t n = strlen(b->cells[i].text) + 1;

		memcpy(k->text + at, b->cells[i].text, n);
		k->cells[i] = b->cells[i];
		k->cells[i].text = k->text + at;
		at += n;
	}
	k->b.cells = k->cells;
	*bytes += len + b->nr_cells * sizeof(*k->cells);
}

static void drop_row(struct kept_row *k)
{
	free(k->cells);
	free(k->text);
	memset(k, 0, sizeof(*k));
}

static void drop_kept(struct rz_table *t)
{
	size_t i;

	for (i = 0; i < t->nr_rows; i++)
		drop_row(&t->rows[i]);
	free(t->rows);
	t->rows = NULL;
	t->nr_rows = t->alloc_rows = 0;
	if (t->has_header)
		drop_row(&t->header);
}

/* ---- reading one row ----------------------------------------------------- */

static const char *cell_text(const struct block *b, int col, unsigned *line)
{
	*line = 0;
	if (col < 0 || (size_t)col >= b->nr_cells || !b->cells[col].text[0])
		return NULL;
	*line = b->cells[col].line;
	return b->cells[col].text;
}

/* A row that only groups the rows below it: it has no code, and its
 * first cell with text reads "4xx" (maybe followed by a name), or it is
 * one cell in a table of several columns (<td colspan=4>Client
 * errors</td>).  Its text, or NULL. */
static const char *group_text(const struct block *b, size_t width, unsigned *line)
{
	size_t i, first = b->nr_cells;
	int code;

	for (i = 0; i < b->nr_cells; i++) {
		if (cell_code_prefix(b->cells[i].text, &code))
			return NULL;
		if (first == b->nr_cells && b->cells[i].text[0])
			first = i;
	}
	if (first == b->nr_cells)
		return NULL;
	*line = b->cells[first].line;
	if (b->own_cells == 1 && width > 1)
		return b->cells[first].text;
	if (cell_names_class(b->cells[first].text) && b->cells[first].text[0] >= '1' &&
	    b->cells[first].text[0] <= '5')
		return b->cells[first].text;
	return NULL;
}

/* Whether to report a problem with a row of t (a finding of rule), or
 * only count it; one that is not wanted at all (lint's --disable and the
 * document's comments) is neither. */
static bool show_row_problem(const struct recognizer *rz, struct rz_table *t,
			     enum rule rule, unsigned line)
{
	if (!diag_wants(rz->diag, rule, rz->path, line))
		return false;
	if (t->row_problems < MAX_ROW_PROBLEMS) {
		t->row_problems++;
		return true;
	}
	if (!t->hidden_errors && !t->hidden_warnings)
		t->hidden_line = line;
	if (rule == RULE_BAD_CODE)
		t->hidden_errors++;
	else
		t->hidden_warnings++;
	return false;
}

/* How many problems with rows of t were not shown, at the first of them. */
static void report_hidden_problems(struct recognizer *rz, struct rz_table *t)
{
	if (t->hidden_errors)
		diag_finding(rz->diag, RULE_BAD_CODE, rz->path, t->hidden_line,
			     ngettext("%u more error in this table not shown",
				      "%u more errors in this table not shown",
				      t->hidden_errors), t->hidden_errors);
	if (t->hidden_warnings)
		diag_finding(rz->diag, RULE_ROW_WITHOUT_CODE, rz->path, t->hidden_line,
			     ngettext("%u more warning in this table not shown",
				      "%u more warnings in this table not shown",
				      t->hidden_warnings), t->hidden_warnings);
	t->hidden_errors = t->hidden_warnings = 0;
}

/* Put a phrase, English, localized or both side by side, where it goes
 * (fields still empty only). */
static void take_phrase(const char *text, unsigned line, struct source_record *rec,
			char **owned)
{
	char *latin, *other;

	if (!text || !*text)
		return;
	if (cell_script(text) == SCRIPT_MIXED && cell_split_scripts(text, &latin, &other)) {
		owned[0] = latin;
		owned[1] = other;
		if (!rec->reason) {
			rec->reason = latin;
			rec->reason_line = line;
		}
		if (!rec->l10n_reason) {
			rec->l10n_reason = other;
			rec->l10n_reason_line = line;
		}
		return;
	}
	if (cell_script(text) == SCRIPT_LATIN) {
		if (!rec->reason) {
			rec->reason = text;
			rec->reason_line = line;
		}
	} else if (!rec->l10n_reason) {
		rec->l10n_reason = text;
		rec->l10n_reason_line = line;
	}
}

static void set_class(struct rz_table *t, const struct block *b, struct source_record *rec)
{
	rec->class_name = cell_text(b, t->roles.column[COL_CLASS], &rec->class_line);
	if (!rec->class_name && t->group_class) {
		rec->class_name = t->group_class;
		rec->class_line = t->group_class_line;
	}
	if (!rec->class_name && t->heading_class) {
		rec->class_name = t->heading_class;
		rec->class_line = t->heading_class_line;
	}
}

/* Whether text holds no digit: words ("See also"), no bad code ("4O4"). */
static bool has_no_digit(const char *text)
{
	for (; *text; text++)
		if (*text >= '0' && *text <= '9')
			return false;
	return true;
}

static bool row_has_link(const struct block *b)
{
	size_t i;

	for (i = 0; i < b->nr_cells; i++)
		if (b->cells[i].link)
			return true;
	return false;
}

/* The row of words held as a footer was none: more rows came.  It is the
 * error it would have been. */
static void report_footer(struct recognizer *rz, struct rz_table *t)
{
	struct diag_quote q;

	if (!t->footer)
		return;
	if (show_row_problem(rz, t, RULE_BAD_CODE, t->footer_line))
		diag_finding(rz->diag, RULE_BAD_CODE, rz->path, t->footer_line,
			     _("'%s' is not a status code"), diag_quote(&q, t->footer));
	rz->failed = true;
	free(t->footer);
	t->footer = NULL;
}

static int take_data_row(struct recognizer *rz, struct rz_table *t, const struct block *b)
{
	struct source_record rec = { 0 };
	const int *col = t->roles.column;
	const char *code_text, *group;
	char *owned[5] = { NULL, NULL, NULL, NULL, NULL };
	unsigned code_line, line;
	struct diag_quote q;
	size_t n;
	int ret, i;

	code_text = cell_text(b, col[COL_CODE], &code_line);
	n = code_text ? cell_code_prefix(code_text, &rec.code) : 0;
	if (!n) {
		group = group_text(b, t->width, &line);
		if (group && (b->own_cells == 1 || !code_text || code_text == group)) {
			if (rz_names_class(rz, group)) {
				free(t->group_class);
				t->group_class = xstrdup(group);
				t->group_class_line = line;
			}
			return 0;
		}
	}
	if (!code_text) {
		if (show_row_problem(rz, t, RULE_ROW_WITHOUT_CODE, b->line))
			diag_finding(rz->diag, RULE_ROW_WITHOUT_CODE, rz->path, b->line,
				     _("row has no status code; skipped"));
		return 0;
	}
	/* "|See also|[link](...)|" after the codes: a footer, which ends
	 * the table quietly when nothing follows it. */
	if (!n && t->code_rows && !t->footer && has_no_digit(code_text) && row_has_link(b)) {
		t->footer = xstrdup(code_text);
		t->footer_line = code_line;
		return 0;
	}
	report_footer(rz, t);
	if (!n) {
		if (show_row_problem(rz, t, RULE_BAD_CODE, code_line))
			diag_finding(rz->diag, RULE_BAD_CODE, rz->path, code_line,
				     _("'%s' is not a status code"), diag_quote(&q, code_text));
		rz->failed = true;
		return 0;
	}
	if (!record_code_in_range(rec.code)) {
		if (show_row_problem(rz, t, RULE_BAD_CODE, code_line))
			record_report_code_range(rz->diag, rz->path, code_line, rec.code);
		rz->failed = true;
		return 0;
	}
	rec.path = rz->path;
	rec.origin = RECORD_TABLE_ROW;
	rec.line = b->line;
	set_class(t, b, &rec);
	if (t->roles.split) {
		const char *text = cell_text(b, col[COL_REASON], &line);

		take_phrase(text, line, &rec, owned);
	} else {
		rec.reason = cell_text(b, col[COL_REASON], &rec.reason_line);
		rec.l10n_reason = cell_text(b, col[COL_L10N], &rec.l10n_reason_line);
	}
	if (col[COL_REASON] < 0 || col[COL_L10N] < 0)
		take_phrase(cell_skip_separators(code_text + n), code_line, &rec, owned + 2);
	/* "102 Processing (WebDAV)": the note is no part of the name.  When
	 * the readers know the languages, a note in ASCII brackets waits
	 * for rz_settle_names(), which tells a note from the page's name
	 * for the code ("Not Found (Não encontrado)"). */
	if (rec.reason && rz->phrases) {
		size_t len = strlen(rec.reason);

		owned[4] = xstrdup(rec.reason);
		if (rz->langs && len && rec.reason[len - 1] == ')')
			phrases_drop_stop(rz->phrases, owned[4]);
		else
			phrases_clean_name(rz->phrases, owned[4]);
		rec.reason = owned[4];
	}
	rec.description = cell_text(b, col[COL_DESC], &rec.description_line);
	t->code_rows++;
	ret = rz_emit(rz, &rec);
	for (i = 0; i < 5; i++)
		free(owned[i]);
	return ret;
}

/* ---- deciding ---------------------------------------------------------------- */

static bool row_is_empty(const struct block *b)
{
	size_t i;

	for (i = 0; i < b->nr_cells; i++)
		if (b->cells[i].text[0])
			return false;
	return true;
}

/* A row before the first data row that names the columns: it has no
 * code, is no group row, and (when a header was found already) is marked
 * as a header itself.  A group row marked as a header (<th colspan=3>3xx
 * Redirection</th>) is one only as a caption above the real header: once
 * that is found, it groups the rows below. */
static bool is_header_row(const struct rz_table *t, const struct block *b)
{
	bool marked = b->header;
	unsigned line;
	size_t i;
	int code;

	for (i = 0; i < b->nr_cells; i++) {
		if (cell_code_prefix(b->cells[i].text, &code))
			return false;
		if (b->cells[i].text[0] && b->cells[i].header)
			marked = true;
	}
	if (group_text(b, 2, &line) &&
	    (!marked || (t->has_header && !group_text(&t->header.b, 2, &line))))
		return false;
	return !t->has_header || marked;
}

static unsigned table_text_line(const struct rz_table *t)
{
	if (t->has_header)
		return t->header.b.line;
	return t->nr_rows ? t->rows[0].b.line : t->line;
}

/* Columns named in the note about ignored ones; the rest are counted. */
#define MAX_NAMED_COLUMNS 3u

/* One note for the columns of t that hold text but no role. */
static void report_ignored(struct recognizer *rz, struct rz_table *t, size_t nr_cols)
{
	struct strbuf list = STRBUF_INIT;
	struct diag_quote q;
	size_t c, nr = 0;

	for (c = 0; c < nr_cols && c < BLOCK_MAX_CELLS; c++) {
		char *item;

		if (!t->roles.ignored[c] || nr++ >= MAX_NAMED_COLUMNS)
			continue;
		if (t->has_header && c < t->header.b.nr_cells && t->header.cells[c].text[0])
			item = xasprintf("%zu ('%s')", c + 1, diag_quote(&q, t->header.cells[c].text));
		else
			item = xasprintf("%zu", c + 1);
		if (list.len)
			strbuf_addstr(&list, ", ");
		strbuf_addstr(&list, item);
		free(item);
	}
	if (nr == 1)
		diag_finding(rz->diag, RULE_IGNORED_COLUMN, rz->path, table_text_line(t),
			     _("ignoring column %s of this table: not a code, reason, name, description or class"),
			     list.buf);
	else if (nr > MAX_NAMED_COLUMNS)
		diag_finding(rz->diag, RULE_IGNORED_COLUMN, rz->path, table_text_line(t),
			     _("ignoring columns %s and %zu more of this table: not a code, reason, name, description or class"),
			     list.buf, nr - MAX_NAMED_COLUMNS);
	else if (nr)
		diag_finding(rz->diag, RULE_IGNORED_COLUMN, rz->path, table_text_line(t),
			     _("ignoring columns %s of this table: not a code, reason, name, description or class"),
			     list.buf);
	strbuf_release(&list);
}

/* Decide what t is from the rows kept, then read them. */
static int decide(struct recognizer *rz, struct rz_table *t)
{
	struct column_sample s;
	const char **header = NULL, **cells;
	size_t nr_cols = t->has_header ? t->header.b.nr_cells : 0, i, c, nr = 0;
	enum column_verdict verdict;
	struct diag_quote q;
	unsigned line;
	int ret = 0;

	for (i = 0; i < t->nr_rows; i++)
		if (t->rows[i].b.nr_cells > nr_cols)
			nr_cols = t->rows[i].b.nr_cells;
	cells = xcalloc(t->nr_rows * nr_cols + 1, sizeof(*cells));
	for (i = 0; i < t->nr_rows; i++) {
		const struct block *b = &t->rows[i].b;

		if (group_text(b, nr_cols, &line))
			continue;
		for (c = 0; c < nr_cols; c++)
			cells[nr * nr_cols + c] = c < b->nr_cells ? b->cells[c].text : "";
		nr++;
	}
	if (t->has_header) {
		header = xcalloc(nr_cols + 1, sizeof(*header));
		for (c = 0; c < nr_cols; c++)
			header[c] = c < t->header.b.nr_cells ? t->header.cells[c].text : "";
	}
	s.nr_cols = nr_cols;
	s.header = header;
	s.cells = cells;
	s.nr_rows = nr;
	s.page_other = rz->page_other;
	s.phrases = rz->phrases;
	s.languages = rz->langs;
	verdict = columns_decide(&s, &t->roles);
	t->width = nr_cols;
	if (verdict == COLUMNS_STATUS) {
		t->kind = TABLE_STATUS;
		report_ignored(rz, t, nr_cols);
		for (i = 0; i < t->nr_rows && ret == 0; i++)
			ret = take_data_row(rz, t, &t->rows[i].b);
	} else {
		t->kind = TABLE_OTHER;
		if (verdict == COLUMNS_FOREIGN)
			diag_finding(rz->diag, RULE_OTHER_CODE_TABLE, rz->path, table_text_line(t),
				     _("skipping a table of codes that are not HTTP status codes (such as '%s')"),
				     diag_quote(&q, t->roles.example));
		else if (t->roles.named && !rz->codeless_table_line)
			/* Worth naming only if nothing else is found. */
			rz->codeless_table_line = table_text_line(t);
	}
	free(cells);
	free(header);
	drop_kept(t);
	return ret;
}

/* ---- the table's life ------------------------------------------------------ */

int rz_table_start(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = xcalloc(1, sizeof(*t));
	const char *cls;

	t->line = b->line;
	cls = rz_heading_class(rz, 6, &t->heading_class_line);
	t->heading_class = cls ? xstrdup(cls) : NULL;
	XGROW(rz->tables, rz->alloc_tables, rz->nr_tables + 1);
	rz->tables[rz->nr_tables++] = t;
	return 0;
}

int rz_table_row(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = top_table(rz);
	struct kept_row *k;
	unsigned line;

	if (!t || t->kind == TABLE_OTHER || row_is_empty(b))
		return 0;
	if (t->kind == TABLE_STATUS)
		return take_data_row(rz, t, b);
	/* A caption row (a group row) may stand above the header. */
	if (!t->data_rows && is_header_row(t, b)) {
		if (t->has_header)
			drop_row(&t->header);
		keep_row(&t->header, b, &t->kept_bytes);
		t->has_header = true;
		return 0;
	}
	XGROW(t->rows, t->alloc_rows, t->nr_rows + 1);
	k = &t->rows[t->nr_rows++];
	keep_row(k, b, &t->kept_bytes);
	if (!group_text(b, b->nr_cells, &line))
		t->data_rows++;
	if (t->nr_rows >= SAMPLE_ROWS || t->kept_bytes >= SAMPLE_BYTES)
		return decide(rz, t);
	return 0;
}

static void free_table(struct rz_table *t)
{
	drop_kept(t);
	free(t->footer);
	free(t->heading_class);
	free(t->group_class);
	free(t);
}

int rz_table_end(struct recognizer *rz, const struct block *b)
{
	struct rz_table *t = top_table(rz);
	int ret = 0;

	(void)b;
	if (!t)
		return 0;
	if (t->kind == TABLE_UNDECIDED)
		ret = decide(rz, t);
	report_hidden_problems(rz, t);
	rz->nr_tables--;
	free_table(t);
	return ret;
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
		free_table(rz->tables[--rz->nr_tables]);
	free(rz->tables);
	rz->tables = NULL;
	rz->alloc_tables = 0;
}
