/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown into blocks: cmark-gfm's tree, walked with cmark_iter, its
 * source positions giving the lines.  Nothing is rendered. */
#include <config.h>

#include "parse/markdown_blocks.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "i18n.h"
#include "parse/html_blocks.h"
#include "parse/md_defuse.h"
#include "parse/md_raw.h"
#include "parse/md_split.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* ---- the walk -------------------------------------------------------------- */

/* The table extension's node types, which have no constants. */
enum md_kind {
	MD_OTHER, MD_TABLE, MD_TABLE_ROW, MD_TABLE_CELL
};

struct md_blocks {
	const char *path;
	struct diag *diag;
	block_fn *fn;
	void *arg;
	bool stopped;
	bool failed;
	bool control_reported;

	struct strbuf text;             /* inline text being collected */
	struct strbuf lines;            /* a paragraph's, line by line */
	bool collecting;
	bool capped;                    /* paragraphs: cut, not refused */
	bool cut;                       /* a cell or heading too long */
	const char *what;               /* N_() name of what is collected */
	unsigned line;                  /* where it started */
	unsigned skip;                  /* > 0 inside an image (its alt text) */

	struct block_cell cells[BLOCK_MAX_CELLS];
	struct strbuf cell_text[BLOCK_MAX_CELLS];
	size_t nr_cells;
	unsigned row_line;
	bool row_header;
	bool row_cut;                   /* a cell of it was too long */
	bool cell_link;                 /* the cell being read holds a link */

	unsigned offset;                /* lines of the document before the
					 * piece being read */
	bool may_skip;                  /* the text may open a skipped element */
	bool open_warned;               /* a skipped element left open was
					 * reported by a first reading */
	struct html_blocks *html;       /* raw HTML blocks, read as HTML */
	unsigned html_line;             /* the line the HTML reader is at */

	struct md_defuse defuse;        /* backslashes added for cmark-gfm */

	cmark_node *cont_table;         /* goes on with the last table of the
					 * piece before: no start */
	cmark_node *held_table;         /* goes on in the next piece: no end */
	bool table_end_pending;         /* a held table not ended yet */
	unsigned table_end_line;        /* its line */

	int list_depth;
	bool in_anchor;                 /* in a link to "#..." that starts the text */
	bool anchor_only;               /* such a link was all the text so far */
	bool item_pending;              /* the next paragraph is an item's */
	bool item_ordered;
};

static enum md_kind kind_of(cmark_node *node)
{
	const char *name = cmark_node_get_type_string(node);

	if (!strcmp(name, "table"))
		return MD_TABLE;
	if (!strcmp(name, "table_row") || !strcmp(name, "table_header"))
		return MD_TABLE_ROW;
	if (!strcmp(name, "table_cell"))
		return MD_TABLE_CELL;
	return MD_OTHER;
}

static void emit(struct md_blocks *m, const struct block *b)
{
	if (!m->stopped && m->fn(b, m->arg) < 0)
		m->stopped = true;
}

static void start_text(struct md_blocks *m, unsigned line, const char *what, bool capped)
{
	strbuf_reset(&m->text);
	m->collecting = true;
	m->in_anchor = false;
	m->anchor_only = false;
	m->capped = capped;
	m->cut = false;
	m->what = what;
	m->line = line;
}

/* Add inline text, control characters dropped with one warning (as the
 * HTML reader drops them). */
