/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/html_reader.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "i18n.h"
#include "parse/xml_setup.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

enum column { COL_CODE, COL_CLASS, COL_REASON, COL_L10N, COL_DESC, NR_COLUMNS };

/* Header texts that name a column, compared after white space is collapsed
 * and ASCII letters are lower-cased.  Documented in the README. */
static const struct {
	enum column column;
	const char *text;
} column_names[] = {
	{ COL_CODE, "code" }, { COL_CODE, "status code" },
	{ COL_CODE, "http status code" }, { COL_CODE, "http code" },
	{ COL_CODE, "状态码" }, { COL_CODE, "代码" }, { COL_CODE, "状态代码" },
	{ COL_CODE, "响应码" }, { COL_CODE, "编码" },
	{ COL_REASON, "reason" }, { COL_REASON, "reason phrase" },
	{ COL_REASON, "phrase" }, { COL_REASON, "name" },
	{ COL_REASON, "message" }, { COL_REASON, "english name" },
	{ COL_REASON, "英文名称" }, { COL_REASON, "英文名" }, { COL_REASON, "消息" },
	{ COL_REASON, "状态值" },
	{ COL_L10N, "localized name" }, { COL_L10N, "localized reason" },
	{ COL_L10N, "translation" }, { COL_L10N, "状态描述" },
	{ COL_L10N, "中文名称" }, { COL_L10N, "中文名" }, { COL_L10N, "名称" },
	{ COL_DESC, "description" }, { COL_DESC, "meaning" },
	{ COL_DESC, "描述" }, { COL_DESC, "中文描述" }, { COL_DESC, "说明" },
	{ COL_DESC, "含义" },
	{ COL_CLASS, "class" }, { COL_CLASS, "category" }, { COL_CLASS, "状态" },
	{ COL_CLASS, "类别" }, { COL_CLASS, "分类" },
};

/* Elements whose text is never part of a record. */
static const char *const skipped_elements[] = {
	"script", "style", "template", "noscript", "footer", "nav", "aside",
	"header", "button", "select", "textarea",
};

/* Elements whose end closes a paragraph of a description. */
static const char *const block_elements[] = {
	"p", "li", "div", "blockquote", "pre", "dd", "dt", "section", "article",
	"ul", "ol", "dl",
};

/* Rows examined before an unrecognised table is given up. */
#define ROWS_TO_DECIDE 3
/* Problems with rows reported per table; the rest are counted.  (A
 * rowspan can repeat one bad cell in thousands of rows.) */
#define MAX_ROW_PROBLEMS 20u
#define MAX_CELLS HTML_READER_MAX_CELLS
/* The largest rowspan HTML allows; rowspan=0 spans the rest of the row
 * group (thead, tbody, tfoot, or the rows outside them). */
#define MAX_ROWSPAN 65534u

enum table_kind { TABLE_UNDECIDED, TABLE_STATUS, TABLE_OTHER };

struct cell {
	struct strbuf text;
	unsigned line;
};

struct table {
	unsigned line;
	enum table_kind kind;
	int column[NR_COLUMNS];         /* cell index of each column, or -1 */
	unsigned rows_examined;
	size_t width;                   /* cells in the row that decided the kind */
	bool in_row;
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
	unsigned row_problems;          /* reported for its rows */
	unsigned hidden_errors, hidden_warnings;  /* past MAX_ROW_PROBLEMS */
	unsigned hidden_line;           /* the first of those */
};

struct html_reader {
	char *path;
	enum html_line_source lines;
	struct diag *diag;
	record_fn *fn;
	void *arg;
	htmlParserCtxtPtr ctxt;
	unsigned sourcepos_line;
	struct strbuf held;             /* input held back (see parse_piece()) */
	size_t hold_until;              /* hold input until held has this much */

	struct table **tables;          /* the open tables, innermost last */
	size_t nr_tables, alloc_tables;
	unsigned skip_depth;            /* > 0 inside a skipped element */

	int heading_level;              /* 1..6 inside a heading, else 0 */
	struct strbuf heading;
	unsigned heading_line;
	char *section_names[7];         /* last plain heading per level */
	unsigned section_lines[7];

	bool section_open;              /* a code heading is being read */
	int section_code;
	int section_level;
	char *section_reason;           /* NULL when the heading has none */
	char *section_l10n_reason;
	unsigned section_line;
	const char *section_class;      /* points into section_names */
	unsigned section_class_line;
	struct strbuf para;             /* the paragraph being read */
	unsigned para_line;
	unsigned block_line;            /* where the current block started */
	struct strbuf desc;             /* the paragraphs read so far */
	unsigned desc_line;

