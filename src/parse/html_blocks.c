/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/html_blocks.h"

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

/* Elements whose text is never part of a record: what a page is not
 * about (footer, nav...), and what a browser never shows as a table
 * whatever it holds (script, a title, raw text, embedded documents,
 * SVG and MathML). */
static const char *const skipped_elements[] = {
	"script", "style", "template", "noscript", "footer", "nav", "aside",
	"header", "button", "select", "textarea", "iframe", "title", "noembed",
	"object", "svg", "math",
};

/* Elements whose content browsers read as text, that libxml2 2.9 reads as
 * markup and does not end at their end tag: it closes <xmp> at the first
 * tag inside, wraps the body in a leading <noframes>, and drops the end
 * tag with an error.  Everything up to that end tag is skipped. */
static const char *const raw_elements[] = { "xmp", "noframes", "plaintext" };

/* Elements whose end closes a paragraph of a description. */
static const char *const block_elements[] = {
	"p", "li", "div", "blockquote", "pre", "dd", "dt", "section", "article",
	"ul", "ol", "dl",
};

#define MAX_CELLS BLOCK_MAX_CELLS
/* Lists whose kind (<ul>, <ol>) is kept; deeper ones are unordered. */
#define MAX_LIST_DEPTH 32u
/* The largest rowspan HTML allows; rowspan=0 spans the rest of the row
 * group (thead, tbody, tfoot, or the rows outside them). */
#define MAX_ROWSPAN 65534u

struct cell {
	struct strbuf text;
	unsigned line;
	bool header;                    /* a <th> */
	bool cut;                       /* too long: its row is dropped */
};

struct table {
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

struct html_blocks {
	char *path;
	enum html_line_source lines;
	struct diag *diag;
	block_fn *fn;
	void *arg;
	htmlParserCtxtPtr ctxt;
	unsigned sourcepos_line;
	struct strbuf held;             /* input held back (see parse_piece()) */
	size_t hold_until;              /* hold input until held has this much */

	struct table **tables;          /* the open tables, innermost last */
	size_t nr_tables, alloc_tables;
	unsigned skip_depth;            /* > 0 inside a skipped element */
	const char *raw;                /* inside this raw element, or NULL */

	int heading_level;              /* 1..6 inside a heading, else 0 */
	bool heading_cut;               /* too long: it is dropped */
	struct strbuf heading;
	unsigned heading_line;
	struct strbuf para;             /* the paragraph being read */
	enum block_type item;           /* what it is: a paragraph, or the
					 * text of an <li>, <dt> or <dd> */
	unsigned list_depth;            /* <ul> and <ol> open */
	bool ordered[MAX_LIST_DEPTH];   /* which of them are <ol> */
	unsigned para_line;
	unsigned block_line;            /* where the current block started */

