/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/html_blocks.h"
#include "parse/html_table.h"

#include <stdio.h>
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

/* Lists whose kind (<ul>, <ol>) is kept; deeper ones are unordered. */
#define MAX_LIST_DEPTH 32u
/* Line breaks (<br>) of a paragraph kept as its lines; after as many,
 * the rest of it is one line. */
#define MAX_PARA_BREAKS 1024u
struct html_blocks {
	char *path;
	struct diag *diag;
	block_fn *fn;
	void *arg;
	htmlParserCtxtPtr ctxt;
	struct strbuf held;             /* input held back (see parse_piece()) */
	size_t hold_until;              /* hold input until held has this much */
	size_t held_pending;            /* the pending text when it was set */

	struct html_table **tables;          /* the open tables, innermost last */
	size_t nr_tables, alloc_tables;
	unsigned skip_depth;            /* > 0 inside a skipped element */
	const char *raw;                /* inside this raw element, or NULL */
	char skip_name[16];             /* the outermost skipped or raw element */
	unsigned skip_line;             /* and where it starts */

	int heading_level;              /* 1..6 inside a heading, else 0 */
	bool heading_cut;               /* too long: it is dropped */
	struct strbuf heading;
	unsigned heading_line;
	struct strbuf para;             /* the paragraph being read */
	size_t breaks[MAX_PARA_BREAKS]; /* where in para a <br> stood */
	unsigned break_lines[MAX_PARA_BREAKS];  /* the line of the text after
						 * it (0: none yet) */
	size_t nr_breaks;
	bool breaks_cut;                /* more <br>s than that: reported */
	struct strbuf para_lines;       /* para line by line, when it has <br>s */
	unsigned pre_depth;             /* <pre> elements open */
	bool in_anchor;                 /* in an <a href="#..."> that starts para */
	bool anchor_only;               /* such a link was all of para so far */
	bool para_text;                 /* para holds more than white space */
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
	bool embedded;                  /* raw HTML of a Markdown document */
};