	size_t nr_records;
	bool failed;                    /* an error was reported */
	bool stopped;                   /* the parser was told to stop */
	bool utf8;                      /* read as UTF-8, no declared encoding */
	bool at_end;                    /* libxml2 is closing what is still open */
	bool encoding_reported;
	bool control_reported;
	bool cut_reported;              /* "the document ends inside ..." */
	unsigned codeless_table_line;   /* a table with named columns but no code */
};

static unsigned current_line(const struct html_reader *r)
{
	if (r->lines == HTML_LINES_FROM_SOURCEPOS)
		return r->sourcepos_line;
	return (unsigned)xmlSAX2GetLineNumber(r->ctxt);
}

/* Stop reading: every callback returns at once from now on, and no more
 * input is fed.  (Calling xmlStopParser() from inside a callback can make
 * libxml2 2.9's HTML push parser loop forever on some inputs.) */
static void stop(struct html_reader *r)
{
	r->failed = true;
	r->stopped = true;
}

static bool name_in(const char *name, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(name, list[i]))
			return true;
	return false;
}

#define NAME_IN(name, list) name_in((name), (list), sizeof(list) / sizeof((list)[0]))

bool html_reader_skips(const char *name)
{
	return NAME_IN(name, skipped_elements);
}

enum element {
	E_OTHER, E_TABLE, E_ROW_GROUP, E_TR, E_CELL, E_BR, E_HR, E_HEADING, E_BLOCK,
	E_SKIPPED
};

/* What an element is to the reader.  Every tag goes through here twice,
 * so the names of a table's rows and cells are told apart first, by
 * their letters, before any list is searched. */
static enum element classify(const char *name)
{
	switch (name[0]) {
	case 't':
		if ((name[1] == 'd' || name[1] == 'h') && !name[2])
			return E_CELL;
		if (name[1] == 'r' && !name[2])
			return E_TR;
		if (!strcmp(name, "table"))
			return E_TABLE;
		if (!strcmp(name, "tbody") || !strcmp(name, "thead") || !strcmp(name, "tfoot"))
			return E_ROW_GROUP;
		break;
	case 'b':
		if (name[1] == 'r' && !name[2])
			return E_BR;
		break;
	case 'h':
		if (name[1] >= '1' && name[1] <= '6' && !name[2])
			return E_HEADING;
		if (name[1] == 'r' && !name[2])
			return E_HR;
		break;
	default:
		break;
	}
	if (NAME_IN(name, skipped_elements))
		return E_SKIPPED;
	if (NAME_IN(name, block_elements))
		return E_BLOCK;
	return E_OTHER;
}

static int heading_level_of(const char *name)
{
	if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2])
		return name[1] - '0';
	return 0;
}

/* Append text to sb unless that would pass the limit; report the first
 * overflow and stop.  what is untranslated (N_()): this runs for every
 * piece of text, and is translated only when it is reported. */
static void append_limited(struct html_reader *r, struct strbuf *sb,
			   const char *text, size_t len, const char *what)
{
	if (sb->len + len > HTML_READER_MAX_TEXT) {
		diag_error(r->diag, r->path, current_line(r),
			   _("%s is longer than %u bytes"), _(what),
			   HTML_READER_MAX_TEXT);
		stop(r);
		return;
	}
	strbuf_add(sb, text, len);
}

static int emit(struct html_reader *r, const struct source_record *rec)
{
	r->nr_records++;
	if (r->fn(rec, r->arg) < 0) {
		stop(r);
		return -1;
	}
	return 0;
}

/* ---- tables ---------------------------------------------------------- */

static struct table *top_table(struct html_reader *r)
{
	return r->nr_tables ? r->tables[r->nr_tables - 1] : NULL;
}

static void normalise_header(const char *in, struct strbuf *out)
{
	strbuf_reset(out);
	for (; *in; in++)
		strbuf_addch(out, text_lower_ascii(*in));
	for (;;) {
		if (out->len && out->buf[out->len - 1] == ':')
			out->len--;
		else if (out->len >= 3 && !memcmp(out->buf + out->len - 3, "\xef\xbc\x9a", 3))
			out->len -= 3;
		else
			break;
		out->buf[out->len] = '\0';
	}
}

static int column_of_header(const char *text)
{
	struct strbuf norm = STRBUF_INIT;
	int found = -1;
	size_t i;

	normalise_header(text, &norm);
	for (i = 0; i < sizeof(column_names) / sizeof(column_names[0]); i++) {
		if (!strcmp(strbuf_str(&norm), column_names[i].text)) {
			found = (int)column_names[i].column;
			break;
		}
	}
	strbuf_release(&norm);
	return found;
}

static bool is_code_cell(const char *text, int *code)
{
	return text_scan_code(text, code) == 3 && text[3] == '\0';
}