	bool failed;                    /* an error was reported */
	bool stopped;                   /* the parser was told to stop */
	bool utf8;                      /* read as UTF-8, no declared encoding */
	bool at_end;                    /* libxml2 is closing what is still open */
	bool encoding_reported;
	bool control_reported;
	bool cut_reported;              /* "the document ends inside ..." */
};

static unsigned current_line(const struct html_blocks *r)
{
	if (r->lines == HTML_LINES_FROM_SOURCEPOS)
		return r->sourcepos_line;
	return (unsigned)xmlSAX2GetLineNumber(r->ctxt);
}

/* Stop reading: every callback returns at once from now on, and no more
 * input is fed.  (Calling xmlStopParser() from inside a callback can make
 * libxml2 2.9's HTML push parser loop forever on some inputs.) */
static void stop(struct html_blocks *r)
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

bool html_blocks_skips(const char *name)
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

/* Append text to sb unless that would pass the limit.  Report the first
 * overflow (of this cell or heading: *cut) and read on: the row or the
 * heading is dropped, the rest of the document is not.  what is
 * untranslated (N_()): this runs for every piece of text, and is
 * translated only when it is reported. */
static void append_limited(struct html_blocks *r, struct strbuf *sb,
			   const char *text, size_t len, const char *what, bool *cut)
{
	if (*cut)
		return;
	if (sb->len + len > BLOCK_MAX_TEXT) {
		diag_error(r->diag, r->path, current_line(r),
			   _("%s is longer than %u bytes"), _(what),
			   BLOCK_MAX_TEXT);
		r->failed = true;
		*cut = true;
		return;
	}
	strbuf_add(sb, text, len);
}

static void emit(struct html_blocks *r, const struct block *b)
{
	if (!r->stopped && r->fn(b, r->arg) < 0)
		stop(r);
}

/* Hand on the paragraph read so far, if it has any text. */
static void flush_paragraph(struct html_blocks *r)
{
	struct block b = { .type = BLOCK_PARAGRAPH };

	text_collapse_space(&r->para);
	r->block_line = 0;
	if (r->para.len) {
		/* The first text of an <li> or <dt> is its text; all the
		 * paragraphs of a <dd> are the definition. */
		if (r->item != BLOCK_PARAGRAPH) {
			b.type = r->item;
			b.level = (int)r->list_depth;
			b.ordered = r->list_depth && r->list_depth <= MAX_LIST_DEPTH &&
				    r->ordered[r->list_depth - 1];
			if (r->item != BLOCK_DEFINITION)
				r->item = BLOCK_PARAGRAPH;
		}
		b.line = r->para_line;
		b.text = r->para.buf;
		emit(r, &b);
	}
	strbuf_reset(&r->para);
}

/* Lists and definition lists: what the next text is, and how deep. */
static void list_start(struct html_blocks *r, const char *name)
{
	if (!strcmp(name, "ul") || !strcmp(name, "ol")) {
		if (r->list_depth < MAX_LIST_DEPTH)
			r->ordered[r->list_depth] = name[0] == 'o';
		r->list_depth++;
	} else if (!strcmp(name, "li")) {
		r->item = BLOCK_LIST_ITEM;
	} else if (!strcmp(name, "dt")) {
		r->item = BLOCK_TERM;
	} else if (!strcmp(name, "dd")) {
		r->item = BLOCK_DEFINITION;
	}
}

static void list_end(struct html_blocks *r, const char *name)
{
	if ((!strcmp(name, "ul") || !strcmp(name, "ol")) && r->list_depth)
		r->list_depth--;
	else if (!strcmp(name, "li") || !strcmp(name, "dt") || !strcmp(name, "dd"))
		r->item = BLOCK_PARAGRAPH;
}

/* ---- tables ---------------------------------------------------------- */

static struct table *top_table(struct html_blocks *r)
{
	return r->nr_tables ? r->tables[r->nr_tables - 1] : NULL;
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
	c->header = from ? from->header : false;
	c->cut = from ? from->cut : false;
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
		t->carry[p].header = p < t->nr_cells && t->cells[p].header;
		t->carry[p].cut = p < t->nr_cells && t->cells[p].cut;
		if (p < t->nr_cells)
			strbuf_add(&t->carry[p].text, t->cells[p].text.buf, t->cells[p].text.len);
	}
}

/* Hand on the row read so far. */
static void end_row(struct html_blocks *r, struct table *t)
{
	struct block b = { .type = BLOCK_ROW };
	size_t i;

	if (!t->in_row)
		return;
	end_cell(t);
	fill_covered(t);
	carry_down(t);
	t->in_row = false;
	for (i = 0; i < t->nr_cells; i++)
		if (t->cells[i].cut)
			return;
	for (i = 0; i < t->nr_cells; i++) {
		t->out[i].text = strbuf_str(&t->cells[i].text);
		t->out[i].line = t->cells[i].line;
		t->out[i].header = t->cells[i].header;
	}
	b.line = t->row_line;
	b.header = t->in_thead;
	b.cells = t->out;
	b.nr_cells = t->nr_cells;
	b.own_cells = t->own_cells;
	emit(r, &b);
}

static void start_row(struct html_blocks *r, struct table *t)
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
static void row_group_boundary(struct html_blocks *r, struct table *t)
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
static void start_cell(struct html_blocks *r, struct table *t, const xmlChar **attrs,
		       bool header)
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

