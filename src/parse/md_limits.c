/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/md_limits.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

/* One line of the document, as cmark-gfm splits them: at "\n", "\r\n"
 * or a lone "\r". */
struct line {
	const char *start;
	const char *end;        /* the line end, excluded */
	unsigned number;
};

static bool next_line(const char *text, size_t len, size_t *pos, struct line *line)
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

static bool is_ascii_punct(char c)
{
	return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static bool is_space_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Past the container markers that can stand before a table line: white
 * space, block quote markers and list item markers, any number of them. */
static const char *skip_containers(const char *p, const char *end)
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
static unsigned long delimiter_columns(const char *p, const char *end)
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
	struct line line = { text, text, 0 };
	unsigned long columns = 0, cells = 0;
	bool previous_blank = true;
	size_t pos = 0;

	while (next_line(text, len, &pos, &line)) {
		const char *content = skip_containers(line.start, line.end);
		unsigned long width;

		if (content == line.end) {
			previous_blank = true;
			columns = 0;
			continue;
		}
		/* A delimiter row under any text may start a table, inside
		 * another table's rows too: the widest counts. */
		width = previous_blank ? 0 : delimiter_columns(content, line.end);
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

/* One line as the splitter sees it. */
struct md_line {
	const char *start, *end;        /* without its line end */
	const char *content;            /* past the leading white space */
	size_t indent;                  /* columns of it, tabs to 4 */
	size_t next;                    /* offset of the next line */
};

static void read_line(const struct md_splitter *s, struct md_line *l)
{
	struct line line = { NULL, NULL, 0 };
	size_t pos = s->pos, col = 0;
	const char *p;

	next_line(s->text, s->len, &pos, &line);
	l->start = line.start;
	l->end = line.end;
	l->next = pos;
	for (p = line.start; p < line.end && (*p == ' ' || *p == '\t'); p++)
		col = *p == '\t' ? col + 4 - col % 4 : col + 1;
	l->content = p;
	l->indent = col;
}

static size_t run_of(const char *p, const char *end, char c)
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
	run = run_of(p, l->end, *p);
	/* A backtick fence's info string has no backtick. */
	if (run < 3 || (*p == '`' && memchr(p + run, '`', (size_t)(l->end - p - run))))
		return false;
	*c = *p;
	*n = run;
	return true;
}

static bool is_fence_close(const struct md_splitter *s, const struct md_line *l)
{
	size_t n = run_of(l->content, l->end, s->fence);

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

/* Take line l into the state. */
static void scan_line(struct md_splitter *s, const struct md_line *l)
{
	size_t width;
	bool empty, was_blank = s->blank, was_plain = s->plain, empty_item = s->empty_item;
	unsigned long columns;
	char marker;
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
		  delimiter_columns(l->content, l->end) : 0;
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
		read_line(s, &l);
		if (s->pos > piece->start && may_cut_before(s, &l, &item, &table)) {
			if (s->pos - piece->start > size)
				break;
			last = *s;
			last_item = item;
			last_table = table;
			have_last = true;
		}
		scan_line(s, &l);
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
	bool prev_punct = is_ascii_punct(prev), next_punct = is_ascii_punct(next);
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

		if (c == '\\' && p + 1 < end && is_ascii_punct(p[1])) {
			p++;
		} else if (c == '`') {
			d->plain = false;
		} else if (c == '<') {
			/* Raw HTML, an autolink or a destination in angle
			 * brackets ends at a '>'. */
			d->plain &= ahead_of(a, &a->gt, p, '>') == a->end;
		} else if (c == '*' || c == '_') {
			const char *q = p + run_of(p, end, c);
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
	struct line line = { text, text, 0 };
	struct inline_depth depth = { { 0, 0 }, { 0, 0 }, 0, NULL, 0, 0, 0, true };
	struct ahead a = { text, text + len, text, text, text };
	size_t pos = 0, containers = 0;
	bool deeper = false;

	while (!deeper && next_line(text, len, &pos, &line)) {
		const char *content = skip_containers(line.start, line.end), *p;
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

/* ---- inline constructs cmark-gfm 0.29.0.gfm.6 is quadratic on ------------- */

/* The longest backtick run that opens a code span (cmark's MAXBACKTICKS). */
#define MAX_TICKS 80

/* Cells a line keeps before its pipes are escaped: 66 or more, so that a
 * line that was no table header (more than 64 cells) stays none, and
 * cmark-gfm reads the same first 64 cells of a row. */
#define KEPT_PIPES 67u

/* Most pipes gfm.6 counts in a row (its count is 16 bits wide). */
#define MAX_PIPES 65535u

void md_defuse_release(struct md_defuse *d)
{
	free(d->marks);
	memset(d, 0, sizeof(*d));
}

bool md_defuse_at(const struct md_defuse *d, size_t i)
{
	return d->marks && i < d->len && (d->marks[i >> 3] >> (i & 7)) & 1;
}

static void defuse_mark(struct md_defuse *d, size_t i)
{
	if (!d->marks)
		d->marks = xcalloc(d->len / 8 + 1, 1);
	if (!md_defuse_at(d, i)) {
		d->marks[i >> 3] |= (unsigned char)(1u << (i & 7));
		d->count++;
	}
}

void md_defuse_clear(struct md_defuse *d, size_t i)
{
	if (md_defuse_at(d, i)) {
		d->marks[i >> 3] &= (unsigned char)~(1u << (i & 7));
		d->count--;
	}
}

/* A run of lines with no blank line between them, outside what the
 * splitter knows to be top-level fenced code, indented code and raw HTML
 * blocks: every inline text cmark-gfm parses as one (a paragraph, a
 * heading, a table cell) lies within one such run. */
struct region {
	const char *text;
	size_t start, end;      /* text[start..end), whole lines */
	unsigned line;          /* the first one */
	/* Backtick runs of each length: the first and last start, + 1. */
	size_t tick_first[MAX_TICKS + 1], tick_last[MAX_TICKS + 1];
	/* The last start of each closer, + 1 (0: none). */
	size_t last_pi, last_cdata, last_gt;
	bool has_lt, has_tick, caret_image;     /* '<', '`', "![^" */
	bool rows;              /* a line after the first may be a table's
				 * delimiter row: every line may be parsed
				 * as a row */
	uint64_t bracket_bound; /* steps of cmark-gfm's walks over image
				 * openers, at most */
};

/* A table separator as gfm.6 splits a row: a '|' no backslash precedes. */
static bool is_pipe(const char *t, size_t i, size_t line_start)
{
	return t[i] == '|' && (i == line_start || t[i - 1] != '\\');
}

static void add_tick_run(struct region *r, size_t len, size_t at)
{
	if (len < 1 || len > MAX_TICKS)
		return;
	if (!r->tick_first[len])
		r->tick_first[len] = at + 1;
	r->tick_last[len] = at + 1;
}

/* One reading of the region for what the others need. */
static void survey_region(struct region *r)
{
	const char *t = r->text;
	struct line line = { NULL, NULL, 0 };
	size_t pos = r->start, images = 0;

	while (next_line(t, r->end, &pos, &line)) {
		const char *content = skip_containers(line.start, line.end);
		size_t i, start = (size_t)(line.start - t), end = (size_t)(line.end - t), bs = 0;
		unsigned ws = 0;
		bool head = true, head_ok = true;

		if (line.number > 1 && delimiter_columns(content, line.end))
			r->rows = true;
		for (i = start; i < end; i++) {
			char c = t[i];
			bool escaped = bs & 1;

			bs = c == '\\' ? bs + 1 : 0;
			if (c == '`') {
				size_t n = run_of(t + i, line.end, '`');

				add_tick_run(r, n, i);
				/* Escaped, its first tick is text: a run of
				 * one fewer (inside a code span it is not). */
				if (escaped)
					add_tick_run(r, n - 1, i + 1);
				r->has_tick = true;
				i += n - 1;
				head = false;
				continue;
			}
			if (c == '?' && i + 1 < end && t[i + 1] == '>')
				r->last_pi = i + 1;
			else if (c == ']' && i + 2 < end && t[i + 1] == ']' && t[i + 2] == '>')
				r->last_cdata = i + 1;
			else if (c == '<')
				r->has_lt = true;
			if (c == '>') {
				/* At the head of its line, with less than 4
				 * columns of space before it and every marker
				 * before it, a '>' is a block quote's marker
				 * (or starts one): never text of a paragraph. */
				if (!(head && head_ok && ws < 4))
					r->last_gt = i + 1;
				ws = 0;
				continue;
			}
			if (c == ' ' || c == '\t') {
				ws += c == '\t' ? 4 : 1;
				head_ok = head_ok && ws < 4;
				continue;
			}
			head = false;
			if (escaped)
				continue;
			if (c == '!' && i + 1 < end && t[i + 1] == '[') {
				images++;
				r->caret_image |= i + 2 < end && t[i + 2] == '^';
				i++;
			} else if (c == ']' && r->bracket_bound < UINT64_MAX - images) {
				r->bracket_bound += images;
			}
		}
	}
}

/* Where a code span may be: for each backtick run length, from just
 * after its first run to the end of its last, as events sorted by
 * position (+1 enters, -1 leaves). */
struct tick_event {
	size_t pos;
	int delta;
};

static int compare_events(const void *a, const void *b)
{
	const struct tick_event *x = a, *y = b;

	return x->pos < y->pos ? -1 : x->pos > y->pos ? 1 : x->delta - y->delta;
}

static size_t tick_events(const struct region *r, struct tick_event *ev)
{
	size_t n = 0, len;

	for (len = 1; len <= MAX_TICKS; len++) {
		if (!r->tick_first[len] || r->tick_first[len] == r->tick_last[len])
			continue;
		ev[n].pos = r->tick_first[len];         /* start + 1 */
		ev[n++].delta = 1;
		ev[n].pos = r->tick_last[len] - 1 + len;
		ev[n++].delta = -1;
	}
	qsort(ev, n, sizeof(*ev), compare_events);
	return n;
}

/* A position that moves forward only, for what lies ahead. */
struct cursor {
	size_t pos;
	size_t bs;              /* backslashes right before pos */
};

/* The next '[' or ']' no backslash escapes, at or after from. */
static size_t next_bracket(const struct region *r, struct cursor *c, size_t from)
{
	const char *t = r->text;

	while (c->pos < r->end &&
	       (c->pos < from || (t[c->pos] != '[' && t[c->pos] != ']') || (c->bs & 1))) {
		c->bs = t[c->pos] == '\\' ? c->bs + 1 : 0;
		c->pos++;
	}
	return c->pos;
}

/* The next place at or after from where word starts, before end. */
static size_t next_word(const char *t, size_t *ptr, size_t from, size_t end, const char *word)
{
	size_t n = strlen(word);

	if (*ptr < from)
		*ptr = from;
	while (*ptr + n <= end && memcmp(t + *ptr, word, n))
		(*ptr)++;
	return *ptr + n <= end ? *ptr : end;
}

/* What the reading of one region for '<' and '|' keeps. */
struct inline_scan {
	const struct region *r;
	struct md_defuse *d;
	struct tick_event ev[2 * MAX_TICKS];
	size_t nr_ev, at_ev;
	int in_ticks;           /* code spans that may be open here */
	size_t last_bracket;    /* the last '[' or ']' not escaped, + 1 */
	char last_bracket_c;
	struct cursor ahead;
	unsigned left_open;     /* '<?', '<!X ', CDATA kept that may not close */
};

/* Whether text[i] may be inside a link label ("[...]", up to 999
 * characters, no other bracket inside). */
static bool in_label(struct inline_scan *is, size_t i)
{
	size_t close;

	if (is->last_bracket_c != '[')
		return false;
	close = next_bracket(is->r, &is->ahead, i + 1);
	return close < is->r->end && is->r->text[close] == ']' && close + 1 - is->last_bracket <= 1002;
}

/* Whether the '<' at text[i] may start an email autolink (whose local
 * part may hold '?', '!' and '|'). */
static bool may_start_email(const struct region *r, size_t i)
{
	const char *t = r->text;

	for (i++; i < r->end && t[i] != '\n' && t[i] != '\r'; i++) {
		if (t[i] == '@')
			return true;
		if (!((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z') ||
		      (t[i] >= '0' && t[i] <= '9') || strchr(".!#$%&'*+/=?^_`{|}~-", t[i])))
			return false;
	}
	return false;
}

/* Whether the '<' at text[i] follows "(" or ":" and white space: there it
 * may open a link destination in angle brackets. */
static bool may_open_destination(const struct region *r, size_t i)
{
	while (i > r->start && is_space_char(r->text[i - 1]))
		i--;
	return i > r->start && (r->text[i - 1] == '(' || r->text[i - 1] == ':');
}

/* The kinds of raw HTML cmark-gfm searches to the block's end for. */
enum open_html {
	OPEN_NONE, OPEN_PI, OPEN_DECL, OPEN_CDATA
};

/* The kind of raw HTML that starts at the '<' at text[i] and may run to
 * the block's end, the offset its closer may start at in *after, and
 * where the backslash that defuses it goes in *mark. */
static enum open_html open_html_at(const struct region *r, size_t i, size_t *after, size_t *mark)
{
	const char *t = r->text;
	size_t j;

	if (i + 1 >= r->end)
		return OPEN_NONE;
	if (t[i + 1] == '?') {
		*after = i + 2;
		*mark = i + 1;
		return OPEN_PI;
	}
	if (t[i + 1] != '!')
		return OPEN_NONE;
	if (r->end - i >= 9 && !memcmp(t + i, "<![CDATA[", 9)) {
		*after = i + 9;
		*mark = i;
		return OPEN_CDATA;
	}
	for (j = i + 2; j < r->end && t[j] >= 'A' && t[j] <= 'Z'; j++)
		;
	if (j == i + 2 || j == r->end || !is_space_char(t[j]))
		return OPEN_NONE;
	*after = j + 1;
	*mark = i + 1;
	return OPEN_DECL;
}

/* Per line: where the next closer and the next cell or line end are. */
struct line_ahead {
	size_t end;             /* of the line */
	size_t pi, cdata, gt, pipe;
};

/* Whether raw HTML of kind opened at text[i] (its closer from after) may
 * not close before its line or its table cell ends. */
static bool may_stay_open(const struct region *r, struct line_ahead *la, enum open_html kind,
			  size_t i, size_t after, size_t line_start)
{
	const char *t = r->text;
	size_t close, cell;

	if (la->pipe < i)
		la->pipe = i;
	while (la->pipe < la->end && !is_pipe(t, la->pipe, line_start))
		la->pipe++;
	cell = la->pipe;
	if (kind == OPEN_PI)
		close = next_word(t, &la->pi, after, la->end, "?>");
	else if (kind == OPEN_CDATA)
		close = next_word(t, &la->cdata, after, la->end, "]]>");
	else
		close = next_word(t, &la->gt, after, la->end, ">");
	return close >= cell;
}

/* The '<' at text[i]: defuse what cmark-gfm would search to the block's
 * end for, where the backslash changes nothing; count what stays. */
static void defuse_open_html(struct inline_scan *is, struct line_ahead *la, size_t i,
			     size_t line_start, bool head)
{
	const struct region *r = is->r;
	size_t after = 0, mark = 0;
	enum open_html kind = open_html_at(r, i, &after, &mark);
	bool closes;

	if (kind == OPEN_NONE)
		return;
	if (kind == OPEN_PI)
		closes = r->last_pi > after;
	else if (kind == OPEN_CDATA)
		closes = r->last_cdata > after;
	else
		closes = r->last_gt > after;
	/* Not where it may close, be code, a link label, start a raw HTML
	 * block or an autolink, or open a destination '\<' would change. */
	if (!closes && !is->in_ticks && !head && !in_label(is, i) && !may_start_email(r, i) &&
	    !(kind == OPEN_CDATA && may_open_destination(r, i))) {
		defuse_mark(is->d, mark);
		return;
	}
	if (may_stay_open(r, la, kind, i, after, line_start))
		is->left_open++;
}

/* Read the region for '<' and '|': defuse, and count what stays.
 * Return 0, or -1 after reporting a region that holds too much. */
static int defuse_html_and_rows(const char *path, struct region *r, struct md_defuse *d,
				struct diag *diag)
{
	const char *t = r->text;
	struct line line = { NULL, NULL, 0 };
	struct inline_scan is;
	size_t pos = r->start;

	memset(&is, 0, sizeof(is));
	is.r = r;
	is.d = d;
	is.nr_ev = tick_events(r, is.ev);
	is.ahead.pos = r->start;
	while (next_line(t, r->end, &pos, &line)) {
		size_t start = (size_t)(line.start - t), end = (size_t)(line.end - t), i, bs = 0;
		size_t pipes = 0, seen = 0, kept = 0;
		bool lt = false;        /* in what may be an autolink: after a '<'
					 * with no space, '<' or '>' since */
		struct line_ahead la = { end, start, start, start, start };
		bool head = true;

		if (r->rows)
			for (i = start; i < end; i++)
				pipes += is_pipe(t, i, start);
		if (pipes > MAX_PIPES) {
			diag_error(diag, path, line.number + r->line - 1,
				   _("Markdown table row has more than %u cells"), MD_MAX_ROW_CELLS);
			return -1;
		}
		for (i = start; i < end; i++) {
			char c = t[i];
			bool escaped = bs & 1;

			while (is.at_ev < is.nr_ev && is.ev[is.at_ev].pos <= i)
				is.in_ticks += is.ev[is.at_ev++].delta;
			bs = c == '\\' ? bs + 1 : 0;
			if (c == '<' && !escaped) {
				defuse_open_html(&is, &la, i, start, head);
				lt = true;
			} else if ((c == '[' || c == ']') && !escaped) {
				is.last_bracket = i + 1;
				is.last_bracket_c = c;
			} else if (c == '>' || c == ' ' || c == '\t') {
				lt = false;
			}
			if (pipes > KEPT_PIPES && is_pipe(t, i, start) && ++seen > KEPT_PIPES) {
				if (!is.in_ticks && !lt && !in_label(&is, i))
					defuse_mark(d, i);
				else
					kept++;
			}
			head = head && strchr(" \t>-+*.)0123456789", c);
		}
		if (pipes > KEPT_PIPES && KEPT_PIPES + kept > MD_MAX_ROW_CELLS) {
			diag_error(diag, path, line.number + r->line - 1,
				   _("Markdown table row has more than %u cells"), MD_MAX_ROW_CELLS);
			return -1;
		}
	}
	if (is.left_open > MD_MAX_OPEN_HTML) {
		diag_error(diag, path, r->line,
			   _("Markdown block has more than %u unclosed '<?', '<!' or '<![CDATA[' "
			     "that cannot be made safe for cmark-gfm"), MD_MAX_OPEN_HTML);
		return -1;
	}
	return 0;
}

/* ---- image openers ---------------------------------------------------------- */

/* cmark-gfm's stack of '[' and '![' not yet closed, as one region's lines
 * push and pop it.  A link made walks down it from the top, past every
 * image opener, to the first link opener it made inactive before: with
 * images never closed below, each link costs them all. */
struct opener {
	size_t pos;             /* of its '[' */
	long link;              /* the nearest link opener at or below it, or -1 */
	bool image;
};

struct brackets {
	const struct region *r;
	struct md_defuse *d;
	struct opener *stack;
	size_t n, alloc;
	size_t inactive;        /* link openers below this index are inactive,
				 * those above active */
	size_t earlier;         /* openers the lines before left open */
	uint64_t steps;         /* of the walks */
	bool lost;              /* cannot tell what cmark-gfm does */
};

static void push_opener(struct brackets *b, size_t pos, bool image)
{
	struct opener *o;

	XGROW(b->stack, b->alloc, b->n + 1);
	o = &b->stack[b->n];
	o->pos = pos;
	o->image = image;
	o->link = image ? (b->n ? b->stack[b->n - 1].link : -1) : (long)b->n;
	b->n++;
}

static void pop_opener(struct brackets *b)
{
	b->n--;
	if (b->inactive > b->n)
		b->inactive = b->n;
}

/* A link was made: cmark-gfm walks down to the first inactive link
 * opener (or into the openers of the lines before, whose link openers it
 * makes inactive once, and whose images are defused). */
static void walk_openers(struct brackets *b)
{
	long stop = b->inactive ? b->stack[b->inactive - 1].link : -1;

	b->steps += b->n - (size_t)(stop + 1) + 1;
	b->inactive = b->n;
}

/* The end of an inline link's "(destination)" at text[j], after a ']':
 * 0 when there is none there, (size_t)-1 when cmark-gfm's answer is not
 * plain from this line alone (spaces, titles, parentheses, escapes...). */
static size_t inline_link_end(const char *t, size_t j, size_t end)
{
	if (j >= end || t[j] != '(')
		return 0;
	for (j++; j < end; j++) {
		char c = t[j];

		if (c == ')')
			return j + 1;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      strchr("/._~:#?=&%+-", c)))
			break;
	}
	return (size_t)-1;
}

/* One line of the region.  The first time, image openers it leaves open
 * are marked to be defused; the second time they are text, and the
 * walks' steps are counted.  A ']' that may close an opener of another
 * line or table cell, or a link this reading cannot judge alone, loses
 * the region. */
static void read_openers(struct brackets *b, size_t start, size_t end, bool counting)
{
	const char *t = b->r->text;
	size_t i = start, cell = start;

	b->n = b->inactive = 0;
	while (i < end && !b->lost) {
		char c = t[i];

		if (c == '\\') {
			i += i + 1 < end && is_ascii_punct(t[i + 1]) ? 2 : 1;
		} else if (c == '|') {
			cell = i++;
		} else if (c == '!' && i + 1 < end && t[i + 1] == '[') {
			if (!counting || !md_defuse_at(b->d, i + 1))
				push_opener(b, i + 1, true);
			i += 2;
		} else if (c == '[') {
			push_opener(b, i++, false);
		} else if (c != ']') {
			i++;
		} else if (!b->n) {
			b->lost = b->earlier > 0;
			i++;
		} else {
			struct opener top = b->stack[b->n - 1];
			size_t after = 0;

			if (top.pos < cell) {
				b->lost = true;
				break;
			}
			if (top.image || b->n - 1 >= b->inactive)
				after = inline_link_end(t, i + 1, end);
			if (after == (size_t)-1) {
				b->lost = true;
				break;
			}
			pop_opener(b);
			if (after && !top.image && counting)
				walk_openers(b);
			else if (after && !top.image)
				b->inactive = b->n;
			i = after ? after : i + 1;
		}
	}
	if (!counting) {
		size_t k;

		for (k = 0; k < b->n; k++)
			if (b->stack[k].image)
				defuse_mark(b->d, b->stack[k].pos);
	}
}

/* A region whose walks over image openers may cost more than its
 * budget: defuse the image openers no ']' closes, where that changes
 * nothing (no code spans, raw HTML, autolinks or reference definitions
 * to judge), and count the rest.  Return 0, or -1 after reporting it. */
static int defuse_images(const char *path, const struct region *r, bool refdefs,
			 struct md_defuse *d, struct diag *diag)
{
	uint64_t budget = (uint64_t)MD_BRACKET_STEPS_PER_BYTE * (r->end - r->start) + 65536;
	struct line line = { NULL, NULL, 0 };
	struct brackets b;
	size_t pos = r->start;

	if (r->bracket_bound <= budget)
		return 0;
	memset(&b, 0, sizeof(b));
	b.r = r;
	b.d = d;
	b.lost = refdefs || r->has_lt || r->has_tick || r->caret_image;
	while (!b.lost && next_line(r->text, r->end, &pos, &line)) {
		size_t start = (size_t)(line.start - r->text), end = (size_t)(line.end - r->text);
		size_t left;

		read_openers(&b, start, end, false);
		left = b.n;
		read_openers(&b, start, end, true);
		b.earlier += left;
	}
	free(b.stack);
	if (b.lost || b.steps > budget) {
		diag_error(diag, path, r->line,
			   _("Markdown block has too many image openers ('![') left open around links "
			     "for cmark-gfm"));
		return -1;
	}
	return 0;
}

/* ---- the whole text ------------------------------------------------------- */

/* Ready for the next region (its backtick runs cleared only if it had
 * any: most have none). */
static void region_reset(struct region *r)
{
	if (r->has_tick) {
		memset(r->tick_first, 0, sizeof(r->tick_first));
		memset(r->tick_last, 0, sizeof(r->tick_last));
	}
	r->last_pi = r->last_cdata = r->last_gt = 0;
	r->has_lt = r->has_tick = r->caret_image = r->rows = false;
	r->bracket_bound = 0;
}

static int scan_region(const char *path, struct region *r, bool refdefs, struct md_defuse *d,
		       struct diag *diag)
{
	survey_region(r);
	if (defuse_html_and_rows(path, r, d, diag) < 0)
		return -1;
	return defuse_images(path, r, refdefs, d, diag);
}

/* Whether text[0..len) holds anything cmark-gfm may be slow on: a '<?',
 * '<!X' or '<![' (raw HTML it may search to a block's end for), a line
 * of more than KEPT_PIPES pipes, or as many image openers and ']' as
 * could make walks past the smallest budget.  Most documents have none,
 * and are read as they are. */
static bool may_need_defusing(const char *text, size_t len)
{
	static const bool special[256] = {
		['<'] = true, ['|'] = true, ['!'] = true, [']'] = true, ['\n'] = true, ['\r'] = true,
	};
	size_t i, pipes = 0;
	uint64_t images = 0, closers = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (!special[c])
			continue;
		if (c == '<' && i + 1 < len &&
		    (text[i + 1] == '?' || (text[i + 1] == '!' && i + 2 < len &&
					    ((text[i + 2] >= 'A' && text[i + 2] <= 'Z') || text[i + 2] == '['))))
			return true;
		if (c == '|' && ++pipes > KEPT_PIPES)
			return true;
		if (c == '\n' || c == '\r')
			pipes = 0;
		images += c == '!' && i + 1 < len && text[i + 1] == '[';
		closers += c == ']';
	}
	return images * closers > 65536;
}

int md_defuse_scan(const char *path, const char *text, size_t len, struct md_defuse *d,
		   struct diag *diag)
{
	struct md_splitter s;
	struct md_line l;
	struct region r;
	bool open = false, refdefs = false;
	size_t i;

	memset(d, 0, sizeof(*d));
	memset(&r, 0, sizeof(r));
	d->len = len;
	if (!may_need_defusing(text, len))
		return 0;
	/* No "]:", no reference definition: no reference link is made. */
	for (i = 0; i + 1 < len && !refdefs; i++)
		refdefs = text[i] == ']' && text[i + 1] == ':';
	md_splitter_init(&s, text, len);
	while (s.pos < len) {
		read_line(&s, &l);
		scan_line(&s, &l);
		if (l.content == l.end || s.literal) {
			if (open && scan_region(path, &r, refdefs, d, diag) < 0)
				return -1;
			open = false;
		} else {
			if (!open) {
				region_reset(&r);
				r.text = text;
				r.start = (size_t)(l.start - text);
				r.line = s.line;
				open = true;
			}
			r.end = l.next;
		}
		s.pos = l.next;
		s.line++;
	}
	if (open && scan_region(path, &r, refdefs, d, diag) < 0)
		return -1;
	return 0;
}
