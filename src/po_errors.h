/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libgettextpo's errors, routed into our diagnostics.  Its handlers take
 * no user pointer and a fatal one must not return, so a call is wrapped:
 *
 *	struct po_errors e;
 *
 *	po_errors_begin(&e, path, diag);
 *	if (setjmp(e.fatal) == 0)
 *		file = po_file_read(path, &po_errors_handler);
 *	po_errors_end(&e);
 *	if (e.errors) ...
 */
#ifndef STATUSGEN_PO_ERRORS_H
#define STATUSGEN_PO_ERRORS_H

#include <setjmp.h>

#include <gettext-po.h>

#include "diag.h"

struct po_errors {
	const char *path;           /* for messages without a file name */
	struct diag *diag;
	unsigned errors;            /* errors and fatal errors reported */
	jmp_buf fatal;              /* where a fatal error returns to */
	struct po_errors *outer;
};

extern const struct po_xerror_handler po_errors_handler;

void po_errors_begin(struct po_errors *e, const char *path, struct diag *diag);
void po_errors_end(struct po_errors *e);

#endif
