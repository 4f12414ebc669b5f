/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

void diag_init(struct diag *d, FILE *out)
{
	memset(d, 0, sizeof(*d));
	d->out = out ? out : stderr;
	d->show_notes = true;
}

/* A message formatted, waiting for diag_flush(). */
struct diag_held {
	unsigned line;
	size_t seq;                 /* order reported: the sort is stable */
	char *text;                 /* the whole line, newline included */
};

/* The messages of one format string, severity and path, past the first
 * kind_limit of them. */
struct diag_kind {
	char *path;                 /* a copy */
	const char *fmt;
	enum diag_severity severity;
	unsigned shown;             /* printed, or held */
	unsigned long hidden;       /* counted only */
	unsigned hidden_line;       /* the lowest line of those */
	unsigned last_line;         /* not holding: of the last one printed */
	size_t *held;               /* holding: their places in d->held */
	size_t max;                 /* of held[], the one that sorts last */
};

/* A failed write leaves its mark on d->out: see diag_failed(). */
static void put_line(struct diag *d, const char *text, size_t len)
{
	fwrite(text, 1, len, d->out);
}

static bool held_before(const struct diag_held *a, const struct diag_held *b)
{
	return a->line != b->line ? a->line < b->line : a->seq < b->seq;
}

static int compare_held(const void *pa, const void *pb)
{
	const struct diag_held *a = pa, *b = pb;

	if (held_before(a, b))
		return -1;
	return held_before(b, a);
}

static void forget_kinds(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->nr_kinds; i++) {
		free(d->kinds[i].path);
		free(d->kinds[i].held);
	}
	free(d->kinds);
	d->kinds = NULL;
	d->nr_kinds = d->alloc_kinds = d->last_kind = 0;
}

void diag_hold(struct diag *d)
{
	diag_report_hidden(d);
	d->holding = true;
	d->nr_reported = 0;
}

void diag_flush(struct diag *d)
{
	size_t i;

	diag_report_hidden(d);
	if (d->nr_held)
		qsort(d->held, d->nr_held, sizeof(*d->held), compare_held);
	for (i = 0; i < d->nr_held; i++) {
		put_line(d, d->held[i].text, strlen(d->held[i].text));
		free(d->held[i].text);
	}
	free(d->held);
	d->held = NULL;
	d->nr_held = d->alloc_held = 0;
	d->holding = false;
}

static bool is_kind(const struct diag_kind *k, const char *path, const char *fmt,
		    enum diag_severity severity)
{
	return k->fmt == fmt && k->severity == severity && !strcmp(k->path, path);
}

static struct diag_kind *find_kind(struct diag *d, const char *path, const char *fmt,
				   enum diag_severity severity)
{
	struct diag_kind *k;
	size_t i;

	if (d->last_kind < d->nr_kinds && is_kind(&d->kinds[d->last_kind], path, fmt, severity))
		return &d->kinds[d->last_kind];
	for (i = 0; i < d->nr_kinds; i++) {
		if (is_kind(&d->kinds[i], path, fmt, severity)) {
			d->last_kind = i;
			return &d->kinds[i];
		}
	}
	XGROW(d->kinds, d->alloc_kinds, d->nr_kinds + 1);
	k = &d->kinds[d->nr_kinds];
	memset(k, 0, sizeof(*k));
	k->path = xstrdup(path);
	k->fmt = fmt;
	k->severity = severity;
	d->last_kind = d->nr_kinds++;
	return k;
}

static void hide(struct diag_kind *k, unsigned line)
{
	if (!k->hidden++ || line < k->hidden_line)
		k->hidden_line = line;
}

/* Held message slot is now one of k's: find again which of them sorts last. */
static void held_as(struct diag *d, struct diag_kind *k, size_t slot)
{
	size_t i;

	if (k->shown < d->kind_limit) {
		if (!k->held)
			k->held = xcalloc(d->kind_limit, sizeof(*k->held));
		k->held[k->shown++] = slot;
	}
	k->max = 0;
	for (i = 1; i < k->shown; i++)
		if (held_before(&d->held[k->held[k->max]], &d->held[k->held[i]]))
			k->max = i;
}

/* Print text, or hold it at line; slot is the held message it replaces,
 * or SIZE_MAX.  Return where it is held (SIZE_MAX: printed). */