/* Try the current row as a header row; return true if it is one. */
static bool take_header_row(struct html_reader *r, struct table *t)
{
	int column[NR_COLUMNS];
	unsigned matched = 0;
	size_t i;
	int c;

	for (c = 0; c < NR_COLUMNS; c++)
		column[c] = -1;
	for (i = 0; i < t->nr_cells; i++) {
		c = column_of_header(strbuf_str(&t->cells[i].text));
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
		if (!r->codeless_table_line)
			r->codeless_table_line = t->row_line;
		t->kind = TABLE_OTHER;
	} else {
		t->kind = TABLE_STATUS;
	}
	return true;
}

/* Try the current row as the first data row of a table without a header.
 * The code is the first cell of exactly three digits; the cell before it
 * is the class; the first ASCII phrase after it is the English reason, and
 * the two cells after that (or after the code, if there is no phrase) are
 * the localized reason and the description, by position, empty or not. */
static bool take_headerless_row(struct table *t)
{
	size_t i, code_at = t->nr_cells, after;
	int code;

	for (i = 0; i < t->nr_cells; i++) {
		if (is_code_cell(strbuf_str(&t->cells[i].text), &code)) {
			code_at = i;
			break;
		}
	}
	if (code_at == t->nr_cells)
		return false;
	t->column[COL_CODE] = (int)code_at;
	if (code_at > 0)
		t->column[COL_CLASS] = (int)code_at - 1;
	after = code_at;
	for (i = code_at + 1; i < t->nr_cells; i++) {
		if (text_is_ascii_phrase(strbuf_str(&t->cells[i].text))) {
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

static const char *cell_field(const struct table *t, enum column c, unsigned *line)
{
	int i = t->column[c];
	const char *text;

	*line = 0;
	if (i < 0 || (size_t)i >= t->nr_cells)
		return NULL;
	text = strbuf_str(&t->cells[i].text);
	if (!*text)
		return NULL;
	*line = t->cells[i].line;
	return text;
}

/* A row without a code that only groups the rows below it: its code cell
 * reads "4xx" (maybe followed by a name), or it is one cell in a table of
 * several columns (<td colspan=4>Client errors</td>). */
static bool is_group_row(const struct table *t, const char *code_text)
{
	if (code_text && code_text[0] >= '1' && code_text[0] <= '5' &&
	    (code_text[1] == 'x' || code_text[1] == 'X') &&
	    (code_text[2] == 'x' || code_text[2] == 'X') &&
	    (code_text[3] == '\0' || code_text[3] == ' '))
		return true;
	return t->own_cells == 1 && t->width > 1;
}

/* Whether to report a problem with a row of t, or only count it. */
static bool show_row_problem(struct table *t, enum diag_severity severity,
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
static void report_hidden_problems(struct html_reader *r, struct table *t)
{
	if (t->hidden_errors)
		diag_error(r->diag, r->path, t->hidden_line,
			   ngettext("%u more error in this table not shown",
				    "%u more errors in this table not shown",
				    t->hidden_errors), t->hidden_errors);
	if (t->hidden_warnings)
		diag_warning(r->diag, r->path, t->hidden_line,
			     ngettext("%u more warning in this table not shown",
				      "%u more warnings in this table not shown",
				      t->hidden_warnings), t->hidden_warnings);
	t->hidden_errors = t->hidden_warnings = 0;
}

static void take_data_row(struct html_reader *r, struct table *t)
{
	struct source_record rec = { 0 };
	const char *code_text;
	unsigned code_line;
	struct diag_quote q;

	code_text = cell_field(t, COL_CODE, &code_line);
	if (!(code_text && is_code_cell(code_text, &rec.code)) && is_group_row(t, code_text))
		return;
	if (!code_text) {
		if (show_row_problem(t, DIAG_WARNING, t->row_line))
			diag_warning(r->diag, r->path, t->row_line,
				     _("row has no status code; skipped"));
		return;
	}
	if (!is_code_cell(code_text, &rec.code)) {
		if (show_row_problem(t, DIAG_ERROR, code_line))
			diag_error(r->diag, r->path, code_line,
				   _("'%s' is not a status code"), diag_quote(&q, code_text));
		r->failed = true;
		return;
	}
	if (rec.code < 100 || rec.code > 599) {
		if (show_row_problem(t, DIAG_ERROR, code_line))
			diag_error(r->diag, r->path, code_line,
				   _("status code %d is out of range (100-599)"), rec.code);
		r->failed = true;
		return;
	}
	rec.path = r->path;
	rec.origin = RECORD_TABLE_ROW;
	rec.line = t->row_line;
	rec.class_name = cell_field(t, COL_CLASS, &rec.class_line);
	rec.reason = cell_field(t, COL_REASON, &rec.reason_line);
	rec.l10n_reason = cell_field(t, COL_L10N, &rec.l10n_reason_line);
	rec.description = cell_field(t, COL_DESC, &rec.description_line);
	emit(r, &rec);
}

static bool row_is_empty(const struct table *t)
{
	size_t i;

	for (i = 0; i < t->nr_cells; i++)
		if (t->cells[i].text.len)
			return false;
	return true;
}

static void end_cell(struct table *t)
{
	if (t->cur >= 0)
		text_collapse_space(&t->cells[t->cur].text);
	t->cur = -1;
}

/* Put an empty column (or, with from, a copy of a cell) at the end of
 * the current row. */
static void add_column(struct table *t, const struct cell *from, unsigned line)
{
	struct cell *c = &t->cells[t->nr_cells++];

	strbuf_reset(&c->text);
	c->line = from ? from->line : line;
	if (from)
		strbuf_add(&c->text, from->text.buf, from->text.len);
}

/* True if a rowspan from a row above covers column p of the current row.
 * Coverage is kept as the last row covered, so a row that does not reach
 * column p (or a colspan over it) cannot push it into the next row. */
static bool is_covered(const struct table *t, size_t p)
{
	return p < MAX_CELLS && t->carry_until[p] >= t->row_nr;
}

/* Fill the columns from the current one to the end of the row with the
 * cells that rowspans above put there, and empty ones between. */
static void fill_covered(struct table *t)
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
static void skip_covered(struct table *t)
{
	while (is_covered(t, t->nr_cells))
		add_column(t, &t->carry[t->nr_cells], 0);
}

/* What the cells of this row with a rowspan put in the rows below. */
static void carry_down(struct table *t)
{
	size_t p;

	for (p = 0; p < MAX_CELLS; p++) {
		if (!t->new_until[p])
			continue;
		t->carry_until[p] = t->new_until[p];
		t->new_until[p] = 0;
		strbuf_reset(&t->carry[p].text);
		t->carry[p].line = p < t->nr_cells ? t->cells[p].line : 0;
		if (p < t->nr_cells)
			strbuf_add(&t->carry[p].text, t->cells[p].text.buf, t->cells[p].text.len);
	}
}

static void end_row(struct html_reader *r, struct table *t)
{
	if (!t->in_row)
		return;
	end_cell(t);
	fill_covered(t);
	carry_down(t);
	t->in_row = false;
	if (row_is_empty(t) || t->kind == TABLE_OTHER)
		return;
	if (t->kind == TABLE_UNDECIDED) {
		t->width = t->nr_cells;
		if (take_header_row(r, t))
			return;
		if (!take_headerless_row(t)) {
			if (++t->rows_examined >= ROWS_TO_DECIDE)
				t->kind = TABLE_OTHER;
			return;
		}
	}
	take_data_row(r, t);
}

static void start_row(struct html_reader *r, struct table *t)
{
	size_t i;

	end_row(r, t);
	for (i = 0; i < t->nr_cells; i++)
		strbuf_reset(&t->cells[i].text);
	t->nr_cells = 0;
	t->own_cells = 0;
	t->in_row = true;
	t->row_line = current_line(r);
	if (t->row_nr < UINT_MAX - MAX_ROWSPAN)
		t->row_nr++;
}

/* A row group (thead, tbody, tfoot) starts or ends: no rowspan reaches
 * across it.  Rows outside any group form one group between those. */
static void row_group_boundary(struct html_reader *r, struct table *t)
{
	end_row(r, t);
	memset(t->carry_until, 0, sizeof(t->carry_until));
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

static const char *attribute(const xmlChar **attrs, const char *name)
{
	for (; attrs && attrs[0]; attrs += 2)
		if (!strcmp((const char *)attrs[0], name))
			return attrs[1] ? (const char *)attrs[1] : "";
	return NULL;
}

/* A cell: it takes the next column no rowspan above covers, and with
 * colspan=N the N - 1 after it; with rowspan=N its text fills its
 * columns in the N - 1 rows below.  A column of a colspan that a rowspan
 * above already covers (the cells overlap) keeps the text from above. */
static void start_cell(struct html_reader *r, struct table *t, const xmlChar **attrs)
{
	unsigned colspan = span_value(attribute(attrs, "colspan"), MAX_CELLS);
	unsigned rowspan = span_value(attribute(attrs, "rowspan"), MAX_ROWSPAN);
	unsigned until;
	size_t pos, k;

	if (!t->in_row)
		start_row(r, t);
	end_cell(t);
	skip_covered(t);
	if (t->nr_cells == MAX_CELLS)
		return;
	pos = t->nr_cells;
	add_column(t, NULL, current_line(r));
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
		add_column(t, NULL, t->cells[pos].line);
	}
}

static void push_table(struct html_reader *r)
{
	struct table *t;
	int c;

	if (r->nr_tables >= HTML_READER_MAX_TABLE_DEPTH) {
		diag_error(r->diag, r->path, current_line(r),
			   _("tables nested more than %u deep"),
			   HTML_READER_MAX_TABLE_DEPTH);
		stop(r);
		return;
	}
	t = xcalloc(1, sizeof(*t));
	t->line = current_line(r);
	t->cur = -1;
	for (c = 0; c < NR_COLUMNS; c++)
		t->column[c] = -1;
	XGROW(r->tables, r->alloc_tables, r->nr_tables + 1);
	r->tables[r->nr_tables++] = t;
}

static void free_table(struct table *t)
{
	size_t i;

	for (i = 0; i < MAX_CELLS; i++) {
		strbuf_release(&t->cells[i].text);
		strbuf_release(&t->carry[i].text);
	}
	free(t);
}

static void pop_table(struct html_reader *r)
{
	struct table *t = top_table(r);

	if (!t)
		return;
	end_row(r, t);
	report_hidden_problems(r, t);
	r->nr_tables--;
	free_table(t);
}

/* ---- headings and their sections ------------------------------------- */

static void flush_paragraph(struct html_reader *r)
{
	text_collapse_space(&r->para);
	r->block_line = 0;
	if (r->para.len) {
		if (r->desc.len)
			strbuf_addstr(&r->desc, "\n\n");
		else
			r->desc_line = r->para_line;
		append_limited(r, &r->desc, r->para.buf, r->para.len,
			       N_("description"));
	}
	strbuf_reset(&r->para);
}

static void close_section(struct html_reader *r)
{
	struct source_record rec = { 0 };

	if (!r->section_open)
		return;
	flush_paragraph(r);
	r->section_open = false;
	rec.path = r->path;
	rec.origin = RECORD_HEADING;
	rec.line = r->section_line;
	rec.code = r->section_code;
	rec.class_name = r->section_class;
	rec.class_line = r->section_class_line;
	if (r->section_reason) {
		rec.reason = r->section_reason;
		rec.reason_line = r->section_line;
	}
	if (r->section_l10n_reason) {
		rec.l10n_reason = r->section_l10n_reason;
		rec.l10n_reason_line = r->section_line;
	}
	if (r->desc.len) {
		rec.description = r->desc.buf;
		rec.description_line = r->desc_line;
	}
	if (!r->stopped)
		emit(r, &rec);
	free(r->section_reason);
	free(r->section_l10n_reason);
	r->section_reason = r->section_l10n_reason = NULL;
	strbuf_reset(&r->desc);
}

/* Skip the separators that may stand between a code and its phrase:
 * white space, '-', ':', '.', ')', en and em dashes, full-width colon. */
static const char *skip_separators(const char *s)
{
	for (;;) {
		if (*s == ' ' || *s == '-' || *s == ':' || *s == '.' || *s == ')')
			s++;
		else if (!strncmp(s, "\xe2\x80\x93", 3) || !strncmp(s, "\xe2\x80\x94", 3) ||
			 !strncmp(s, "\xef\xbc\x9a", 3))
			s += 3;
		else
			return s;
	}
}

/* The phrase of a code heading is English ("Not Found"), localized
 * ("没有找到"), or both: "Not Found（没有找到）" (what statusgen writes:
 * full-width parentheses, which no English phrase holds, so any script
 * may stand inside) or "Not Found (没有找到)" (non-ASCII inside). */
static void split_heading_phrase(const char *phrase, char **reason, char **l10n)
{
	const char *open = strstr(phrase, "\xef\xbc\x88");     /* （ */
	size_t n = strlen(phrase), open_len = 3, close_len = 3;
	bool full_width = true;
	char *english;

	*reason = *l10n = NULL;
	if (!open || n < 3 || strcmp(phrase + n - 3, "\xef\xbc\x89")) {
		open = strrchr(phrase, '(');
		open_len = close_len = 1;
		full_width = false;
		if (!open || phrase[n - 1] != ')')
			open = NULL;
	}
	if (open && open > phrase) {
		english = xstrndup(phrase, (size_t)(open - phrase));
		while (*english && english[strlen(english) - 1] == ' ')
			english[strlen(english) - 1] = '\0';
		if (text_is_ascii_phrase(english) &&
		    (full_width || !text_is_ascii_phrase(open + open_len))) {
			*reason = english;
			*l10n = xstrndup(open + open_len,
					 (size_t)(phrase + n - close_len - (open + open_len)));
			return;
		}
		free(english);
	}
	if (!*phrase)
		return;
	if (text_is_ascii_phrase(phrase))
		*reason = xstrdup(phrase);
	else
		*l10n = xstrdup(phrase);
}

static void end_heading(struct html_reader *r)
{
	int level = r->heading_level;
	const char *text;
	int code;
	int l;

	r->heading_level = 0;
	text_collapse_space(&r->heading);
	text = strbuf_str(&r->heading);
	if (!text_scan_code(text, &code)) {
		/* A sub-heading inside a code's section belongs to that section. */
		if (r->section_open && level > r->section_level)
			return;
		close_section(r);
		for (l = level; l <= 6; l++) {
			free(r->section_names[l]);
			r->section_names[l] = NULL;
		}
		r->section_names[level] = xstrdup(text);
		r->section_lines[level] = r->heading_line;
		return;
	}
	close_section(r);
	if (code < 100 || code > 599) {
		diag_error(r->diag, r->path, r->heading_line,
			   _("status code %d is out of range (100-599)"), code);
		r->failed = true;
		return;
	}
	r->section_open = true;
	r->section_code = code;
	r->section_level = level;
	r->section_line = r->heading_line;
	split_heading_phrase(skip_separators(text + 3), &r->section_reason,
			     &r->section_l10n_reason);
	r->section_class = level > 1 ? r->section_names[level - 1] : NULL;
	r->section_class_line = r->section_class ? r->section_lines[level - 1] : 0;
	strbuf_reset(&r->desc);
	strbuf_reset(&r->para);
}

/* ---- SAX callbacks --------------------------------------------------- */

static unsigned parse_sourcepos(const xmlChar **attrs)
{
	unsigned line = 0;
	const char *v;

	for (; attrs && attrs[0]; attrs += 2) {
		if (strcmp((const char *)attrs[0], "data-sourcepos") || !attrs[1])
			continue;
		for (v = (const char *)attrs[1]; *v >= '0' && *v <= '9'; v++)
			if (line < 100000000u)
				line = line * 10 + (unsigned)(*v - '0');
		return line;
	}
	return 0;
}

static void on_text(void *ctx, const xmlChar *ch, int len);

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
	struct html_reader *r = ctx;
	const char *name = (const char *)xname;
	struct table *t = top_table(r);
	enum element e;

	if (r->stopped)
		return;
	if (r->lines == HTML_LINES_FROM_SOURCEPOS) {
		unsigned line = parse_sourcepos(attrs);

		if (line)
			r->sourcepos_line = line;
	}
	e = r->skip_depth ? E_SKIPPED : classify(name);
	if (e == E_SKIPPED) {
		r->skip_depth++;
		return;
	}
	if (e == E_TABLE) {
		/* A table ends the section of the code heading before it, so
		 * that records come out in document order. */
		if (!t)
			close_section(r);
		push_table(r);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t);
	} else if (t && e == E_TR) {
		start_row(r, t);
	} else if (t && e == E_CELL) {
		start_cell(r, t, attrs);
	} else if (e == E_BR || (t && e == E_BLOCK)) {
		/* Lines and blocks inside a cell are words apart. */
		on_text(r, (const xmlChar *)" ", 1);
	} else if (!t && e == E_HEADING) {
		flush_paragraph(r);
		r->heading_level = heading_level_of(name);
		r->heading_line = current_line(r);
		strbuf_reset(&r->heading);
	} else if (!t && e == E_HR) {
		close_section(r);
	} else if (!t && e == E_BLOCK && r->section_open) {
		flush_paragraph(r);
		r->block_line = current_line(r);
	}
}

static void on_end(void *ctx, const xmlChar *xname)
{
	struct html_reader *r = ctx;
	const char *name = (const char *)xname;
	struct table *t = top_table(r);
	enum element e;

	if (r->stopped)
		return;
	if (r->skip_depth) {
		r->skip_depth--;
		return;
	}
	e = classify(name);
	if (e == E_TABLE) {
		if (t && r->at_end) {
			diag_error(r->diag, r->path, t->line,
				   _("table is not closed before the end of the document"));
			r->failed = true;
		}
		pop_table(r);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t);
	} else if (t && e == E_TR) {
		end_row(r, t);
	} else if (t && e == E_CELL) {
		end_cell(t);
	} else if (t && e == E_BLOCK) {
		on_text(r, (const xmlChar *)" ", 1);
	} else if (!t && e == E_HEADING && r->heading_level == heading_level_of(name)) {
		end_heading(r);
	} else if (!t && e == E_BLOCK && r->section_open) {
		flush_paragraph(r);
	}
}

/* The line where the text of a paragraph starts: where its element
 * started, or for bare text, libxml2's line (which is where the text
 * ends) less the line breaks after its first visible character. */
static unsigned text_start_line(const struct html_reader *r, const char *text,
				size_t len)
{
	unsigned line = current_line(r);
	size_t i = 0;

	if (r->block_line || r->lines == HTML_LINES_FROM_SOURCEPOS)
		return r->block_line ? r->block_line : line;
	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
			   text[i] == '\r'))
		i++;
	for (; i < len; i++)
		if (text[i] == '\n' && line > 1)
			line--;
	return line;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct html_reader *r = ctx;
	struct table *t = top_table(r);
	const char *text = (const char *)ch;

	if (r->stopped || r->skip_depth || len <= 0)
		return;
	if (t) {
		if (t->cur >= 0)
			append_limited(r, &t->cells[t->cur].text, text,
				       (size_t)len, N_("table cell"));
	} else if (r->heading_level) {
		append_limited(r, &r->heading, text, (size_t)len, N_("heading"));
	} else if (r->section_open) {
		if (!r->para.len)
			r->para_line = text_start_line(r, text, (size_t)len);
		append_limited(r, &r->para, text, (size_t)len, N_("description"));
	}
}