static void add_text(struct md_blocks *m, const char *s, size_t len)
{
	size_t i, start = 0;

	if (!m->collecting || m->skip || m->stopped)
		return;
	/* Text after a link that started it: more than the link. */
	for (i = 0; m->anchor_only && i < len; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t')
			m->anchor_only = false;
	if (m->capped) {
		if (m->text.len > BLOCK_MAX_TEXT)
			return;
		if (m->text.len + len > BLOCK_MAX_TEXT + 1)
			len = BLOCK_MAX_TEXT + 1 - m->text.len;
	} else if (m->cut) {
		return;
	} else if (m->text.len + len > BLOCK_MAX_TEXT) {
		/* Reported, and the cell's row or the heading dropped; the
		 * rest of the document is read. */
		diag_finding(m->diag, RULE_INPUT_LIMIT, m->path, m->line,
			     _("%s is longer than %u bytes"),
			     _(m->what), BLOCK_MAX_TEXT);
		m->failed = m->cut = true;
		return;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
			continue;
		strbuf_add(&m->text, s + start, i - start);
		start = i + 1;
		if (!m->control_reported) {
			m->control_reported = true;
			diag_finding(m->diag, RULE_CONTROL_CHARACTER, m->path, m->line,
				     _("control character in the document (ignored)"));
		}
	}
	strbuf_add(&m->text, s + start, len - start);
}

/* The text collected so far, each source line (a soft line break ends
 * one) collapsed on its own, into m->lines. */
static void keep_lines(struct md_blocks *m)
{
	struct strbuf line = STRBUF_INIT;
	const char *p = strbuf_str(&m->text), *nl;

	strbuf_reset(&m->lines);
	for (;;) {
		nl = strchr(p, '\n');
		strbuf_reset(&line);
		strbuf_add(&line, p, nl ? (size_t)(nl - p) : strlen(p));
		text_collapse_space(&line);
		strbuf_add(&m->lines, line.buf ? line.buf : "", line.len);
		if (!nl)
			break;
		strbuf_addch(&m->lines, '\n');
		p = nl + 1;
	}
	strbuf_release(&line);
}

static const char *end_text(struct md_blocks *m)
{
	m->collecting = false;
	text_collapse_space(&m->text);
	return strbuf_str(&m->text);
}

/* A paragraph or a code block: a list item's text when it is the first
 * block of the item. */
static void emit_text_block(struct md_blocks *m, const char *text, unsigned line,
			    const char *lines, bool code)
{
	struct block b = { .type = BLOCK_PARAGRAPH };

	b.code = code;
	b.toc = m->anchor_only;
	b.line = line;
	b.text = text;
	b.lines = lines;
	if (m->item_pending) {
		m->item_pending = false;
		b.type = BLOCK_LIST_ITEM;
		b.level = m->list_depth;
		b.ordered = m->item_ordered;
	}
	if (*text)
		emit(m, &b);
}

/* A raw HTML block goes to the HTML reader, one for the whole document
 * (a table may be split into several blocks by blank lines), after as
 * many line breaks as keep its lines those of the Markdown. */
static void read_raw_html(struct md_blocks *m, cmark_node *node)
{
	const char *lit = cmark_node_get_literal(node), *p;
	unsigned line = md_line_of_node(node, m->offset), n;
	char newlines[4096];

	if (!lit || m->stopped)
		return;
	if (!m->html) {
		m->html = html_blocks_new(m->path, NULL, m->diag, m->fn, m->arg);
		html_blocks_set_embedded(m->html);
		m->html_line = 1;
	}
	memset(newlines, '\n', sizeof(newlines));
	while (m->html_line < line && !m->stopped) {
		n = line - m->html_line < sizeof(newlines) ? line - m->html_line :
		    (unsigned)sizeof(newlines);
		if (html_blocks_feed(m->html, newlines, n) < 0)
			m->stopped = true;
		m->html_line += n;
	}
	if (m->stopped)
		return;
	for (p = lit; *p; p++)
		m->html_line += *p == '\n';
	if (html_blocks_feed(m->html, lit, strlen(lit)) < 0 || html_blocks_sync(m->html) < 0)
		m->stopped = true;
}

/* The comments of raw HTML (a block, or inline) that starts at line, each
 * a comment block at its own line.  (The HTML reader that reads raw HTML
 * blocks leaves them to this.) */
static void emit_comments(struct md_blocks *m, const char *lit, unsigned line)
{
	struct block b = { .type = BLOCK_COMMENT };
	struct strbuf text = STRBUF_INIT;
	const char *p = lit, *start, *end;

	while (lit && !m->stopped) {
		start = strstr(p, "<!--");
		if (!start)
			break;
		end = strstr(start + 4, "-->");
		if (!end)
			break;
		for (; p < start; p++)
			line += *p == '\n';
		strbuf_reset(&text);
		strbuf_add(&text, start + 4, (size_t)(end - start - 4));
		b.line = line;
		b.text = strbuf_str(&text);
		emit(m, &b);
		for (; p < end + 3; p++)
			line += *p == '\n';
	}
	strbuf_release(&text);
}

/* Inline raw HTML: a <br> is a line break; other tags are dropped and
 * the text around them kept. */
static bool is_line_break_tag(const char *lit)
{
	return lit && text_equal_nocase_n(lit, "<br", 3) &&
	       (lit[3] == '>' || lit[3] == '/' || lit[3] == ' ');
}

/* The line a paragraph's text is reported at: an item's line when the
 * paragraph opens an item of a tight list (as an HTML <li> without <p>). */
static unsigned paragraph_line(const struct md_blocks *m, cmark_node *node)
{
	cmark_node *parent = cmark_node_parent(node);

	if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM &&
	    cmark_node_first_child(parent) == node && cmark_node_parent(parent) &&
	    cmark_node_get_list_tight(cmark_node_parent(parent)))
		return md_line_of_node(parent, m->offset);
	return md_line_of_node(node, m->offset);
}

