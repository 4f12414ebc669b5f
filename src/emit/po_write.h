/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The gettext catalogs of the data domain "http-status", written with
 * libgettextpo: the template (http-status.pot) and LL.po. */
#ifndef STATUSGEN_PO_WRITE_H
#define STATUSGEN_PO_WRITE_H

#include "dataset/dataset.h"
#include "diag.h"
#include "util/strbuf.h"

/* Append the catalog of ds to out: the template when locale is NULL,
 * else LL.po with the translations ds has for locale.  One message per
 * class name, the unused label, each page word (dataset_page_words),
 * reason phrase and description, each with a context ("class 4",
 * "page title", "status 404 reason", "status 404 description"), a
 * comment for translators and a reference to where its English came
 * from (none for the built-in page words).  date
 * ("2026-11-22 00:00+0000") is the POT-Creation-Date.  The text is made
 * in memory (libgettextpo checks none of its writes), so writing it out
 * is the caller's, with checks.  Return 0, or -1 after reporting. */
int emit_po(const struct dataset *ds, const char *locale, const char *date,
	    struct strbuf *out, struct diag *diag);

#endif