static void push_table(struct html_blocks *r)
{
	struct block b = { .type = BLOCK_TABLE_START };
	struct table *t;

	if (r->nr_tables >= HTML_BLOCKS_MAX_TABLE_DEPTH) {
		diag_error(r->diag, r->path, current_line(r),
			   _("tables nested more than %u deep"),
			   HTML_BLOCKS_MAX_TABLE_DEPTH);
		stop(r);
		return;
	}
	t = xcalloc(1, sizeof(*t));
	t->line = current_line(r);
	t->cur = -1;
	XGROW(r->tables, r->alloc_tables, r->nr_tables + 1);
	r->tables[r->nr_tables++] = t;
	b.line = t->line;
	emit(r, &b);
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

/* The innermost table ends; unclosed: because the document did. */
static void pop_table(struct html_blocks *r, bool unclosed)
{
	struct block b = { .type = BLOCK_TABLE_END };
	struct table *t = top_table(r);

	if (!t)
		return;
	end_row(r, t);
	b.line = t->line;
	b.unclosed = unclosed;
	r->nr_tables--;
	free_table(t);
	emit(r, &b);
}

/* ---- headings ------------------------------------------------------------ */

static void end_heading(struct html_blocks *r)
{
	struct block b = { .type = BLOCK_HEADING };

	b.level = r->heading_level;
	r->heading_level = 0;
	if (r->heading_cut) {
		/* What it headed is no part of the section before it. */
		r->heading_cut = false;
		b.type = BLOCK_BREAK;
	}
	text_collapse_space(&r->heading);
	b.line = r->heading_line;
	b.text = strbuf_str(&r->heading);
	emit(r, &b);
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

/* True if the element that ends now is ended by its own end tag ("</table
 * >" just before where the parser is), not closed by the end of the
 * document.  libxml2 2.9's push parser takes a stray quote in an
 * unquoted attribute value (<a target=_blank'>) for the start of a
 * quoted one and parses nothing more until the end, where everything
 * after it is parsed at once: a table closed there is still closed. */
static bool ended_by_own_tag(const struct html_blocks *r, const char *name)
{
	const xmlChar *base, *p;
	size_t n = strlen(name);

	if (!r->ctxt->input || !r->ctxt->input->cur || !r->ctxt->input->base)
		return false;
	base = r->ctxt->input->base;
	p = r->ctxt->input->cur;
	if (p > base && p[-1] == '>')
		p--;
	while (p > base && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r'))
		p--;
	return (size_t)(p - base) >= n + 2 && p[-(long)n - 2] == '<' && p[-(long)n - 1] == '/' &&
	       text_equal_nocase_n((const char *)p - n, name, n);
}

/* A raw element starts: its name, from raw_elements[], or NULL. */
static const char *raw_element(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(raw_elements) / sizeof(raw_elements[0]); i++)
		if (!strcmp(name, raw_elements[i]))
			return raw_elements[i];
	return NULL;
}

static void on_text(void *ctx, const xmlChar *ch, int len);

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
	struct html_blocks *r = ctx;
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
	if (r->raw)
		return;
	if (!r->skip_depth) {
		r->raw = raw_element(name);
		if (r->raw)
			return;
	}
	e = r->skip_depth ? E_SKIPPED : classify(name);
	if (e == E_SKIPPED) {
		r->skip_depth++;
		return;
	}
	if (e == E_TABLE) {
		if (!t)
			flush_paragraph(r);
		push_table(r);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t);
		t->in_thead = name[1] == 'h';
	} else if (t && e == E_TR) {
		start_row(r, t);
	} else if (t && e == E_CELL) {
		start_cell(r, t, attrs, name[1] == 'h');
	} else if (e == E_BR || (t && e == E_BLOCK)) {
		/* Lines and blocks inside a cell are words apart. */
		on_text(r, (const xmlChar *)" ", 1);
	} else if (!t && e == E_HEADING) {
		flush_paragraph(r);
		r->heading_level = heading_level_of(name);
		r->heading_line = current_line(r);
		r->heading_cut = false;
		strbuf_reset(&r->heading);
	} else if (!t && e == E_HR) {
		struct block b = { .type = BLOCK_BREAK };

		flush_paragraph(r);
		b.line = current_line(r);
		emit(r, &b);
	} else if (!t && e == E_BLOCK) {
		flush_paragraph(r);
		r->block_line = current_line(r);
		list_start(r, name);
	}
}

