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

/* Where escaped text goes: a paragraph, a GFM table cell, or an ATX
 * heading (one line). */
enum markdown_context { MARKDOWN_PARAGRAPH, MARKDOWN_CELL, MARKDOWN_HEADING };

/* The one Markdown escaper: append text to sb so that CommonMark and GFM
 * (tables and autolinks included) render exactly this text, never markup.
 * Every character that could start markup (\ ` * _ [ ] < > | ~ & #) is
 * backslash-escaped, and so is a line's leading list, heading or table
 * marker (- + = : 1.), and what GFM's autolink extension would turn into
 * a link: the "." of "www." and the ":" of "://".  An "@" after a
 * letter, digit or one of . + - _ gets an empty HTML comment before it,
 * which alone keeps an e-mail address from becoming a mailto: link.  A
 * line's leading blanks are dropped (they would make a code block); a
 * newline (LF, CR LF or CR) becomes a hard line break, <br> in a table
 * cell, and a space in a heading (runs of them one space); a byte that
 * is not part of valid UTF-8 becomes U+FFFD. */
void markdown_escape(struct strbuf *sb, const char *text, enum markdown_context where);

/* Write the page of locale ("en" or a locale of ds) in the given style.
 * Where a translation is missing, the page shows the English text.
 * Return 0, or -1 if writing failed. */
int emit_markdown(const struct dataset *ds, const char *locale,
		  enum markdown_style style, FILE *out);

#endif
