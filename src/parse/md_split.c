/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/md_split.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

bool md_next_line(const char *text, size_t len, size_t *pos, struct md_text_line *line)
{
	size_t i = *pos;

	if (i >= len)
		return false;
	line->start = text + i;
	while (i < len && text[i] != '\n' && text[i] != '\r')
		i++;
	line->end = text + i;
	if (i < len && text[i] == '\r')
		i++;
	if (i < len && text[i] == '\n')
		i++;
	line->number++;
	*pos = i;
	return true;
}

bool md_is_ascii_punct(char c)
{
	return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

bool md_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Past the container markers that can stand before a table line: white
 * space, block quote markers and list item markers, any number of them. */
const char *md_skip_containers(const char *p, const char *end)
{
	for (;;) {
		const char *q = p;

		if (p < end && (*p == ' ' || *p == '\t' || *p == '>')) {
			p++;
			continue;
		}
		if (q < end && (*q == '-' || *q == '*' || *q == '+')) {
			q++;
		} else {
			while (q < end && q - p < 9 && *q >= '0' && *q <= '9')
				q++;
			if (q == p || q == end || (*q != '.' && *q != ')'))
				return p;
			q++;
		}
		if (q == end || (*q != ' ' && *q != '\t'))
			return p;
		p = q;
	}
}

static bool is_table_space(char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/* The number of columns of a delimiter row such as "| :-- | --: |", or
 * 0 when p..end is not one. */
unsigned long md_delimiter_columns(const char *p, const char *end)
{
	unsigned long columns = 0;

	if (p < end && *p == '|')
		p++;
	for (;;) {
		const char *dashes;

		while (p < end && is_table_space(*p))
			p++;
		if (p == end && columns)
			return columns;
		if (p < end && *p == ':')
			p++;
		dashes = p;
		while (p < end && *p == '-')
			p++;
		if (p == dashes)
			return 0;
		if (p < end && *p == ':')
			p++;
		while (p < end && is_table_space(*p))
			p++;
		columns++;
		if (p == end)
			return columns;
		if (*p != '|')
			return 0;
		p++;
	}
}

int md_check_tables(const char *path, const char *text, size_t len, struct diag *diag)
{
	struct md_text_line line = { text, text, 0 };
	unsigned long columns = 0, cells = 0;
	bool previous_blank = true;
	size_t pos = 0;

	while (md_next_line(text, len, &pos, &line)) {
		const char *content = md_skip_containers(line.start, line.end);
		unsigned long width;

		if (content == line.end) {
			previous_blank = true;
			columns = 0;
			continue;
		}
		/* A delimiter row under any text may start a table, inside
		 * another table's rows too: the widest counts. */
		width = previous_blank ? 0 : md_delimiter_columns(content, line.end);
		previous_blank = false;
		if (width > MD_MAX_TABLE_COLUMNS) {
			diag_finding(diag, RULE_INPUT_LIMIT, path, line.number,
				     _("table has more than %u columns"), MD_MAX_TABLE_COLUMNS);
			return -1;
		}
		if (width > columns) {
			/* The header row above; the delimiter row has no cells. */
			cells += width;
			columns = width;
		} else {
			cells += columns;
		}
		if (cells > MD_MAX_TABLE_CELLS) {
			diag_finding(diag, RULE_INPUT_LIMIT, path, line.number,
				     _("the tables of this document have more than %u cells"), MD_MAX_TABLE_CELLS);
			return -1;
		}
	}
	return 0;
}

/* ---- pieces ---------------------------------------------------------- */

void md_splitter_init(struct md_splitter *s, const char *text, size_t len)
{
	memset(s, 0, sizeof(*s));
	s->text = text;
	s->len = len;
	s->line = 1;
	s->blank = s->plain = true;
}

void md_read_line(const struct md_splitter *s, struct md_line *l)
{
	struct md_text_line line = { NULL, NULL, 0 };
	size_t pos = s->pos, col = 0;
	const char *p;

	md_next_line(s->text, s->len, &pos, &line);
	l->start = line.start;
	l->end = line.end;
	l->next = pos;
	for (p = line.start; p < line.end && (*p == ' ' || *p == '\t'); p++)
		col = *p == '\t' ? col + 4 - col % 4 : col + 1;
	l->content = p;
	l->indent = col;
}

size_t md_run_of(const char *p, const char *end, char c)
{
	size_t n = 0;

	while (p + n < end && p[n] == c)
		n++;
	return n;
}

static bool only_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p == end;
}

/* A line of three or more '-', '*' or '_' and spaces (it is no list item). */
static bool is_thematic_break(const char *p, const char *end)
{
	char c = *p;
	size_t n = 0;

	if (c != '-' && c != '*' && c != '_')
		return false;
	for (; p < end; p++) {
		if (*p == c)
			n++;
		else if (*p != ' ' && *p != '\t')
			return false;
	}
	return n >= 3;
}

/* The marker of a list item starting at l->content ('-', '+', '*' for
 * bullets, '.' or ')' for ordered items), or 0; its content column in
 * *width, and whether nothing follows it on the line in *empty. */
static char list_marker(const struct md_line *l, size_t *width, bool *empty)
{
	const char *p = l->content, *q = p;
	char marker;
	size_t start, col;

	if (l->indent > 3 || p == l->end)
		return 0;
	if (*p == '-' || *p == '+' || *p == '*') {
		if (is_thematic_break(p, l->end))
			return 0;
		marker = *p;
		q = p + 1;
	} else {
		while (q < l->end && q - p < 9 && *q >= '0' && *q <= '9')
			q++;
		if (q == p || q == l->end || (*q != '.' && *q != ')'))
			return 0;
		marker = *q++;
	}
	if (q < l->end && *q != ' ' && *q != '\t')
		return 0;
	*empty = only_space(q, l->end);
	/* The columns of white space after the marker, tabs to 4. */
	start = col = l->indent + (size_t)(q - p);
	for (; q < l->end && (*q == ' ' || *q == '\t'); q++)
		col = *q == '\t' ? col + 4 - col % 4 : col + 1;
	/* Five columns or more: the content is indented code, one column
	 * after the marker. */
	*width = *empty || col - start > 4 ? start + 1 : col;
	return marker;
}

/* Whether l opens a fenced code block; its character and length in *c
 * and *n if so (else they are left alone). */
static bool is_fence_open(const struct md_line *l, char *c, size_t *n)
{
	const char *p = l->content;
	size_t run;

	if (l->indent > 3 || p == l->end || (*p != '`' && *p != '~'))
		return false;
	run = md_run_of(p, l->end, *p);
	/* A backtick fence's info string has no backtick. */
	if (run < 3 || (*p == '`' && memchr(p + run, '`', (size_t)(l->end - p - run))))
		return false;
	*c = *p;
	*n = run;
	return true;
}

static bool is_fence_close(const struct md_splitter *s, const struct md_line *l)
{
	size_t n = md_run_of(l->content, l->end, s->fence);

	return l->indent <= 3 && n >= s->fence_len && only_space(l->content + n, l->end);
}

static bool starts_nocase(const char *p, const char *end, const char *word)
{
	size_t n = strlen(word), i;

	if ((size_t)(end - p) < n)
		return false;
	for (i = 0; i < n; i++)
		if (text_lower_ascii(p[i]) != word[i])
			return false;
	return true;
}

static bool contains_nocase(const char *p, const char *end, const char *word)
{
	for (; p < end; p++)
		if (starts_nocase(p, end, word))
			return true;
	return false;
}

/* cmark-gfm 0.29 does not know <textarea> as one (CommonMark 0.30 does). */
static const char *const html_raw_tags[] = { "script", "pre", "style" };

/* Some of the elements that start a CommonMark raw HTML block of type 6,
 * which ends at a blank line (the others are taken as perhaps starting
 * one). */
static const char *const html_block_tags[] = {
	"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
	"details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main",
	"nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th",
	"thead", "title", "tr", "ul",
};

/* Whether p..end starts with a tag named name: "<name" or "</name", then
 * white space, the line end, '>' or "/>". */
static bool starts_tag(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	p += p + 1 < end && p[1] == '/' ? 2 : 1;
	if (!starts_nocase(p, end, name))
		return false;
	p += n;
	return p == end || *p == ' ' || *p == '\t' || *p == '>' ||
	       (*p == '/' && p + 1 < end && p[1] == '>');
}

/* The type (1..6) of a CommonMark raw HTML block starting at l->content,
 * as cmark-gfm 0.29 reads them, or 0: 1..5 may hold blank lines, 6 ends
 * at one. */
static int html_start(const struct md_line *l)
{
	const char *p = l->content, *end = l->end;
	size_t i, n;

	if (l->indent > 3 || end - p < 2 || *p != '<')
		return 0;
	for (i = 0; i < sizeof(html_raw_tags) / sizeof(html_raw_tags[0]); i++) {
		n = strlen(html_raw_tags[i]);
		if (starts_nocase(p + 1, end, html_raw_tags[i]) &&
		    (p + 1 + n == end || strchr(" \t>", p[1 + n])))
			return 1;
	}
	if (starts_nocase(p, end, "<!--"))
		return 2;
	if (p[1] == '?')
		return 3;
	if (p[1] == '!' && end - p > 2 && p[2] >= 'A' && p[2] <= 'Z')
		return 4;
	if (starts_nocase(p, end, "<![cdata["))
		return 5;
	for (i = 0; i < sizeof(html_block_tags) / sizeof(html_block_tags[0]); i++)
		if (starts_tag(p, end, html_block_tags[i]))
			return 6;
	return 0;
}

/* A line that may start a raw HTML block of type 7 (a tag alone on its
 * line), or of type 6 with an element not listed above. */
static bool may_start_html(const struct md_line *l)
{
	const char *p = l->content;

	return l->indent <= 3 && l->end - p >= 2 && *p == '<' &&
	       (p[1] == '/' || (p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z'));
}

static bool html_ends(int type, const char *p, const char *end)
{
	size_t i;

	switch (type) {
	case 1:
		for (i = 0; i < sizeof(html_raw_tags) / sizeof(html_raw_tags[0]); i++) {
			char close[16] = "</";

			memcpy(close + 2, html_raw_tags[i], strlen(html_raw_tags[i]));
			close[2 + strlen(html_raw_tags[i])] = '>';
			if (contains_nocase(p, end, close))
				return true;
		}
		return false;
	case 2:
		return contains_nocase(p, end, "-->");
	case 3:
		return contains_nocase(p, end, "?>");
	case 4:
		return memchr(p, '>', (size_t)(end - p)) != NULL;
	default:
		return contains_nocase(p, end, "]]>");
	}
}

/* The cells of a table row as cmark-gfm splits it: at each '|' not
 * escaped, a leading and a trailing one left out. */
static unsigned long row_cells(const char *p, const char *end)
{
	unsigned long cells = 1;
	const char *q;

	while (end > p && (is_table_space(end[-1]) || end[-1] == '\n' || end[-1] == '\r'))
		end--;
	while (p < end && is_table_space(*p))
		p++;
	if (p < end && *p == '|')
		p++;
	if (p == end)
		return 0;
	if (end > p && end[-1] == '|' && (end - 1 == p || end[-2] != '\\'))
		end--;
	for (q = p; q < end; q++) {
		if (*q == '\\' && q + 1 < end)
			q++;
		else if (*q == '|')
			cells++;
	}
	return cells;
}

/* A line that can only be a row of an open table: no block starts
 * with it. */
static bool is_plain_row(const struct md_line *l)
{
	size_t width;
	bool empty;
	char c;
	const char *p;

	if (l->indent || l->content == l->end || !memchr(l->content, '|', (size_t)(l->end - l->content)))
		return false;
	if (strchr(">#`~<=", *l->content) || list_marker(l, &width, &empty) ||
	    is_thematic_break(l->content, l->end) || is_fence_open(l, &c, &width))
		return false;
	for (p = l->content; p < l->end; p++)
		if (*p != '|' && !is_table_space(*p))
			return true;
	return false;
}

/* Whether the piece may be cut before line l (the state is that after
 * the line before it); *item: l is an item of a list; *table: a row
 * of a table. */
static bool may_cut_before(const struct md_splitter *s, const struct md_line *l, bool *item,
			   bool *table)
{
	size_t width;
	bool empty;
	char marker;

	*item = false;
	*table = false;
	if (s->lost || s->fence || s->html || s->maybe_html || l->indent ||
	    l->content == l->end)
		return false;
	if (s->table && is_plain_row(l)) {
		*table = true;
		return true;
	}
	marker = list_marker(l, &width, &empty);
	if (!marker)
		return s->blank;
	/* Another item of a list whose tight or loose form the cut could
	 * change for an item already read (doc/limits.md). */
	if (s->late)
		return false;
	*item = true;
	return s->blank || (s->list == marker && !s->uncertain);
}

/* Take line l, outside fenced code, raw HTML, tables and the items of
 * an open list, into the state: a list item, or text. */
static void scan_item_or_text(struct md_splitter *s, const struct md_line *l, bool was_blank,
			      bool was_plain)
{
	size_t width;
	bool empty;
	char marker;

	marker = list_marker(l, &width, &empty);
	if (marker) {
		/* A new list for sure: after a blank line, or under a list
		 * known to be open, a new item is at the top level. */
		if (marker != s->list && !s->uncertain && (was_blank || s->list))
			s->late = false;
		if (was_blank)
			s->uncertain = false;
		else if (marker != s->list)
			s->uncertain = true;
		s->list = marker;
		s->item_width = width;
		s->late |= empty;
		s->empty_item = empty;
		return;
	}
	if (!s->list) {
		/* Text of a top-level paragraph, perhaps a table's header. */
		s->plain = (was_blank || was_plain) && l->indent < 4 &&
			   !strchr(">#", *l->content) && !is_thematic_break(l->content, l->end);
		if (s->plain) {
			s->head_start = (size_t)(l->start - s->text);
			s->head_end = l->next;
		}
		return;
	}
	if (was_blank) {
		s->list = 0;
		s->late = s->uncertain = false;
	} else {
		s->uncertain = true;
	}
}

/* Take line l into the state. */
void md_scan_line(struct md_splitter *s, const struct md_line *l)
{
	bool was_blank = s->blank, was_plain = s->plain, empty_item = s->empty_item;
	unsigned long columns;
	int html;

	s->blank = false;
	s->plain = false;
	s->empty_item = false;
	s->literal = false;
	if (s->fence) {
		s->literal = !s->lost;
		if (is_fence_close(s, l))
			s->fence = 0;
		return;
	}
	if (s->html == 6) {
		if (l->content != l->end) {
			s->literal = !s->lost;
			return;
		}
		s->html = 0;    /* the blank line is read below */
	} else if (s->html) {
		s->literal = !s->lost;
		if (html_ends(s->html, l->start, l->end))
			s->html = 0;
		return;
	}
	/* Indented code: after a blank line (or more of it), no list open. */
	s->indented = l->content != l->end && l->indent >= 4 && !s->list && !s->table &&
		      (was_blank || s->indented);
	s->literal = s->indented && !s->lost;
	s->dense += l->next - (size_t)(l->start - s->text);
	if (l->content == l->end) {
		s->blank = s->plain = true;
		s->table = s->maybe_html = false;
		/* A blank line not indented as far as its content ends an
		 * item with nothing in it yet (its list may go on). */
		if (empty_item && l->indent < s->item_width)
			s->item_width = (size_t)-1;
		else
			s->empty_item = empty_item;
		return;
	}
	if (s->table) {
		if (is_plain_row(l))
			return;
		s->table = false;
	}
	/* Without a '|', "---" under text is a setext heading. */
	columns = l->indent < 4 && memchr(l->content, '|', (size_t)(l->end - l->content)) ?
		  md_delimiter_columns(l->content, l->end) : 0;
	if (columns && was_plain && !was_blank &&
	    row_cells(s->text + s->head_start, s->text + s->head_end) == columns) {
		/* A table: its header is the line before. */
		s->table = true;
		return;
	}
	if (s->list && l->indent >= s->item_width && !s->uncertain)
		return;         /* inside an item */
	html = html_start(l);
	if (html || is_fence_open(l, &s->fence, &s->fence_len)) {
		/* With an item perhaps open, it may be inside it or not; in
		 * raw HTML perhaps open, it may be HTML text or not. */
		if ((s->list && s->uncertain && l->indent >= s->item_width) ||
		    (s->maybe_html && html != 6))
			s->lost = true;
		s->list = 0;
		s->late = false;
		s->html = html;
		s->literal = !s->lost;
		if (html) {
			s->fence = 0;
			if (html_ends(html, l->content, l->end))
				s->html = 0;
		}
		return;
	}
	if (may_start_html(l))
		s->maybe_html = true;
	if (s->list && l->indent >= s->item_width)
		return;         /* inside an item, or text after it */
	scan_item_or_text(s, l, was_blank, was_plain);
}

bool md_splitter_next(struct md_splitter *s, size_t size, struct md_piece *piece)
{
	struct md_splitter last;
	struct md_line l;
	bool have_last = false, item = false, table = false, last_item = false;
	bool last_table = false;

	if (s->pos >= s->len)
		return false;
	piece->start = s->pos;
	piece->line = s->line;
	piece->item_next = piece->table_next = false;
	/* The rest fits: one piece, with nothing after it to look at (its
	 * dense bytes counted generously, as no piece follows to add). */
	if (size && s->len - s->pos <= size) {
		piece->end = s->pos = s->len;
		piece->dense = s->len - piece->start;
		return true;
	}
	s->dense = 0;
	while (s->pos < s->len) {
		md_read_line(s, &l);
		if (s->pos > piece->start && may_cut_before(s, &l, &item, &table)) {
			if (s->pos - piece->start > size)
				break;
			last = *s;
			last_item = item;
			last_table = table;
			have_last = true;
		}
		md_scan_line(s, &l);
		s->pos = l.next;
		s->line++;
	}
	if (s->pos < s->len) {
		if (have_last) {
			*s = last;
		} else {
			last_item = item;
			last_table = table;
		}
	} else if (have_last && s->pos - piece->start > size) {
		*s = last;
	} else {
		last_item = last_table = false;
	}
	piece->item_next = last_item;
	piece->table_next = last_table;
	piece->end = s->pos;
	piece->dense = s->dense;
	return true;
}

int md_check_blocks(const char *path, const char *text, size_t len, struct diag *diag)
{
	struct md_splitter s;
	struct md_piece piece;

	if (len <= MD_MAX_BLOCK)
		return 0;
	md_splitter_init(&s, text, len);
	while (md_splitter_next(&s, 0, &piece)) {
		if (piece.dense > MD_MAX_BLOCK) {
			diag_finding(diag, RULE_INPUT_LIMIT, path, piece.line,
				     _("Markdown block is longer than %u bytes"), MD_MAX_BLOCK);
			return -1;
		}
	}
	return 0;
}

/* How deep a paragraph's inline text may nest, at most: emphasis, each
 * level an opener and a closer character of '*' or '_' (told by
 * CommonMark's flanking rules, generously where cmark-gfm may see other
 * neighbours: after a container's marker or a table's pipe, beyond
 * ASCII); and images, each a '![' a ']' closes (by plain bracket
 * matching, which nothing can make shallower unless the paragraph may
 * hide brackets: in a code span, raw HTML or an autolink, in a link's
 * destination or title; then each '![' counts), and one link, which
 * cannot hold another. */
struct inline_depth {
	size_t open[2], close[2];       /* '*', '_' */
	size_t images;                  /* '![' */
	struct open_bracket {
		size_t chain;           /* the longest chain of images closed
					 * inside it */
		bool image;
	} *stack;
	size_t n, alloc;
	size_t deepest;                 /* the longest chain of images closed */
	bool plain;                     /* no bracket hidden */
};

static void inline_depth_reset(struct inline_depth *d)
{
	d->open[0] = d->open[1] = d->close[0] = d->close[1] = 0;
	d->images = d->n = d->deepest = 0;
	d->plain = true;
}

static size_t inline_depth_bound(const struct inline_depth *d)
{
	size_t emph = (d->open[0] < d->close[0] ? d->open[0] : d->close[0]) +
		      (d->open[1] < d->close[1] ? d->open[1] : d->close[1]);

	return emph + (d->plain ? d->deepest : d->images) + 1;
}

/* Forward-only searches over the text, for what lies ahead. */
struct ahead {
	const char *text, *end;
	const char *paren, *bracket, *gt;
};

/* The next c at or after p (of ')', '>' or a bracket for '['), or end. */
static const char *ahead_of(const struct ahead *a, const char **at, const char *p, char c)
{
	if (*at < p)
		*at = p;
	while (*at < a->end && (c == '[' ? **at != '[' && **at != ']' : **at != c))
		(*at)++;
	return *at;
}

/* A delimiter run of c between prev and next: whether it can open and
 * close emphasis (ASCII only: others may be anything). */
static void flanking(char c, char prev, char next, bool *can_open, bool *can_close)
{
	bool prev_space = prev == ' ' || prev == '\t' || prev == '\n' || prev == '\v' || prev == '\f';
	bool next_space = next == ' ' || next == '\t' || next == '\n' || next == '\v' || next == '\f';
	bool prev_punct = md_is_ascii_punct(prev), next_punct = md_is_ascii_punct(next);
	bool left, right;

	if ((unsigned char)prev >= 0x80 || (unsigned char)next >= 0x80) {
		*can_open = *can_close = true;
		return;
	}
	left = !next_space && (!next_punct || prev_space || prev_punct);
	right = !prev_space && (!prev_punct || next_space || next_punct);
	*can_open = c == '*' ? left : left && (!right || prev_punct);
	*can_close = c == '*' ? right : right && (!left || next_punct);
}

/* Take the line's content[..end) into d. */
static void inline_depth_line(struct inline_depth *d, struct ahead *a, const char *line_start,
			      const char *content, const char *end)
{
	const char *p;

	for (p = content; p < end; p++) {
		char c = *p;

		if (c == '\\' && p + 1 < end && md_is_ascii_punct(p[1])) {
			p++;
		} else if (c == '`') {
			d->plain = false;
		} else if (c == '<') {
			/* Raw HTML, an autolink or a destination in angle
			 * brackets ends at a '>'. */
			d->plain &= ahead_of(a, &a->gt, p, '>') == a->end;
		} else if (c == '*' || c == '_') {
			const char *q = p + md_run_of(p, end, c);
			/* At the content's start or a cell's edge, cmark-gfm may
			 * see white space on that side. */
			char prev = p > line_start ? p[-1] : '\n', next = q < end ? *q : '\n';
			bool open, close, open2, close2;

			flanking(c, prev, next, &open, &close);
			flanking(c, p == content || prev == '|' ? ' ' : prev, next == '|' ? ' ' : next,
				 &open2, &close2);
			d->open[c == '_'] += (open || open2) ? (size_t)(q - p) : 0;
			d->close[c == '_'] += (close || close2) ? (size_t)(q - p) : 0;
			p = q - 1;
		} else if (c == '[' || (c == '!' && p + 1 < end && p[1] == '[')) {
			p += c == '!';
			d->images += c == '!';
			XGROW(d->stack, d->alloc, d->n + 1);
			d->stack[d->n].chain = 0;
			d->stack[d->n++].image = c == '!';
		} else if (c == ']') {
			if (d->n) {
				struct open_bracket *b = &d->stack[--d->n];
				size_t chain = b->chain + b->image;

				if (chain > d->deepest)
					d->deepest = chain;
				if (d->n && d->stack[d->n - 1].chain < chain)
					d->stack[d->n - 1].chain = chain;
			}
			/* A link made here takes its destination and title, up
			 * to a ')', with any bracket in them. */
			if (p + 1 < end && p[1] == '(') {
				const char *paren = ahead_of(a, &a->paren, p + 2, ')');

				if (paren < a->end && ahead_of(a, &a->bracket, p + 2, '[') < paren)
					d->plain = false;
			}
		}
	}
}

bool md_may_nest_deeper(const char *text, size_t len, unsigned limit)
{
	struct md_text_line line = { text, text, 0 };
	struct inline_depth depth = { { 0, 0 }, { 0, 0 }, 0, NULL, 0, 0, 0, true };
	struct ahead a = { text, text + len, text, text, text };
	size_t pos = 0, containers = 0;
	bool deeper = false;

	while (!deeper && md_next_line(text, len, &pos, &line)) {
		const char *content = md_skip_containers(line.start, line.end), *p;
		size_t columns = 0;
		bool item = false;

		if (content == line.end) {
			/* Quotes and paragraphs end here; a list's deeper items
			 * are indented. */
			containers = 0;
			inline_depth_reset(&depth);
			continue;
		}
		/* Each column of the prefix opens at most one element. */
		for (p = line.start; p < content; p++) {
			columns += *p == '\t' ? 4 : 1;
			item |= *p != ' ' && *p != '\t' && *p != '>';
		}
		if (columns > containers)
			containers = columns;
		/* A new item starts a new paragraph. */
		if (item)
			inline_depth_reset(&depth);
		inline_depth_line(&depth, &a, line.start, content, line.end);
		deeper = containers + inline_depth_bound(&depth) + 16 > limit;
	}
	free(depth.stack);
	return deeper;
}
