/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown reference pages, one per language, in the two shapes the
 * readers take: heading per code ("sections") or GFM tables ("table").
 * statusgen's own reader reads them back (the round-trip tests). */
#ifndef STATUSGEN_EMIT_MARKDOWN_H
#define STATUSGEN_EMIT_MARKDOWN_H

#include <stdbool.h>
#include <stdio.h>

#include "dataset/dataset.h"
#include "util/strbuf.h"

enum markdown_style { MARKDOWN_SECTIONS, MARKDOWN_TABLE };

/* The one Markdown escaper: append text to sb so that CommonMark and GFM
 * render exactly this text, never markup.  Every character that could
 * start markup (\ ` * _ [ ] < > | ~ & #) is backslash-escaped, and so is
 * a line's leading list, heading or table marker (- + = : 1.); its leading
 * blanks are dropped (they would make a code block); a newline (LF, CR LF
 * or CR) becomes a hard line break, or <br> inside a table cell (in_cell);
 * a byte that is not part of valid UTF-8 becomes U+FFFD. */
void markdown_escape(struct strbuf *sb, const char *text, bool in_cell);

/* Write the page of locale ("en" or a locale of ds) in the given style.
 * Where a translation is missing, the page shows the English text.
 * Return 0, or -1 if writing failed. */
int emit_markdown(const struct dataset *ds, const char *locale,
		  enum markdown_style style, FILE *out);

#endif