static unsigned current_line(const struct html_blocks *r)
{
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
		diag_finding(r->diag, RULE_INPUT_LIMIT, r->path, current_line(r),
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

/* The lines of the paragraph, each collapsed, with as many '\n' between
 * two as their source lines are apart (one at least), into
 * r->para_lines;
 * NULL if it has no <br> followed by text. */
static const char *paragraph_lines(struct html_blocks *r)
{
	struct strbuf seg = STRBUF_INIT;
	unsigned line = r->para_line, next;
	size_t i, start = 0, end;
	bool any = false;

	strbuf_reset(&r->para_lines);
	for (i = 0; i <= r->nr_breaks; i++) {
		end = i < r->nr_breaks ? r->breaks[i] : r->para.len;
		strbuf_reset(&seg);
		strbuf_add(&seg, r->para.buf + start, end - start);
		text_collapse_space(&seg);
		if (i && seg.len) {
			next = r->break_lines[i - 1];
			strbuf_addch(&r->para_lines, '\n');
			for (line++; next > line; line++)
				strbuf_addch(&r->para_lines, '\n');
			any = true;
		}
		strbuf_add(&r->para_lines, seg.buf ? seg.buf : "", seg.len);
		start = end;
	}
	strbuf_release(&seg);
	return any ? strbuf_str(&r->para_lines) : NULL;
}

/* Hand on the paragraph read so far, if it has any text. */
static void flush_paragraph(struct html_blocks *r)
{
	struct block b = { .type = BLOCK_PARAGRAPH };

	if (r->nr_breaks && r->para.len)
		b.lines = paragraph_lines(r);
	r->nr_breaks = 0;
	r->breaks_cut = false;
	b.code = r->pre_depth > 0;
	b.toc = r->anchor_only;
	r->anchor_only = r->in_anchor = r->para_text = false;
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

static struct html_table *top_table(struct html_blocks *r)
{
	return r->nr_tables ? r->tables[r->nr_tables - 1] : NULL;
}

/* Hand on the row read so far. */
static void end_row(struct html_blocks *r, struct html_table *t)
{
	struct block b = { .type = BLOCK_ROW };

	if (html_table_end_row(t, &b))
		emit(r, &b);
}

static void start_row(struct html_blocks *r, struct html_table *t)
{
	end_row(r, t);
	html_table_start_row(t, current_line(r));
}

/* A row group (thead, tbody, tfoot) starts or ends. */
static void row_group_boundary(struct html_blocks *r, struct html_table *t, bool thead)
{
	end_row(r, t);
	html_table_row_group(t, thead);
}

static const char *attribute(const xmlChar **attrs, const char *name)
{
	for (; attrs && attrs[0]; attrs += 2)
		if (!strcmp((const char *)attrs[0], name))
			return attrs[1] ? (const char *)attrs[1] : "";
	return NULL;
}

static void start_cell(struct html_blocks *r, struct html_table *t, const xmlChar **attrs,
		       bool header)
{
	if (!html_table_in_row(t))
		start_row(r, t);
	html_table_start_cell(t, attribute(attrs, "colspan"), attribute(attrs, "rowspan"),
			      header, current_line(r));
}

static void push_table(struct html_blocks *r)
{
	struct block b = { .type = BLOCK_TABLE_START };
	struct html_table *t;

	if (r->nr_tables >= HTML_BLOCKS_MAX_TABLE_DEPTH) {
		diag_finding(r->diag, RULE_INPUT_LIMIT, r->path, current_line(r),
			     _("tables nested more than %u deep"),
			     HTML_BLOCKS_MAX_TABLE_DEPTH);
		stop(r);
		return;
	}
	t = html_table_new(current_line(r));
	XGROW(r->tables, r->alloc_tables, r->nr_tables + 1);
	r->tables[r->nr_tables++] = t;
	b.line = html_table_line(t);
	emit(r, &b);
}

/* The innermost table ends; unclosed: because the document did. */
static void pop_table(struct html_blocks *r, bool unclosed)
{
	struct block b = { .type = BLOCK_TABLE_END };
	struct html_table *t = top_table(r);

	if (!t)
		return;
	end_row(r, t);
	b.line = html_table_line(t);
	b.unclosed = unclosed;
	r->nr_tables--;
	html_table_free(t);
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

/* A skipped (or raw) element starts where nothing is skipped: where it
 * starts, in case the document never ends it. */
static void note_skipped(struct html_blocks *r, const char *name)
{
	snprintf(r->skip_name, sizeof(r->skip_name), "%s", name);
	r->skip_line = current_line(r);
}

/* The skipped element noted last was never closed: every table after it
 * is lost, which a reader must hear of (as in Markdown). */
static void warn_left_open(struct html_blocks *r)
{
	if (r->embedded)
		return;
	diag_finding(r->diag, RULE_ELEMENT_NOT_CLOSED, r->path, r->skip_line,
		     _("<%s> is not closed; what follows it is ignored"), r->skip_name);
}

/* A wiki's "[edit]" beside a heading (MediaWiki's class): no text of
 * the page. */
static bool is_edit_link(const xmlChar **attrs)
{
	for (; attrs && attrs[0]; attrs += 2)
		if (!strcmp((const char *)attrs[0], "class") && attrs[1] &&
		    strstr((const char *)attrs[1], "mw-editsection"))
			return true;
	return false;
}

/* An <a>: a link to a place in the page ("#404") that starts the
 * paragraph may be all of it (an entry of a table of contents). */
static void anchor_start(struct html_blocks *r, const xmlChar **attrs)
{
	r->in_anchor = false;
	if (r->para_text)
		return;
	for (; attrs && attrs[0]; attrs += 2)
		if (!strcmp((const char *)attrs[0], "href") && attrs[1] && attrs[1][0] == '#')
			r->in_anchor = true;
}

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
	struct html_blocks *r = ctx;
	const char *name = (const char *)xname;
	struct html_table *t = top_table(r);
	enum element e;

	if (r->stopped)
		return;
	if (r->raw)
		return;
	if (!r->skip_depth) {
		r->raw = raw_element(name);
		if (r->raw) {
			note_skipped(r, name);
			return;
		}
	}
	e = r->skip_depth ? E_SKIPPED : classify(name);
	if (e == E_SKIPPED || (e == E_OTHER && is_edit_link(attrs))) {
		if (!r->skip_depth)
			note_skipped(r, name);
		r->skip_depth++;
		return;
	}
	if (name[0] == 'a' && !name[1] && !t && !r->heading_level)
		anchor_start(r, attrs);
	if (name[0] == 'a' && !name[1] && t && attribute(attrs, "href"))
		html_table_mark_link(t);
	if (e == E_TABLE) {
		if (!t)
			flush_paragraph(r);
		push_table(r);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t, name[1] == 'h');
	} else if (t && e == E_TR) {
		start_row(r, t);
	} else if (t && e == E_CELL) {
		start_cell(r, t, attrs, name[1] == 'h');
	} else if (e == E_BR || (t && e == E_BLOCK)) {
		/* Lines and blocks inside a cell are words apart; the lines
		 * of a paragraph are kept. */
		if (!t && e == E_BR && !r->heading_level && r->para.len &&
		    r->nr_breaks < MAX_PARA_BREAKS && r->para.len <= BLOCK_MAX_TEXT) {
			r->breaks[r->nr_breaks] = r->para.len;
			r->break_lines[r->nr_breaks++] = 0;
		} else if (!t && e == E_BR && !r->heading_level && !r->breaks_cut &&
			   r->nr_breaks == MAX_PARA_BREAKS) {
			/* The rest of the paragraph is one line: said, so that
			 * no item after it is lost unseen. */
			diag_finding(r->diag, RULE_INPUT_LIMIT, r->path, current_line(r),
				     _("paragraph has more than %u line breaks; the rest of it is read as one line"),
				     MAX_PARA_BREAKS);
			r->failed = true;
			r->breaks_cut = true;
		}
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
		r->pre_depth += !strcmp(name, "pre");
		list_start(r, name);
	}
}

static void on_end(void *ctx, const xmlChar *xname)
{
	struct html_blocks *r = ctx;
	const char *name = (const char *)xname;
	struct html_table *t = top_table(r);
	enum element e;

	if (r->stopped)
		return;
	if (r->raw) {
		if (!strcmp(name, r->raw) && ended_by_own_tag(r, r->raw))
			r->raw = NULL;
		return;
	}
	if (r->skip_depth) {
		/* The end of the document (or of its body, after which
		 * nothing is read) closes what was left open. */
		r->skip_depth--;
		if (!r->skip_depth && !ended_by_own_tag(r, name) &&
		    (r->at_end || ended_by_own_tag(r, "body") || ended_by_own_tag(r, "html")))
			warn_left_open(r);
		return;
	}
	e = classify(name);
	if (name[0] == 'a' && !name[1] && r->in_anchor) {
		r->anchor_only = true;
		r->in_anchor = false;
	}
	if (e == E_TABLE) {
		if (t && r->at_end && !ended_by_own_tag(r, "table")) {
			diag_finding(r->diag, RULE_TABLE_NOT_CLOSED, r->path, html_table_line(t),
				     _("table is not closed before the end of the document"));
			r->failed = true;
		}
		pop_table(r, r->at_end);
	} else if (t && e == E_ROW_GROUP) {
		row_group_boundary(r, t, false);
	} else if (t && e == E_TR) {
		end_row(r, t);
	} else if (t && e == E_CELL) {
		html_table_end_cell(t);
	} else if (t && e == E_BLOCK) {
		on_text(r, (const xmlChar *)" ", 1);
	} else if (!t && e == E_HEADING && r->heading_level == heading_level_of(name)) {
		end_heading(r);
	} else if (!t && e == E_BLOCK) {
		flush_paragraph(r);
		if (!strcmp(name, "pre") && r->pre_depth)
			r->pre_depth--;
		list_end(r, name);
	}
}

/* Whether text holds only white space. */
static bool is_blank(const char *text, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
			return false;
	return true;
}

/* The line where text starts, from libxml2's line (where it ends). */
static unsigned bare_text_line(const struct html_blocks *r, const char *text, size_t len)
{
	unsigned line = current_line(r);
	size_t i = 0;

	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
			   text[i] == '\r'))
		i++;
	for (; i < len; i++)
		if (text[i] == '\n' && line > 1)
			line--;
	return line;
}