static void enter_table_part(struct md_blocks *m, cmark_node *node, enum md_kind kind)
{
	struct block b = { .type = BLOCK_TABLE_START };

	switch (kind) {
	case MD_TABLE:
		if (node == m->cont_table)
			break;
		b.line = md_line_of_node(node, m->offset);
		emit(m, &b);
		break;
	case MD_TABLE_ROW:
		m->nr_cells = 0;
		m->row_cut = false;
		m->row_line = md_line_of_node(node, m->offset);
		m->row_header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
		break;
	case MD_TABLE_CELL:
		start_text(m, md_line_of_node(node, m->offset), N_("table cell"), false);
		m->cell_link = false;
		break;
	case MD_OTHER:
		break;
	}
}

static void exit_table_part(struct md_blocks *m, cmark_node *node, enum md_kind kind)
{
	struct block b = { .type = BLOCK_TABLE_END };
	const char *text;
	size_t i;

	switch (kind) {
	case MD_TABLE:
		/* A table's line is that of its first piece. */
		if (node != m->cont_table)
			m->table_end_line = md_line_of_node(node, m->offset);
		if (node == m->held_table) {
			m->table_end_pending = true;
			break;
		}
		m->table_end_pending = false;
		b.line = m->table_end_line;
		emit(m, &b);
		break;
	case MD_TABLE_ROW:
		if (m->row_cut)
			break;
		b.type = BLOCK_ROW;
		b.line = m->row_line;
		b.header = m->row_header;
		for (i = 0; i < m->nr_cells; i++)
			m->cells[i].text = strbuf_str(&m->cell_text[i]);
		b.cells = m->cells;
		b.nr_cells = b.own_cells = m->nr_cells;
		emit(m, &b);
		break;
	case MD_TABLE_CELL:
		text = end_text(m);
		m->row_cut |= m->cut;
		if (m->nr_cells == BLOCK_MAX_CELLS)
			break;
		strbuf_reset(&m->cell_text[m->nr_cells]);
		strbuf_addstr(&m->cell_text[m->nr_cells], text);
		m->cells[m->nr_cells].line = m->line;
		m->cells[m->nr_cells].header = m->row_header;
		m->cells[m->nr_cells].link = m->cell_link;
		m->nr_cells++;
		break;
	case MD_OTHER:
		break;
	}
}

