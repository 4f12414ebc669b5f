/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

void diag_init(struct diag *d, FILE *out)
{
	d->out = out ? out : stderr;
	d->werror = false;
	d->show_notes = true;
	d->count[DIAG_NOTE] = d->count[DIAG_WARNING] = d->count[DIAG_ERROR] = 0;
	d->holding = false;
	d->held = NULL;
	d->nr_held = d->alloc_held = 0;
}

/* A message formatted, waiting for diag_flush(). */
struct diag_held {
	unsigned line;
	size_t seq;                 /* order reported: the sort is stable */
	char *text;                 /* the whole line, newline included */
};

void diag_hold(struct diag *d)
{
	d->holding = true;
}

static int compare_held(const void *pa, const void *pb)
{
	const struct diag_held *a = pa, *b = pb;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_flush(struct diag *d)
{
	size_t i;

	if (d->nr_held)
		qsort(d->held, d->nr_held, sizeof(*d->held), compare_held);
	for (i = 0; i < d->nr_held; i++) {
		fputs(d->held[i].text, d->out);
		free(d->held[i].text);
	}
	free(d->held);
	d->held = NULL;
	d->nr_held = d->alloc_held = 0;
	d->holding = false;
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

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
{
	va_list ap;
	struct strbuf line_text = STRBUF_INIT;
	char *message;
	int n;

	d->count[severity]++;
	if (severity == DIAG_NOTE && !d->show_notes)
		return;
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
	add_escaped(&line_text, path ? path : PACKAGE);
	if (path && line) {
		char number[16];

		snprintf(number, sizeof(number), ":%u", line);
		strbuf_addstr(&line_text, number);
	}
	strbuf_addstr(&line_text, ": ");
	strbuf_addstr(&line_text, severity_name(severity));
	strbuf_addstr(&line_text, ": ");
	add_escaped(&line_text, message);
	strbuf_addch(&line_text, '\n');
	if (d->holding) {
		struct diag_held *h;

		XGROW(d->held, d->alloc_held, d->nr_held + 1);
		h = &d->held[d->nr_held];
		h->line = path ? line : 0;
		h->seq = d->nr_held++;
		h->text = strbuf_detach(&line_text);
	} else {
		fwrite(line_text.buf, 1, line_text.len, d->out);
		strbuf_release(&line_text);
	}
	free(message);
}

bool diag_failed(const struct diag *d)
{
	return d->count[DIAG_ERROR] > 0 || (d->werror && d->count[DIAG_WARNING] > 0) ||
	       ferror(d->out);
}