/* The line where the text of a paragraph starts: where its element
 * started, or for bare text, libxml2's line (which is where the text
 * ends) less the line breaks after its first visible character. */
static unsigned text_start_line(const struct html_blocks *r, const char *text,
				size_t len)
{
	if (r->block_line)
		return r->block_line;
	return bare_text_line(r, text, len);
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct html_blocks *r = ctx;
	struct html_table *t = top_table(r);
	const char *text = (const char *)ch;

	if (r->stopped || r->skip_depth || r->raw || len <= 0)
		return;
	if (t) {
		bool *cut;
		struct strbuf *cell = html_table_cell_text(t, &cut);

		if (cell)
			append_limited(r, cell, text, (size_t)len, N_("table cell"), cut);
	} else if (r->heading_level) {
		append_limited(r, &r->heading, text, (size_t)len, N_("heading"),
			       &r->heading_cut);
	} else {
		if ((r->anchor_only || !r->para_text) && !is_blank(text, (size_t)len)) {
			r->anchor_only = false;
			r->para_text = true;
		}
		if (!r->para.len)
			r->para_line = text_start_line(r, text, (size_t)len);
		else if (r->nr_breaks && !r->break_lines[r->nr_breaks - 1] &&
			 !is_blank(text, (size_t)len))
			r->break_lines[r->nr_breaks - 1] = bare_text_line(r, text, (size_t)len);
		/* Cut, not refused: only the recognizer knows whether the
		 * paragraph is a description that must not be too long. */
		if (r->para.len <= BLOCK_MAX_TEXT)
			strbuf_add(&r->para, text, r->para.len + (size_t)len > BLOCK_MAX_TEXT + 1 ?
				   BLOCK_MAX_TEXT + 1 - r->para.len : (size_t)len);
	}
}

