/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "po_errors.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* The call in progress: libgettextpo's handlers have no user pointer, and
 * libgettextpo is not thread-safe in any case. */
static struct po_errors *current;

void po_errors_begin(struct po_errors *e, const char *path, struct diag *diag)
{
	e->path = path;
	e->diag = diag;
	e->errors = 0;
	e->outer = current;
	current = e;
}

void po_errors_end(struct po_errors *e)
{
	current = e->outer;
}

static void report(int severity, const char *filename, size_t lineno, const char *text)
{
	struct po_errors *e = current;
	char *msg = xstrdup(text ? text : "");
	size_t n = strlen(msg), i;

	/* Header warnings come without a file name or line ((size_t)-1),
	 * end in a newline and may hold others: one line of ours. */
	while (n && msg[n - 1] == '\n')
		msg[--n] = '\0';
	for (i = 0; i < n; i++)
		if (msg[i] == '\n')
			msg[i] = ' ';
	if (lineno == (size_t)-1 || (unsigned)lineno != lineno)
		lineno = 0;
	if (severity == PO_SEVERITY_WARNING) {
		diag_warning(e->diag, filename ? filename : e->path, (unsigned)lineno, "%s", msg);
	} else {
		diag_error(e->diag, filename ? filename : e->path, (unsigned)lineno, "%s", msg);
		e->errors++;
	}
	free(msg);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		longjmp(e->fatal, 1);
}

static void on_xerror(int severity, po_message_t message, const char *filename,
		      size_t lineno, size_t column, int multiline, const char *text)
{
	(void)message;
	(void)column;
	(void)multiline;
	report(severity, filename, lineno, text);
}

static void on_xerror2(int severity, po_message_t m1, const char *file1, size_t line1,
		       size_t col1, int multi1, const char *text1, po_message_t m2,
		       const char *file2, size_t line2, size_t col2, int multi2,
		       const char *text2)
{
	(void)m1;
	(void)col1;
	(void)multi1;
	(void)m2;
	(void)file2;
	(void)line2;
	(void)col2;
	(void)multi2;
	(void)text2;
	report(severity, file1, line1, text1);
}

const struct po_xerror_handler po_errors_handler = { on_xerror, on_xerror2 };