static void enter(struct md_blocks *m, cmark_node *node)
{
	struct block b = { .type = BLOCK_BREAK };
	cmark_node_type type = cmark_node_get_type(node);
	const char *lit;

	switch (type) {
	case CMARK_NODE_HEADING:
		start_text(m, md_line_of_node(node, m->offset), N_("heading"), false);
		break;
	case CMARK_NODE_PARAGRAPH:
		start_text(m, paragraph_line(m, node), N_("description"), true);
		break;
	case CMARK_NODE_CODE_BLOCK:
		start_text(m, md_line_of_node(node, m->offset), N_("description"), true);
		lit = cmark_node_get_literal(node);
		add_text(m, lit ? lit : "", lit ? strlen(lit) : 0);
		emit_text_block(m, end_text(m), m->line, NULL, true);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		b.line = md_line_of_node(node, m->offset);
		emit(m, &b);
		break;
	case CMARK_NODE_LIST:
		m->list_depth++;
		break;
	case CMARK_NODE_ITEM:
		m->item_pending = true;
		m->item_ordered = cmark_node_get_list_type(cmark_node_parent(node)) ==
				  CMARK_ORDERED_LIST;
		break;
	case CMARK_NODE_TEXT:
	case CMARK_NODE_CODE:
		lit = cmark_node_get_literal(node);
		if (lit)
			add_text(m, lit, strlen(lit));
		break;
	case CMARK_NODE_SOFTBREAK:
		add_text(m, "\n", 1);
		break;
	case CMARK_NODE_LINEBREAK:
		add_text(m, "\n", 1);
		break;
	case CMARK_NODE_IMAGE:
		/* Its text is an attribute in HTML, not shown as text. */
		m->skip++;
		break;
	case CMARK_NODE_LINK:
		lit = cmark_node_get_url(node);
		m->in_anchor = m->collecting && !m->text.len && lit && lit[0] == '#';
		m->cell_link = true;
		break;
	case CMARK_NODE_HTML_BLOCK:
		emit_comments(m, cmark_node_get_literal(node), md_line_of_node(node, m->offset));
		read_raw_html(m, node);
		break;
	case CMARK_NODE_HTML_INLINE:
		lit = cmark_node_get_literal(node);
		if (is_line_break_tag(lit))
			add_text(m, "\n", 1);
		else
			emit_comments(m, lit, md_line_of_node(node, m->offset));
		break;
	default:
		enter_table_part(m, node, kind_of(node));
		break;
	}
}

static void leave(struct md_blocks *m, cmark_node *node)
{
	struct block b = { .type = BLOCK_HEADING };

	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_HEADING:
		b.level = cmark_node_get_heading_level(node);
		b.text = end_text(m);
		b.line = m->line;
		if (m->cut)
			b.type = BLOCK_BREAK;
		if (!m->stopped)
			emit(m, &b);
		break;
	case CMARK_NODE_PARAGRAPH:
		keep_lines(m);
		emit_text_block(m, end_text(m), m->line,
				strchr(strbuf_str(&m->lines), '\n') ? m->lines.buf : NULL, false);
		break;
	case CMARK_NODE_LIST:
		m->list_depth--;
		break;
	case CMARK_NODE_ITEM:
		m->item_pending = false;
		break;
	case CMARK_NODE_IMAGE:
		m->skip--;
		break;
	case CMARK_NODE_LINK:
		m->anchor_only = m->in_anchor;
		m->in_anchor = false;
		break;
	default:
		exit_table_part(m, node, kind_of(node));
		break;
	}
}

static void walk_tree(struct md_blocks *m, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while (!m->stopped) {
		ev = cmark_iter_next(it);
		if (ev == CMARK_EVENT_DONE)
			break;
		if (ev == CMARK_EVENT_ENTER)
			enter(m, cmark_iter_get_node(it));
		else if (ev == CMARK_EVENT_EXIT)
			leave(m, cmark_iter_get_node(it));
	}
	cmark_iter_free(it);
}

/* The end of a table whose rows went on in the next piece, when that
 * piece does not have them after all (raw HTML left open dropped them). */