static void on_ignored_text(void *ctx, const xmlChar *ch, int len)
{
	(void)ctx;
	(void)ch;
	(void)len;
}

/* What a document cut short ends inside, from the error libxml2 raises
 * for it at the end; NULL for other errors.  (It raises none for
 * <![CDATA[, which HTML does not have.) */
static const char *ends_inside(int code)
{
	switch (code) {
	case XML_ERR_COMMENT_NOT_FINISHED:
		return N_("the document ends inside a comment");
	case XML_ERR_PI_NOT_FINISHED:
		return N_("the document ends inside a processing instruction");
	case XML_ERR_GT_REQUIRED:
	case XML_ERR_DOCTYPE_NOT_FINISHED:
		return N_("the document ends inside a tag");
	default:
		return NULL;
	}
}

/* libxml2's own complaints: bad encoding is an error of the document,
 * control characters a warning, and so is a document that ends inside a
 * comment or a tag (everything after its start is lost); the many
 * recoverable HTML syntax errors are not ours to report. */
static void on_xml_error(void *ctx, xmlErrorPtr err)
{
	struct html_reader *r = ctx;
	unsigned line;

	if (!err || r->stopped)
		return;
	line = r->lines == HTML_LINES_FROM_SOURCEPOS ? r->sourcepos_line :
	       err->line > 0 ? (unsigned)err->line : 1;
	if (r->at_end && !r->cut_reported && ends_inside(err->code)) {
		r->cut_reported = true;
		diag_error(r->diag, r->path, line, "%s", _(ends_inside(err->code)));
		r->failed = true;
	} else if (err->code == XML_ERR_INVALID_CHAR && !r->control_reported) {
		r->control_reported = true;
		diag_warning(r->diag, r->path, line,
			     _("control character in the document (ignored)"));
	} else if ((err->code == XML_ERR_INVALID_ENCODING ||
		    err->code == XML_ERR_UNSUPPORTED_ENCODING ||
		    err->code == XML_I18N_CONV_FAILED) && !r->encoding_reported) {
		r->encoding_reported = true;
		if (r->utf8)
			diag_error(r->diag, r->path, line,
				   _("invalid UTF-8 (the document declares no other encoding)"));
		else
			diag_error(r->diag, r->path, line,
				   _("invalid byte sequence for the document's declared encoding"));
		stop(r);
	}
}

