/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rules.h"
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
	struct diag_finding f;      /* its strings owned (free_finding()) */
};

/* The messages of one format string, severity and path, past the first
 * kind_limit of them. */
struct diag_kind {
	char *path;                 /* a copy */
	const char *fmt;
	enum diag_severity severity;
	enum rule rule;
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

/* Free the strings of a finding that owns them. */
static void free_finding(struct diag_finding *f)
{
	free((char *)f->path);
	free((char *)f->message);
	free((char *)f->fix_old);
	free((char *)f->fix_new);
}

/* Print f, or hand it to the sink. */
static void emit(struct diag *d, const struct diag_finding *f)
{
	if (d->sink && f->rule != RULE_NONE)
		d->sink(d->sink_arg, f);
	else
		diag_print(d, f);
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
		emit(d, &d->held[i].f);
		free_finding(&d->held[i].f);
	}
	free(d->held);
	d->held = NULL;
	d->nr_held = d->alloc_held = 0;
	d->holding = false;
}

static bool is_kind(const struct diag_kind *k, const char *path, const char *fmt,
		    enum diag_severity severity, enum rule rule)
{
	return k->fmt == fmt && k->severity == severity && k->rule == rule &&
	       !strcmp(k->path, path);
}

static struct diag_kind *find_kind(struct diag *d, const char *path, const char *fmt,
				   enum diag_severity severity, enum rule rule)
{
	struct diag_kind *k;
	size_t i;

	if (d->last_kind < d->nr_kinds &&
	    is_kind(&d->kinds[d->last_kind], path, fmt, severity, rule))
		return &d->kinds[d->last_kind];
	for (i = 0; i < d->nr_kinds; i++) {
		if (is_kind(&d->kinds[i], path, fmt, severity, rule)) {
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
	k->rule = rule;
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

/* Print f (whose strings it owns, and frees), or hold it; slot is the
 * held message it replaces, or SIZE_MAX.  Return where it is held
 * (SIZE_MAX: printed). */
static size_t deliver(struct diag *d, struct diag_finding *f, size_t slot)
{
	struct diag_held *h;

	if (!d->holding) {
		emit(d, f);
		free_finding(f);
		return SIZE_MAX;
	}
	if (slot == SIZE_MAX) {
		XGROW(d->held, d->alloc_held, d->nr_held + 1);
		slot = d->nr_held++;
	} else {
		free_finding(&d->held[slot].f);
	}
	h = &d->held[slot];
	h->line = f->line;
	h->seq = d->nr_reported++;
	h->f = *f;
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

void diag_format(struct strbuf *sb, const struct diag_finding *f, bool with_rule)
{
	diag_format_as(sb, f, severity_name(f->severity), with_rule);
}

void diag_format_as(struct strbuf *sb, const struct diag_finding *f, const char *word,
		    bool with_rule)
{
	add_escaped(sb, f->path ? f->path : PACKAGE);
	if (f->path && f->line) {
		char number[16];

		snprintf(number, sizeof(number), ":%u", f->line);
		strbuf_addstr(sb, number);
	}
	strbuf_addstr(sb, ": ");
	strbuf_addstr(sb, word);
	strbuf_addstr(sb, ": ");
	add_escaped(sb, f->message);
	if (with_rule && f->rule != RULE_NONE) {
		strbuf_addstr(sb, " [");
		strbuf_addstr(sb, rule_name(f->rule));
		strbuf_addch(sb, ']');
	}
	strbuf_addch(sb, '\n');
}

void diag_print(struct diag *d, const struct diag_finding *f)
{
	struct strbuf line = STRBUF_INIT;

	diag_format(&line, f, d->show_rules);
	/* One line, one write: stderr is unbuffered. */
	put_line(d, line.buf, line.len);
	strbuf_release(&line);
}

bool diag_wants(const struct diag *d, enum rule rule, const char *path, unsigned line)
{
	return rule == RULE_NONE || !d->wants || d->wants(d->wants_arg, rule, path, line);
}

/* The message of fmt and ap, allocated (free() it). */
static char *format_message(const char *fmt, va_list ap)
{
	va_list ap2;
	char *message;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	message[0] = '\0';
	if (n > 0)
		vsnprintf(message, (size_t)n + 1, fmt, ap);
	return message;
}

/* What diag_report(), diag_finding() and diag_finding_fix() share. */
static void report(struct diag *d, enum diag_severity severity, enum rule rule,
		   const char *path, unsigned line, const char *old, const char *new_text,
		   const char *fmt, va_list ap)
{
	struct diag_finding f;
	struct diag_kind *k = NULL;
	size_t slot = SIZE_MAX;

	if (!diag_wants(d, rule, path, line))
		return;
	d->count[severity]++;
	if (rule == RULE_NONE && severity == DIAG_ERROR)
		d->plain_errors++;
	if (severity == DIAG_NOTE && !d->show_notes)
		return;
	if (!path)
		line = 0;
	/* Messages about no file in particular are few, and all shown. */
	if (d->kind_limit && path) {
		k = find_kind(d, path, fmt, severity, rule);
		if (k->shown >= d->kind_limit) {
			/* Held, the lowest lines of a kind are kept. */
			struct diag_held next = { line, d->nr_reported, { 0 } };

			if (!d->holding || !held_before(&next, &d->held[k->held[k->max]])) {
				hide(k, line);
				d->nr_reported++;
				return;
			}
			slot = k->held[k->max];
			hide(k, d->held[slot].line);
		}
	}
	memset(&f, 0, sizeof(f));
	f.severity = severity;
	f.rule = rule;
	f.path = path ? xstrdup(path) : NULL;
	f.line = line;
	f.message = format_message(fmt, ap);
	if (old && new_text) {
		f.fix_old = xstrdup(old);
		f.fix_new = xstrdup(new_text);
	}
	slot = deliver(d, &f, slot);
	if (k && slot != SIZE_MAX) {
		held_as(d, k, slot);
	} else if (k) {
		k->shown++;
		k->last_line = line;
	}
}

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(d, severity, RULE_NONE, path, line, NULL, NULL, fmt, ap);
	va_end(ap);
}

void diag_finding(struct diag *d, enum rule rule, const char *path, unsigned line,
		  const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(d, rule_severity(rule), rule, path, line, NULL, NULL, fmt, ap);
	va_end(ap);
}

void diag_finding_fix(struct diag *d, enum rule rule, const char *path, unsigned line,
		      const char *old, const char *new_text, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(d, rule_severity(rule), rule, path, line, old, new_text, fmt, ap);
	va_end(ap);
}

void diag_report_hidden(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->nr_kinds; i++) {
		const struct diag_kind *k = &d->kinds[i];
		struct diag_finding f;
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
		memset(&f, 0, sizeof(f));
		f.severity = k->severity;
		f.rule = k->rule;
		f.path = xstrdup(k->path);
		f.line = k->hidden_line;
		f.message = message;
		deliver(d, &f, SIZE_MAX);
	}
	forget_kinds(d);
}

bool diag_failed(const struct diag *d)
{
	return d->count[DIAG_ERROR] > 0 || (d->werror && d->count[DIAG_WARNING] > 0) ||
	       ferror(d->out);
}