static void end_held_table(struct md_blocks *m)
{
	struct block b = { .type = BLOCK_TABLE_END };

	b.line = m->table_end_line;
	m->table_end_pending = false;
	emit(m, &b);
}

/* Walk a piece's tree.  continued: its first table goes on with the last
 * one of the piece before (no start); held: its last table goes on in
 * the next piece (no end yet). */
static void walk_piece(struct md_blocks *m, cmark_node *doc, bool continued, bool held)
{
	cmark_node *first = cmark_node_first_child(doc), *last = cmark_node_last_child(doc);

	m->cont_table = m->held_table = NULL;
	if (continued && first && kind_of(first) == MD_TABLE &&
	    cmark_node_get_start_line(first) == 1)
		m->cont_table = first;
	else if (m->table_end_pending)
		end_held_table(m);
	if (held && last && kind_of(last) == MD_TABLE)
		m->held_table = last;
	walk_tree(m, doc);
}

/* ---- pieces --------------------------------------------------------------- */

/* What one piece leaves to the next. */
struct carry {
	bool loose;             /* its last list goes on in the next piece,
				 * and is loose */
	bool table;             /* its last table goes on in the next piece */
	size_t head_start;      /* then its header and delimiter rows */
	size_t head_end;
};

/* The offset in text of the start of line line (from 1) of text[start..
 * end), or end. */
static size_t offset_of_line(const char *text, size_t start, size_t end, int line)
{
	size_t i = start;

	while (line > 1 && i < end) {
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == end || text[i + 1] != '\n')))
			line--;
		i++;
	}
	return i;
}

/* Lines in text[start..end) (each line end counted once). */
static int count_lines(const char *text, size_t start, size_t end)
{
	int lines = 0;
	size_t i;

	for (i = start; i < end; i++)
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == end || text[i + 1] != '\n')))
			lines++;
	return lines;
}

/* Remove from doc the nodes that start at line, the first line of the
 * next piece, parsed to see what it belongs to.  Return the list the
 * item on it was added to, if that list started before line. */
static cmark_node *drop_lookahead_item(cmark_node *doc, int line)
{
	cmark_node *last = cmark_node_last_child(doc), *item;

	while (last && cmark_node_get_start_line(last) >= line) {
		cmark_node *prev = cmark_node_previous(last);

		cmark_node_free(last);
		last = prev;
	}
	if (!last || cmark_node_get_type(last) != CMARK_NODE_LIST)
		return NULL;
	item = cmark_node_last_child(last);
	if (!item || cmark_node_get_start_line(item) < line)
		return NULL;
	cmark_node_free(item);
	return last;
}

/* The same for a row: if the last node of doc is a table whose last row
 * is on line, remove that row and return the line of the table's first
 * row after the header (cmark-gfm's lines for the header itself may be
 * those of a paragraph above it); else return 0. */
static int drop_lookahead_row(cmark_node *doc, int line)
{
	cmark_node *last = cmark_node_last_child(doc), *row, *body;

	if (!last || kind_of(last) != MD_TABLE)
		return 0;
	row = cmark_node_last_child(last);
	if (!row || cmark_node_get_start_line(row) != line || cmark_node_get_end_line(row) != line)
		return 0;
	body = cmark_node_first_child(last);
	if (body && cmark_gfm_extensions_get_table_row_is_header(body))
		body = cmark_node_next(body);
	line = cmark_node_get_start_line(body);
	cmark_node_free(row);
	return line;
}

/* The backslashes (md_defuse.h) fed with one piece: before which byte of
 * the text each went, and on which line of what was fed (from 1). */
struct fed {
	size_t *at;
	int *line;
	size_t n, alloc, alloc_line;
	int lines;              /* line ends fed so far */
};

/* Feed text[start..end) to the parser, with the backslashes d puts in it,
 * noted in *fed. */
