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
 * Every finding names its rule (rules.def).  The findings of a document,
 * the reader's among them, are held and sorted by line, those the
 * command line (--disable) or the document's comments (suppress.h) turn
 * off left out; the fixes they propose are found in the document's bytes
 * (fix.h) and, with --fix, applied; then they go to the report, in the
 * format asked for (report.h). */
#ifndef STATUSGEN_LINT_H
#define STATUSGEN_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "output.h"
#include "lint/report.h"
#include "rules.h"
#include "lint/suppress.h"
#include "parse/input.h"
#include "parse/registry.h"
#include "parse/source.h"

/* Set up with lint_init(), then set what the caller wants; release with
 * lint_release(). */
struct lint {
	const struct registry *registry;    /* what documents are checked
					     * against; not empty */
	const struct input_options *input;  /* for every read: size limit,
					     * --lossy, the registry's phrases */
	const char *locale;                 /* of every document; NULL: each
					     * its own (front matter lang, else
					     * "und") */
	struct rule_set enabled;            /* the rules reported (all, after
					     * lint_init()) */
	struct rule_set fix;                /* --fix: the rules whose fixes
					     * are applied (none: no --fix) */
	struct output_set *outputs;         /* where fixed documents are
					     * written (--fix) */
	struct lint_report *report;         /* where findings go */
	double read_ms, check_ms;           /* time spent reading and checking
					     * so far, for --time */
	struct lint_summary summary;        /* what was reported and fixed */

	/* The document being checked. */
	const char *path;
	struct diag *diag;
	struct suppressions suppressions;
	struct lint_finding *found;         /* its findings, in order */
	size_t nr_found, alloc_found;
};

void lint_init(struct lint *lint, const struct registry *registry,
	       const struct input_options *input, const char *locale);

void lint_release(struct lint *lint);

/* Read the document at path in format and check it; report every finding
 * (sorted by line, those without a line first), including what the
 * reader reports, to lint->report.  The records of a document that could
 * not be read whole are checked all the same.  With lint->fix, apply the
 * fixes of its rules: the document is opened in lint->outputs (if it
 * can be written), and each fix is printed to diag->out instead of its
 * finding.  Return 0, or -1 after an error of the program's own (the
 * document cannot be opened, or cannot be fixed). */
int lint_document(struct lint *lint, const char *path, enum source_format format,
		  struct diag *diag);

#endif