/* A comment is a block of its own, at the line it starts (the parser is
 * at its end); what it stands in goes on around it.  In the raw HTML of
 * a Markdown document, the Markdown reader yields comments itself. */
static void on_comment(void *ctx, const xmlChar *text)
{
	struct html_blocks *r = ctx;
	struct block b = { .type = BLOCK_COMMENT };
	unsigned line = current_line(r);
	const xmlChar *p;

	if (r->embedded || r->stopped || !text)
		return;
	for (p = text; *p; p++)
		if (*p == '\n' && line > 1)
			line--;
	b.line = line;
	b.text = (const char *)text;
	emit(r, &b);
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
	line = err->line > 0 ? (unsigned)err->line : 1;
	if (r->at_end && !r->cut_reported && ends_inside(err->code)) {
		r->cut_reported = true;
		diag_finding(r->diag, RULE_UNEXPECTED_END, r->path, line, "%s",
			     _(ends_inside(err->code)));
		r->failed = true;
	} else if (err->code == XML_ERR_INVALID_CHAR && !r->control_reported) {
		r->control_reported = true;
		diag_finding(r->diag, RULE_CONTROL_CHARACTER, r->path, line,
			     _("control character in the document (ignored)"));
	} else if ((err->code == XML_ERR_INVALID_ENCODING ||
		    err->code == XML_ERR_UNSUPPORTED_ENCODING ||
		    err->code == XML_I18N_CONV_FAILED) && !r->encoding_reported) {
		r->encoding_reported = true;
		if (r->utf8)
			diag_finding(r->diag, RULE_BAD_ENCODING, r->path, line,
				     _("invalid UTF-8 (the document declares no other encoding)"));
		else
			diag_finding(r->diag, RULE_BAD_ENCODING, r->path, line,
				     _("invalid byte sequence for the document's declared encoding"));
		stop(r);
	}
}

struct html_blocks *html_blocks_new(const char *path, const char *encoding, struct diag *diag,
				    block_fn *fn, void *arg)
{
	struct html_blocks *r;
	xmlCharEncodingHandlerPtr handler = NULL;
	htmlSAXHandler sax;

	if (encoding && xmlParseCharEncoding(encoding) != XML_CHAR_ENCODING_UTF8) {
		handler = xmlFindCharEncodingHandler(encoding);
		if (!handler) {
			diag_finding(diag, RULE_BAD_ENCODING, path, 1,
				     _("unsupported encoding '%s'"), encoding);
			return NULL;
		}
	}
	xml_drop_generic_errors();
	r = xcalloc(1, sizeof(*r));
	r->path = xstrdup(path);
	r->diag = diag;
	r->fn = fn;
	r->arg = arg;
	r->item = BLOCK_PARAGRAPH;
	r->utf8 = !handler;
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_ignored_text;
	sax.comment = on_comment;
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

void html_blocks_set_embedded(struct html_blocks *r)
{
	r->embedded = true;
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
	r->held_pending = pending;
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

/* Held input is released once it is an eighth of the pending text it
 * waits behind: each new reading of that text is then paid for by input
 * eight times smaller, which keeps the whole linear. */
#define SYNC_RATIO 8u

int html_blocks_sync(struct html_blocks *r)
{
	if (r->held.len && !r->stopped && r->held.len * SYNC_RATIO >= r->held_pending)
		release_held(r);
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
		if (r->raw && !r->stopped)
			warn_left_open(r);
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
		html_table_free(r->tables[--r->nr_tables]);
	free(r->tables);
	if (r->ctxt) {
		if (r->ctxt->myDoc)
			xmlFreeDoc(r->ctxt->myDoc);
		htmlFreeParserCtxt(r->ctxt);
	}
	strbuf_release(&r->held);
	strbuf_release(&r->heading);
	strbuf_release(&r->para);
	strbuf_release(&r->para_lines);
	free(r->path);
	free(r);
}
