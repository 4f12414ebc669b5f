/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "diag.h"

#include <stdarg.h>

#include "i18n.h"

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

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
{
	va_list ap;

	d->count[severity]++;
	if (severity == DIAG_NOTE && !d->show_notes)
		return;
	if (!path)
		fputs(PACKAGE, d->out);
	else if (line)
		fprintf(d->out, "%s:%u", path, line);
	else
		fputs(path, d->out);
	fprintf(d->out, ": %s: ", severity_name(severity));
	va_start(ap, fmt);
	vfprintf(d->out, fmt, ap);
	va_end(ap);
	fputc('\n', d->out);
}

bool diag_failed(const struct diag *d)
{
	return d->count[DIAG_ERROR] > 0 || (d->werror && d->count[DIAG_WARNING] > 0);
}