static void feed_defused(cmark_parser *parser, const char *text, size_t start, size_t end,
			 const struct md_defuse *d, struct fed *fed)
{
	size_t i, from = start;

	if (!d->count) {
		cmark_parser_feed(parser, text + start, end - start);
		return;
	}
	for (i = start; i < end; i++) {
		if (md_defuse_at(d, i)) {
			cmark_parser_feed(parser, text + from, i - from);
			cmark_parser_feed(parser, "\\", 1);
			from = i;
			XGROW(fed->at, fed->alloc, fed->n + 1);
			XGROW(fed->line, fed->alloc_line, fed->n + 1);
			fed->at[fed->n] = i;
			fed->line[fed->n++] = fed->lines + 1;
		}
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == end || text[i + 1] != '\n')))
			fed->lines++;
	}
	cmark_parser_feed(parser, text + from, end - from);
}

/* Whether every backslash fed went into text of a paragraph, a heading
 * or a table, as cmark-gfm's tree has them (a backslash changes no block:
 * the tree's blocks are those of the text as it is).  Those that went
 * into fenced or indented code or raw HTML, or no block, are dropped
 * from d: where cmark-gfm parses no inline, they are not needed. */
static bool defused_in_text(cmark_node *doc, const struct fed *fed, struct md_defuse *d)
{
	unsigned char *kind = xcalloc((size_t)fed->lines + 2, 1);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	bool all = true;
	size_t k;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		cmark_node_type type = cmark_node_get_type(node);
		unsigned char bits = 0;
		int line;

		if (ev != CMARK_EVENT_ENTER || (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE)
			continue;
		if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || kind_of(node) == MD_TABLE)
			bits = 1;
		else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
			bits = 2;
		if (!bits || cmark_node_get_start_line(node) <= 0)
			continue;
		for (line = cmark_node_get_start_line(node);
		     line <= cmark_node_get_end_line(node) && line <= fed->lines + 1; line++)
			kind[line] |= bits;
	}
	cmark_iter_free(it);
	for (k = 0; k < fed->n; k++) {
		if (kind[fed->line[k]] != 1) {
			md_defuse_clear(d, fed->at[k]);
			all = false;
		}
	}
	free(kind);
	return all;
}

/* Parse one piece: after the header and delimiter rows of the table it
 * goes on with, if it does (the header row then removed), and with the
 * first line of the next piece when that is an item or a row, to see
 * whether it goes on with a list or table of this one as in the whole
 * document (then removed).  carry says what the piece before left and
 * becomes what this one leaves; d, the backslashes that make it safe for
 * cmark-gfm.  Return NULL if the next piece does not go on with the table
 * as the splitter thought; else the tree, freed with cmark_node_free(). */
static cmark_node *parse_piece(const char *text, size_t len, const struct md_piece *piece,
			       struct carry *carry, int *head_lines, struct md_defuse *d)
{
	struct fed fed = { NULL, NULL, 0, 0, 0, 0 };
	cmark_node *doc, *first, *list = NULL;
	size_t lookahead = 0;
	int lines, body;

	*head_lines = carry->table ? count_lines(text, carry->head_start, carry->head_end) : 0;
	if (piece->item_next || piece->table_next) {
		lookahead = piece->end;
		while (lookahead < len && text[lookahead] != '\n' && text[lookahead] != '\r')
			lookahead++;
		lookahead -= piece->end;
	}
	for (;;) {
		cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);

