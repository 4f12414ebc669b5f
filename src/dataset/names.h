/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The names documents give codes, against the registry's: its phrase, a
 * former name, the same written in another case, spacing or punctuation,
 * or a misspelling of either.  The merge checks every document's phrases
 * with these, and so does lint, each document on its own. */
#ifndef STATUSGEN_NAMES_H
#define STATUSGEN_NAMES_H

#include <stdbool.h>

#include "diag.h"
#include "parse/registry.h"


/* "Unused" or "(Unused)", in any case: how a document names a code the
 * registry marks unused. */
bool names_is_unused_marker(const char *text);

/* Does a document's phrase say what the registry's record says?  The
 * registry's own markers are allowed: the unused marker for an unused
 * code, "Not Extended (OBSOLETED)", "... (TEMPORARY - ...)". */
bool names_is_registry_phrase(const struct registry_record *rec, const char *text);

/* Compare a document's English phrase text for code (at path:line), which
 * the registry reg registers as rec, with the registry, and report what
 * it is: nothing for the registered name; a note for a former name, or
 * for either written in another case, spacing or punctuation; a warning
 * for a code the registry marks unused presented as live, or for a
 * phrase that is neither (naming the closest known name). */
void names_check_phrase(const struct registry *reg, const struct registry_record *rec,
			int code, const char *text, const char *path, unsigned line,
			struct diag *diag);

/* Report that the unused code code is called text at path:line, where
 * codes the registry marks unused are called label at label_path:label_line
 * (the first such name in the locale names them all). */
void names_report_unused_label(struct diag *diag, int code, const char *text,
			       const char *path, unsigned line, const char *label,
			       const char *label_path, unsigned label_line);

#endif
