/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lint: the registry's checks on any document, each document on its own,
 * with no merge.  A document is read (dataset/document.h: its records, a
 * code listed again reported as it is read), then each code's first
 * listing is checked against the registry: a code it does not register, a
 * name that is not the registered one (a former name, another case or
 * spacing, a misspelling: dataset/names.h), an unused code presented as
 * live, unused codes given two names; then the class names: a code under
 * another class's name, two names for one class (dataset/classes.h).
 *
 * Findings go through diag as gcc-style lines, every finding of a
 * document in the order of its lines, the reader's among them.  The
 * checks are one function each in lint.c, the places where rule names,
 * other report formats and fixes would attach. */
#ifndef STATUSGEN_LINT_H
#define STATUSGEN_LINT_H

#include "diag.h"
#include "parse/input.h"
#include "parse/registry.h"
#include "parse/source.h"

/* Set up with lint_init(); nothing to free (it points to what the
 * caller keeps). */
struct lint {
	const struct registry *registry;    /* what documents are checked
					     * against; not empty */
	const struct input_options *input;  /* for every read: size limit,
					     * --lossy, the registry's phrases */
	const char *locale;                 /* of every document; NULL: each
					     * its own (front matter lang, else
					     * "und") */
	double read_ms, check_ms;           /* time spent reading and checking
					     * so far, for --time */
};

void lint_init(struct lint *lint, const struct registry *registry,
	       const struct input_options *input, const char *locale);

/* Read the document at path in format and check it; report every finding
 * through diag, sorted by line (those without a line first), including
 * what the reader reports.  The records of a document that could not be
 * read whole are checked all the same.  Return 0, or -1 when the document
 * could not be read or lists a code twice (both errors). */
int lint_document(struct lint *lint, const char *path, enum source_format format,
		  struct diag *diag);

#endif