		fed.n = 0;
		fed.lines = 0;
		cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
		if (*head_lines)
			feed_defused(parser, text, carry->head_start, carry->head_end, d, &fed);
		feed_defused(parser, text, piece->start, piece->end, d, &fed);
		if (lookahead)
			feed_defused(parser, text, piece->end, piece->end + lookahead, d, &fed);
		doc = cmark_parser_finish(parser);
		cmark_parser_free(parser);
		/* Parsed again without the backslashes not in text: fewer each
		 * time, and those left were in text the time before. */
		if (!fed.n || defused_in_text(doc, &fed, d))
			break;
		cmark_node_free(doc);
	}
	free(fed.at);
	free(fed.line);
	first = cmark_node_first_child(doc);
	if (*head_lines) {
		/* The header was read with the table's first piece. */
		if (first && kind_of(first) == MD_TABLE && cmark_node_first_child(first))
			cmark_node_free(cmark_node_first_child(first));
	} else if (carry->loose && first && cmark_node_get_type(first) == CMARK_NODE_LIST &&
		   cmark_node_get_start_line(first) == 1) {
		cmark_node_set_list_tight(first, 0);
	}
	lines = *head_lines + count_lines(text, piece->start, piece->end);
	body = piece->table_next ? drop_lookahead_row(doc, lines + 1) : 0;
	if (piece->table_next && (!body || body - *head_lines < 3)) {
		/* A table that started in an earlier piece keeps its head. */
		if (!body || body != *head_lines + 1) {
			cmark_node_free(doc);
			return NULL;
		}
	} else if (piece->table_next) {
		carry->head_start = offset_of_line(text, piece->start, piece->end,
						   body - *head_lines - 2);
		carry->head_end = offset_of_line(text, piece->start, piece->end,
						 body - *head_lines);
	}
	if (piece->item_next)
		list = drop_lookahead_item(doc, lines + 1);
	carry->loose = list && !cmark_node_get_list_tight(list);
	carry->table = piece->table_next;
	return doc;
}

/* Read text in pieces: with walking, hand their blocks on; without,
 * only find what md_drop_raw_html() finds (raw HTML left open, nesting too
 * deep) over the whole text, reporting nothing. */
static void read_pieces(struct md_blocks *m, struct md_walk *walk, const char *text, size_t len,
			size_t piece_size, bool walking)
{
	struct carry carry = { false, false, 0, 0 };
	struct md_splitter splitter;
	struct md_piece piece, more;
	bool pieces = len > piece_size;

#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT)
	/* Each piece's tree is freed before the next one is parsed: glibc
	 * gave that heap back to the kernel every time, and faulted it in
	 * again, two thirds of the time of reading 8 MB.  It is kept (the
	 * peak is the same). */
	if (pieces)
		mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
	md_splitter_init(&splitter, text, len);
	while (!m->stopped && md_splitter_next(&splitter, piece_size, &piece)) {
		struct carry next = carry;
		int head_lines;
		cmark_node *doc = parse_piece(text, len, &piece, &next, &head_lines, &m->defuse);

		/* A row the splitter took for one of the table: read on. */
		while (!doc && md_splitter_next(&splitter, 0, &more)) {
			piece.end = more.end;
			piece.item_next = more.item_next;
			piece.table_next = more.table_next;
			piece.dense += more.dense;
			if (piece.dense > MD_MAX_BLOCK) {
				if (walking)
					diag_finding(m->diag, RULE_INPUT_LIMIT, m->path, piece.line,
						     _("Markdown block is longer than %u bytes"),
						     MD_MAX_BLOCK);
				m->failed = m->stopped = true;
				break;
			}
			next = carry;
			doc = parse_piece(text, len, &piece, &next, &head_lines, &m->defuse);
		}
		if (!doc)
			break;
		m->offset = walk->offset = piece.line - 1 - (unsigned)head_lines;
		walk->open = md_drop_raw_html(doc, 0, walk->open, walk);
		/* A first reading that found nesting too deep has found all it
		 * looks for, when no skipped element can be open. */
		if (!walking && walk->deep_line && !m->may_skip) {
			cmark_node_free(doc);
			break;
		}
		if (walking) {
			/* One piece: the warning comes first, as it always did. */
			if (!pieces && walk->open > 0)
				diag_finding(m->diag, RULE_ELEMENT_NOT_CLOSED, m->path, walk->open_line ? walk->open_line : 1,
					     _("raw HTML element is not closed; what follows it is ignored"));
			if (walk->deep_line) {
				diag_finding(m->diag, RULE_INPUT_LIMIT, m->path, walk->deep_line,
					     _("Markdown nested more than %u deep"), MARKDOWN_MAX_NESTING);
				m->failed = m->stopped = true;
			} else {
				walk_piece(m, doc, carry.table, next.table);
			}
		}
		carry = next;
		cmark_node_free(doc);
	}
	/* Not found by a first reading (see markdown_blocks_read()). */
	if (walking && pieces && walk->open > 0 && !walk->deep_line && !m->open_warned)
		diag_finding(m->diag, RULE_ELEMENT_NOT_CLOSED, m->path, walk->open_line ? walk->open_line : 1,
			     _("raw HTML element is not closed; what follows it is ignored"));
}

