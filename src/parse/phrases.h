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

/* text folded as reason phrases are compared loosely (util/loose.h:
 * ASCII letters lower-cased; white space, ASCII punctuation and the
 * dashes and quotation marks U+2010-U+201F dropped); free() it. */
char *phrases_fold(const char *text);

#endif
