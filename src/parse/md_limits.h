/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bounds on the shape of Markdown pipe tables, checked before cmark-gfm
 * parses a document.  Debian's cmark-gfm 0.29.0.gfm.6 pads every row of a
 * table to the width of its delimiter row (fixed upstream later, as
 * CVE-2023-37463), so a few bytes per row can cost it thousands of cells. */
#ifndef STATUSGEN_MD_LIMITS_H
#define STATUSGEN_MD_LIMITS_H

#include <stddef.h>

#include "diag.h"

/* Widest table accepted, as the HTML reader reads 64 cells per row. */
#define MD_MAX_TABLE_COLUMNS 64u

/* Most table cells (columns times rows, header included) in all the
 * tables of one document. */
#define MD_MAX_TABLE_CELLS 500000u

/* Scan the Markdown text[0..len) for pipe tables (a delimiter row under a
 * non-blank line, and every non-blank line after it) and check them
 * against the bounds above.  The scan errs on the side of seeing a table
 * where cmark-gfm may not (it ignores code fences, and takes every
 * non-blank line as a row), never the other way.  Return 0, or -1 after
 * reporting the first table past a bound with its line. */
int md_check_tables(const char *path, const char *text, size_t len, struct diag *diag);

#endif
