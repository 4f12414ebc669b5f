/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A document's statusgen comments, markdownlint's convention in HTML
 * comments, in Markdown and HTML alike:
 *
 *     <!-- statusgen-disable RULE... -->            from here on
 *     <!-- statusgen-enable RULE... -->             from here on
 *     <!-- statusgen-disable-next-line RULE... -->  the line after the comment
 *     <!-- statusgen-disable-line RULE... -->       the comment's own line
 *
 * Rules are named as --list-rules prints them, separated by spaces or
 * commas; none (or "all") means every rule.  A comment only silences: a
 * rule --disable turned off stays off whatever the document says.  An
 * unknown rule, or a word "statusgen-..." that is none of the four, is an
 * unknown-rule warning at the comment's line; the rest of the comment
 * still holds. */
#ifndef STATUSGEN_SUPPRESS_H
#define STATUSGEN_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "rules.h"

struct suppress_event;

/* Zeroes to start; suppressions_release() to free. */
struct suppressions {
	struct suppress_event *ev;      /* in document order */
	size_t nr, alloc;
};

/* A comment of the document at path, its text between "<!--" and "-->",
 * starting at line: if it is a statusgen comment, remember what it says
 * (and report what is wrong with it). */
void suppressions_comment(struct suppressions *s, const char *text, unsigned line,
			  const char *path, struct diag *diag);

/* Do the comments silence findings of rule at line? */
bool suppressions_silence(const struct suppressions *s, enum rule rule, unsigned line);

/* Forget every comment; s is empty again. */
void suppressions_release(struct suppressions *s);

#endif
