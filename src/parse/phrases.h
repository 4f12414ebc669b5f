/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The English reason phrases a recognizer can take as hints: every phrase
 * and former name of the registry, compared with case, spacing and
 * punctuation ignored ("not found", "Request Time-out"). */
#ifndef STATUSGEN_PHRASES_H
#define STATUSGEN_PHRASES_H

#include <stdbool.h>
#include <stddef.h>

struct registry;

/* Initialise with phrases_init(), release with phrases_release(). */
struct phrases {
	char **norm;                /* sorted, each folded (see phrases_fold()) */
	size_t nr;
};

/* Fill p from reg (NULL: p stays empty). */
void phrases_init(struct phrases *p, const struct registry *reg);
void phrases_release(struct phrases *p);

/* True if text is one of the phrases, folded (p NULL: none). */
bool phrases_has(const struct phrases *p, const char *text);

/* "Processing (WebDAV)", "Multi-Status（WebDAV）", "Found (Previously
 * 'Moved temporarily')": when reason is a phrase and a note in brackets
 * (ASCII ones after a space, or full-width ones), and the phrase before
 * the note is one of p while the whole is not, cut reason to the phrase,
 * in place.  True if it did. */
bool phrases_drop_note(const struct phrases *p, char *reason);

/* "Continue.": when reason is one of p with a full stop after it, drop
 * the stop, in place (punctuation, no other spelling).  True if it did. */
bool phrases_drop_stop(const struct phrases *p, char *reason);

/* Both of the above: the name reason stands for. */
void phrases_clean_name(const struct phrases *p, char *reason);

/* text folded as reason phrases are compared loosely (util/loose.h:
 * ASCII letters lower-cased; white space, ASCII punctuation and the
 * dashes and quotation marks U+2010-U+201F dropped); free() it. */
char *phrases_fold(const char *text);

#endif