static int read_markdown(const char *path, const char *text, size_t len, size_t piece_size,
			 bool defuse, struct diag *diag, block_fn *fn, void *arg, bool *stopped)
{
	struct md_blocks m;
	struct md_walk walk = { 0, 0, 0, 0 };
	size_t i;

	memset(&m, 0, sizeof(m));
	m.path = path;
	m.diag = diag;
	m.fn = fn;
	m.arg = arg;
	strbuf_init(&m.text);
	strbuf_init(&m.lines);
	for (i = 0; i < BLOCK_MAX_CELLS; i++)
		strbuf_init(&m.cell_text[i]);
	cmark_gfm_core_extensions_ensure_registered();
	/* What cmark-gfm would take quadratic time on is made safe, or the
	 * document refused, before any block is read. */
	if (defuse && md_defuse_scan(path, text, len, &m.defuse, diag) < 0)
		m.failed = m.stopped = true;
	/* Nesting too deep, and a skipped element left open, are reported
	 * before any block is handed on, as when the document was parsed
	 * whole: in several pieces, that takes a first reading when the
	 * text may nest that deep or open such an element. */
	m.may_skip = len > piece_size && md_may_open_skipped(text, len);
	if (!m.stopped && len > piece_size &&
	    (m.may_skip || md_may_nest_deeper(text, len, MARKDOWN_MAX_NESTING))) {
		read_pieces(&m, &walk, text, len, piece_size, false);
		if (walk.open > 0)
			diag_finding(diag, RULE_ELEMENT_NOT_CLOSED, path, walk.open_line ? walk.open_line : 1,
				     _("raw HTML element is not closed; what follows it is ignored"));
		m.open_warned = walk.open > 0;
		if (walk.deep_line) {
			diag_finding(diag, RULE_INPUT_LIMIT, path, walk.deep_line,
				     _("Markdown nested more than %u deep"),
				     MARKDOWN_MAX_NESTING);
			m.failed = m.stopped = true;
		} else {
			m.failed = m.stopped = false;
			memset(&walk, 0, sizeof(walk));
		}
	}
	if (!m.stopped)
		read_pieces(&m, &walk, text, len, piece_size, true);
	if (m.table_end_pending)
		end_held_table(&m);
	if (m.html) {
		bool html_stopped = m.stopped;

		if (html_blocks_finish(m.html, &html_stopped) < 0)
			m.failed = true;
		m.stopped |= html_stopped;
		html_blocks_free(m.html);
	}
	strbuf_release(&m.text);
	strbuf_release(&m.lines);
	for (i = 0; i < BLOCK_MAX_CELLS; i++)
		strbuf_release(&m.cell_text[i]);
	md_defuse_release(&m.defuse);
	*stopped = m.stopped;
	return m.failed ? -1 : 0;
}

int markdown_blocks_read(const char *path, const char *text, size_t len, size_t piece_size,
			 struct diag *diag, block_fn *fn, void *arg, bool *stopped)
{
	return read_markdown(path, text, len, piece_size, true, diag, fn, arg, stopped);
}

int markdown_blocks_read_undefused(const char *path, const char *text, size_t len,
				   size_t piece_size, struct diag *diag, block_fn *fn, void *arg,
				   bool *stopped)
{
	return read_markdown(path, text, len, piece_size, false, diag, fn, arg, stopped);
}
