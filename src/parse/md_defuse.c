/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/md_defuse.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/md_split.h"
#include "util/xalloc.h"

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
	struct md_text_line line = { NULL, NULL, 0 };
	size_t pos = r->start, images = 0;

	while (md_next_line(t, r->end, &pos, &line)) {
		const char *content = md_skip_containers(line.start, line.end);
		size_t i, start = (size_t)(line.start - t), end = (size_t)(line.end - t), bs = 0;
		unsigned ws = 0;
		bool head = true, head_ok = true;

		if (line.number > 1 && md_delimiter_columns(content, line.end))
			r->rows = true;
		for (i = start; i < end; i++) {
			char c = t[i];
			bool escaped = bs & 1;

			bs = c == '\\' ? bs + 1 : 0;
			if (c == '`') {
				size_t n = md_run_of(t + i, line.end, '`');

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
	while (i > r->start && md_is_space(r->text[i - 1]))
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
	if (j == i + 2 || j == r->end || !md_is_space(t[j]))
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
	struct md_text_line line = { NULL, NULL, 0 };
	struct inline_scan is;
	size_t pos = r->start;

	memset(&is, 0, sizeof(is));
	is.r = r;
	is.d = d;
	is.nr_ev = tick_events(r, is.ev);
	is.ahead.pos = r->start;
	while (md_next_line(t, r->end, &pos, &line)) {
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
			diag_finding(diag, RULE_INPUT_LIMIT, path, line.number + r->line - 1,
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
			diag_finding(diag, RULE_INPUT_LIMIT, path, line.number + r->line - 1,
				     _("Markdown table row has more than %u cells"), MD_MAX_ROW_CELLS);
			return -1;
		}
	}
	if (is.left_open > MD_MAX_OPEN_HTML) {
		diag_finding(diag, RULE_INPUT_LIMIT, path, r->line,
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
			i += i + 1 < end && md_is_ascii_punct(t[i + 1]) ? 2 : 1;
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
	struct md_text_line line = { NULL, NULL, 0 };
	struct brackets b;
	size_t pos = r->start;

	if (r->bracket_bound <= budget)
		return 0;
	memset(&b, 0, sizeof(b));
	b.r = r;
	b.d = d;
	b.lost = refdefs || r->has_lt || r->has_tick || r->caret_image;
	while (!b.lost && md_next_line(r->text, r->end, &pos, &line)) {
		size_t start = (size_t)(line.start - r->text), end = (size_t)(line.end - r->text);
		size_t left;

		read_openers(&b, start, end, false);
		left = b.n;
		read_openers(&b, start, end, true);
		b.earlier += left;
	}
	free(b.stack);
	if (b.lost || b.steps > budget) {
		diag_finding(diag, RULE_INPUT_LIMIT, path, r->line,
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
		md_read_line(&s, &l);
		md_scan_line(&s, &l);
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