static void on_end(void *ctx, const xmlChar *xname)
{
	struct html_blocks *r = ctx;
	const char *name = (const char *)xname;
	struct table *t = top_table(r);
	enum element e;

	if (r->stopped)
		return;
	if (r->raw) {
		if (!strcmp(name, r->raw) && ended_by_own_tag(r, r->raw))
			r->raw = NULL;
		return;
	}
	if (r->skip_depth) {
		r->skip_depth--;
		return;
	}
	e = classify(name);
	if (e == E_TABLE) {
		if (t && r->at_end && !ended_by_own_tag(r, "table")) {
			diag_error(r->diag, r->path, t->line,
				   _("table is not closed before the end of the document"));
			r->failed = true;
		}
		pop_table(r, r->at_end);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t);
		t->in_thead = false;
	} else if (t && e == E_TR) {
		end_row(r, t);
	} else if (t && e == E_CELL) {
		end_cell(t);
	} else if (t && e == E_BLOCK) {
		on_text(r, (const xmlChar *)" ", 1);
	} else if (!t && e == E_HEADING && r->heading_level == heading_level_of(name)) {
		end_heading(r);
	} else if (!t && e == E_BLOCK) {
		flush_paragraph(r);
		list_end(r, name);
	}
}

/* The line where the text of a paragraph starts: where its element
 * started, or for bare text, libxml2's line (which is where the text
 * ends) less the line breaks after its first visible character. */
static unsigned text_start_line(const struct html_blocks *r, const char *text,
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
	struct html_blocks *r = ctx;
	struct table *t = top_table(r);
	const char *text = (const char *)ch;

	if (r->stopped || r->skip_depth || r->raw || len <= 0)
		return;
	if (t) {
		if (t->cur >= 0)
			append_limited(r, &t->cells[t->cur].text, text,
				       (size_t)len, N_("table cell"), &t->cells[t->cur].cut);
	} else if (r->heading_level) {
		append_limited(r, &r->heading, text, (size_t)len, N_("heading"),
			       &r->heading_cut);
	} else {
		if (!r->para.len)
			r->para_line = text_start_line(r, text, (size_t)len);
		/* Cut, not refused: only the recognizer knows whether the
		 * paragraph is a description that must not be too long. */
		if (r->para.len <= BLOCK_MAX_TEXT)
			strbuf_add(&r->para, text, r->para.len + (size_t)len > BLOCK_MAX_TEXT + 1 ?
				   BLOCK_MAX_TEXT + 1 - r->para.len : (size_t)len);
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
	struct html_blocks *r = ctx;
	unsigned line;

	if (!err || r->stopped)
		return;
	/* The end tag of a raw element that libxml2 closed already. */
	if (r->raw && err->code == XML_ERR_TAG_NAME_MISMATCH && err->str1 &&
	    !strcmp(err->str1, r->raw)) {
		r->raw = NULL;
		return;
	}
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

struct html_blocks *html_blocks_new(const char *path, enum html_line_source lines,
				    const char *encoding, struct diag *diag,
				    block_fn *fn, void *arg)
{
	struct html_blocks *r;
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
	r->item = BLOCK_PARAGRAPH;
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
static void parse_piece(struct html_blocks *r, const char *buf, size_t len, int end)
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
static void release_held(struct html_blocks *r)
{
	parse_piece(r, r->held.buf, r->held.len, 0);
	strbuf_reset(&r->held);
}

int html_blocks_feed(struct html_blocks *r, const char *buf, size_t len)
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

int html_blocks_finish(struct html_blocks *r, bool *stopped)
{
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
		flush_paragraph(r);
	*stopped = r->stopped;
	return r->failed ? -1 : 0;
}

void html_blocks_free(struct html_blocks *r)
{
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
	free(r->path);
	free(r);
}
