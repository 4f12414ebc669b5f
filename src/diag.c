/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "i18n.h"
#include "util/xalloc.h"

void diag_init(struct diag *d, FILE *out)
{
	d->out = out ? out : stderr;
	d->werror = false;
	d->show_notes = true;
	d->count[DIAG_NOTE] = d->count[DIAG_WARNING] = d->count[DIAG_ERROR] = 0;
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

/* Write s with control characters as \xNN, so that no document can move
 * the cursor or recolour the terminal through a message that quotes it. */
static void put_escaped(const char *s, FILE *out)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\x%02x", c);
		else
			fputc(c, out);
	}
}

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
{
	va_list ap;
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
	put_escaped(path ? path : PACKAGE, d->out);
	if (path && line)
		fprintf(d->out, ":%u", line);
	fprintf(d->out, ": %s: ", severity_name(severity));
	put_escaped(message, d->out);
	fputc('\n', d->out);
	free(message);
}

bool diag_failed(const struct diag *d)
{
	return d->count[DIAG_ERROR] > 0 || (d->werror && d->count[DIAG_WARNING] > 0);
}