static size_t deliver(struct diag *d, unsigned line, struct strbuf *text, size_t slot)
{
	struct diag_held *h;

	if (!d->holding) {
		put_line(d, text->buf, text->len);
		strbuf_release(text);
		return SIZE_MAX;
	}
	if (slot == SIZE_MAX) {
		XGROW(d->held, d->alloc_held, d->nr_held + 1);
		slot = d->nr_held++;
	} else {
		free(d->held[slot].text);
	}
	h = &d->held[slot];
	h->line = line;
	h->seq = d->nr_reported++;
	h->text = strbuf_detach(text);
	return slot;
}

static const char *severity_name(enum diag_severity severity)
{
	switch (severity) {
	case DIAG_NOTE:
		return _("note");
	case DIAG_WARNING:
		return _("warning");
	case DIAG_ERROR:
		break;
	}
	return _("error");
}

const char *diag_quote(struct diag_quote *q, const char *text)
{
	size_t n = 0;

	while (n <= DIAG_QUOTE_MAX && text[n])
		n++;
	if (n <= DIAG_QUOTE_MAX)
		return text;
	n = DIAG_QUOTE_MAX;
	/* Back off over continuation bytes to the start of a character. */
	while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
		n--;
	memcpy(q->buf, text, n);
	memcpy(q->buf + n, "...", 4);
	return q->buf;
}

/* Append s with control characters as \xNN, so that no document can move
 * the cursor or recolour the terminal through a message that quotes it. */
static void add_escaped(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f) {
			strbuf_addstr(sb, "\\x");
			strbuf_addch(sb, hex[c >> 4]);
			strbuf_addch(sb, hex[c & 0xf]);
		} else {
			strbuf_addch(sb, (char)c);
		}
	}
}

/* The line "path:line: severity: message\n" into sb. */
static void format_line(struct strbuf *sb, enum diag_severity severity,
			const char *path, unsigned line, const char *message)
{
	add_escaped(sb, path ? path : PACKAGE);
	if (path && line) {
		char number[16];

		snprintf(number, sizeof(number), ":%u", line);
		strbuf_addstr(sb, number);
	}
	strbuf_addstr(sb, ": ");
	strbuf_addstr(sb, severity_name(severity));
	strbuf_addstr(sb, ": ");
	add_escaped(sb, message);
	strbuf_addch(sb, '\n');
}

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
{
	va_list ap;
	struct strbuf line_text = STRBUF_INIT;
	struct diag_kind *k = NULL;
	size_t slot = SIZE_MAX;
	char *message;
	int n;

	d->count[severity]++;
	if (severity == DIAG_NOTE && !d->show_notes)
		return;
	if (!path)
		line = 0;
	/* Messages about no file in particular are few, and all shown. */
	if (d->kind_limit && path) {
		k = find_kind(d, path, fmt, severity);
		if (k->shown >= d->kind_limit) {
			/* Held, the lowest lines of a kind are kept. */
			struct diag_held next = { line, d->nr_reported, NULL };

			if (!d->holding || !held_before(&next, &d->held[k->held[k->max]])) {
				hide(k, line);
				d->nr_reported++;
				return;
			}
			slot = k->held[k->max];
			hide(k, d->held[slot].line);
		}
	}
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	message[0] = '\0';
	va_start(ap, fmt);
	if (n > 0)
		vsnprintf(message, (size_t)n + 1, fmt, ap);
	va_end(ap);
	/* One line, one write: stderr is unbuffered. */
	format_line(&line_text, severity, path, line, message);
	free(message);
	slot = deliver(d, line, &line_text, slot);
	if (k && slot != SIZE_MAX) {
		held_as(d, k, slot);
	} else if (k) {
		k->shown++;
		k->last_line = line;
	}
}

void diag_report_hidden(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->nr_kinds; i++) {
		const struct diag_kind *k = &d->kinds[i];
		struct strbuf text = STRBUF_INIT;
		unsigned last = k->last_line;
		char *message;

		if (!k->hidden)
			continue;
		if (d->holding)
			last = d->held[k->held[k->max]].line;
		if (last)
			message = xasprintf(ngettext("%lu more finding like the one at line %u not shown",
						     "%lu more findings like the one at line %u not shown",
						     k->hidden), k->hidden, last);
		else
			message = xasprintf(ngettext("%lu more finding like the one above not shown",
						     "%lu more findings like the one above not shown",
						     k->hidden), k->hidden);
		format_line(&text, k->severity, k->path, k->hidden_line, message);
		free(message);
		deliver(d, k->hidden_line, &text, SIZE_MAX);
	}
	forget_kinds(d);
}

bool diag_failed(const struct diag *d)
{
	return d->count[DIAG_ERROR] > 0 || (d->werror && d->count[DIAG_WARNING] > 0) ||
	       ferror(d->out);
}
