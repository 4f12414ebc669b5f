/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a translator's catalog (po/LL.po) with libgettextpo. */
#ifndef STATUSGEN_PO_READ_H
#define STATUSGEN_PO_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/input.h"

/* One message of the data domain, identified by its context:
 * "status 404 reason", "status 404 description" or "class 4". */
struct po_entry {
	char *msgctxt;
	char *msgid;
	char *msgstr;               /* "" when untranslated */
	bool fuzzy;
	unsigned line;              /* of its msgctxt in the file; 0 if not found */
};

/* Initialise with memset 0; release with po_catalog_release(). */
struct po_catalog {
	char *path;
	struct po_entry *entries;           /* in file order */
	size_t nr;
	struct po_entry **by_context;       /* the entries sorted by context */
};

/* Read the catalog at path: every non-obsolete message with a context
 * (one without is a warning).  Syntax errors (libgettextpo's xerror) are
 * reported through diag with their line, and so are a NUL byte, a
 * charset other than UTF-8 and a context used twice.  opt sets the size
 * limit (NULL: the default).  Return 0, or -1 after reporting. */
int po_catalog_read(struct po_catalog *cat, const char *path,
		    const struct input_options *opt, struct diag *diag);

/* The entry with context msgctxt, or NULL. */
const struct po_entry *po_catalog_find(const struct po_catalog *cat, const char *msgctxt);

void po_catalog_release(struct po_catalog *cat);

#endif