struct html_reader *html_reader_new(const char *path, enum html_line_source lines,
				    const char *encoding, struct diag *diag,
				    record_fn *fn, void *arg)
{
	struct html_reader *r;
	xmlCharEncodingHandlerPtr handler = NULL;
	htmlSAXHandler sax;

	if (encoding && xmlParseCharEncoding(encoding) != XML_CHAR_ENCODING_UTF8) {
		handler = xmlFindCharEncodingHandler(encoding);
		if (!handler) {
			diag_error(diag, path, 1, _("unsupported encoding '%s'"), encoding);
			return NULL;
		}
	}
	xml_drop_generic_errors();
	r = xcalloc(1, sizeof(*r));
	r->path = xstrdup(path);
	r->lines = lines;
	r->diag = diag;
	r->fn = fn;
	r->arg = arg;
	r->sourcepos_line = 1;
	r->utf8 = !handler;
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_ignored_text;
	sax.serror = on_xml_error;
	/* The encoding is fixed here, before libxml2 sees a byte: its own
	 * guess falls back to Latin-1 on the first non-ASCII text. */
	r->ctxt = htmlCreatePushParserCtxt(&sax, r, NULL, 0, path,
					   handler ? XML_CHAR_ENCODING_NONE : XML_CHAR_ENCODING_UTF8);
	if (!r->ctxt)
		xalloc_die();
	if (handler)
		xmlSwitchToEncoding(r->ctxt, handler);
	/* A <meta charset> must not switch the decoder half way: the
	 * encoding given here is the one. */
	htmlCtxtUseOptions(r->ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
			   HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
	return r;
}

/* Largest piece handed to libxml2 at once (it takes an int). */
#define MAX_PIECE (1u << 20)
/* Most input held back before a pending lookahead is tried again. */
#define MAX_HOLD (1u << 30)

static void ignore_generic_error(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Parse one piece.  libxml2 2.9's push parser keeps where a lookahead
 * (for the '>' of a tag, the end of a comment, ...) got to, but not
 * whether it was inside a quoted attribute value: a value that spans two
 * pieces makes it take the closing quote for an opening one, and parse
 * nothing more until the end of the document.  So a pending lookahead is
 * started again from its beginning, and to keep that linear, input is
 * held back until the pending text has at least doubled.  libxml2's
 * generic error channel (which prints to stderr) is silenced meanwhile:
 * every error that matters reaches on_xml_error(). */
static void parse_piece(struct html_reader *r, const char *buf, size_t len, int end)
{
	xmlGenericErrorFunc saved = xmlGenericError;
	void *saved_ctx = xmlGenericErrorContext;
	size_t pending;

	xmlSetGenericErrorFunc(NULL, ignore_generic_error);
	htmlParseChunk(r->ctxt, buf, (int)len, end);
	xmlSetGenericErrorFunc(saved_ctx, saved);
	r->hold_until = 0;
	if (end || r->ctxt->checkIndex <= 0 || !r->ctxt->input)
		return;
	r->ctxt->checkIndex = 0;
	pending = (size_t)(r->ctxt->input->end - r->ctxt->input->cur);
	r->hold_until = pending < MAX_PIECE ? MAX_PIECE : pending > MAX_HOLD ? MAX_HOLD : pending;
}

/* Hand libxml2 the input held back, in one piece, so that the pending
 * lookahead sees it whole (there is at most MAX_HOLD of it). */
static void release_held(struct html_reader *r)
{
	parse_piece(r, r->held.buf, r->held.len, 0);
	strbuf_reset(&r->held);
}

int html_reader_feed(struct html_reader *r, const char *buf, size_t len)
{
	while (len && !r->stopped) {
		size_t n;

		if (r->hold_until) {
			n = r->hold_until > r->held.len ? r->hold_until - r->held.len : 0;
			if (n > len)
				n = len;
			strbuf_add(&r->held, buf, n);
			buf += n;
			len -= n;
			if (r->held.len >= r->hold_until)
				release_held(r);
			continue;
		}
		n = len > MAX_PIECE ? MAX_PIECE : len;
		parse_piece(r, buf, n, 0);
		buf += n;
		len -= n;
	}
	return r->stopped ? -1 : 0;
}

int html_reader_finish(struct html_reader *r)
{
	size_t i;

	if (r->held.len && !r->stopped)
		release_held(r);
	if (!r->stopped) {
		/* Whatever libxml2 has not parsed by now is what it closes
		 * implicitly at the end: the document was cut short. */
		parse_piece(r, " ", 1, 0);
		r->at_end = true;
		parse_piece(r, NULL, 0, 1);
	}
	if (!r->stopped)
		close_section(r);
	/* Tables still open after an error that stopped the reading. */
	for (i = r->nr_tables; i > 0; i--)
		report_hidden_problems(r, r->tables[i - 1]);
	if (!r->failed && !r->nr_records) {
		if (r->codeless_table_line)
			diag_error(r->diag, r->path, r->codeless_table_line,
				   _("no status table or code headings found (this table has no code column)"));
		else
			diag_error(r->diag, r->path, 1,
				   _("no status table or code headings found"));
		r->failed = true;
	}
	return r->failed ? -1 : 0;
}

void html_reader_free(struct html_reader *r)
{
	int l;

	if (!r)
		return;
	while (r->nr_tables)
		free_table(r->tables[--r->nr_tables]);
	free(r->tables);
	if (r->ctxt) {
		if (r->ctxt->myDoc)
			xmlFreeDoc(r->ctxt->myDoc);
		htmlFreeParserCtxt(r->ctxt);
	}
	strbuf_release(&r->held);
	strbuf_release(&r->heading);
	strbuf_release(&r->para);
	strbuf_release(&r->desc);
	for (l = 0; l <= 6; l++)
		free(r->section_names[l]);
	free(r->section_reason);
	free(r->section_l10n_reason);
	free(r->path);
	free(r);
}
