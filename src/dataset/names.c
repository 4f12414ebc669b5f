/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/names.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/loose.h"
#include "util/text.h"
#include "util/xalloc.h"

bool names_is_unused_marker(const char *text)
{
	return text_equal_nocase(text, "Unused") || text_equal_nocase(text, "(Unused)");
}

bool names_is_registry_phrase(const struct registry_record *rec, const char *t)
{
	size_t n;

	if (!rec->phrase)
		return names_is_unused_marker(t);
	n = strlen(rec->phrase);
	if (strncmp(t, rec->phrase, n))
		return false;
	return !t[n] || ((rec->flags & REGISTRY_OBSOLETE) && !strcmp(t + n, " (OBSOLETED)")) ||
	       ((rec->flags & REGISTRY_TEMPORARY) && !strncmp(t + n, " (TEMPORARY", 11));
}

/* Levenshtein distance, ignoring ASCII case: how far a phrase is from a
 * registered one, to suggest the closest. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(b), i, j, *row = xcalloc(n + 1, sizeof(*row)), d;

	for (j = 0; j <= n; j++)
		row[j] = j;
	for (i = 1; a[i - 1]; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= n; j++) {
			size_t up = row[j], best;

			best = diag + (text_lower_ascii(a[i - 1]) != text_lower_ascii(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	d = row[n];
	free(row);
	return d;
}

static const struct former_name *find_former(const struct registry *reg, int code,
					     const char *phrase)
{
	size_t i;

	for (i = 0; i < reg->nr_former; i++)
		if (reg->former[i].code == code && !strcmp(reg->former[i].phrase, phrase))
			return &reg->former[i];
	return NULL;
}

/* A former name of code that phrase is written like (loosely equal to);
 * NULL if none. */
static const struct former_name *find_former_loosely(const struct registry *reg, int code,
						     const char *phrase)
{
	size_t i;

	for (i = 0; i < reg->nr_former; i++)
		if (reg->former[i].code == code && loose_equal(reg->former[i].phrase, phrase))
			return &reg->former[i];
	return NULL;
}

/* The former name of code closest to phrase, if it is closer than the
 * registered name; else NULL. */
static const struct former_name *closer_former(const struct registry *reg, int code,
					       const char *phrase, const char *registered)
{
	const struct former_name *best = NULL;
	size_t best_d = edit_distance(phrase, registered), i, d;

	for (i = 0; i < reg->nr_former; i++) {
		if (reg->former[i].code != code)
			continue;
		d = edit_distance(phrase, reg->former[i].phrase);
		if (d < best_d) {
			best = &reg->former[i];
			best_d = d;
		}
	}
	return best;
}

void names_check_phrase(const struct registry *reg, const struct registry_record *rec,
			int code, const char *t, const char *path, unsigned line,
			struct diag *diag)
{
	const struct former_name *f, *closest;
	struct diag_quote q;
	const char *quoted;

	if (names_is_registry_phrase(rec, t))
		return;
	quoted = diag_quote(&q, t);
	f = find_former(reg, code, t);
	if (!f && rec->phrase && loose_equal(t, rec->phrase)) {
		diag_note(diag, path, line,
			  _("%d is written '%s' here; the registry writes it '%s'"),
			  code, quoted, rec->phrase);
		return;
	}
	if (!f && rec->phrase) {
		f = find_former_loosely(reg, code, t);
		if (f) {
			diag_note(diag, path, line,
				  _("%d is written '%s' here, like its former name '%s' (%s); the registry now calls it '%s'"),
				  code, quoted, f->phrase, f->source, rec->phrase);
			return;
		}
	}
	if (!f)
		f = find_former_loosely(reg, code, t);
	closest = f || !rec->phrase ? NULL : closer_former(reg, code, t, rec->phrase);
	if (f && rec->phrase)
		diag_note(diag, path, line,
			  _("%d is called '%s' here, its former name (%s); the registry now calls it '%s'"),
			  code, quoted, f->source, rec->phrase);
	else if (f)
		diag_warning(diag, path, line,
			     _("%d is unused, but is called '%s' here (its former name, %s) as if it were in use"),
			     code, quoted, f->source);
	else if (!rec->phrase)
		diag_warning(diag, path, line,
			     _("%d is unused, but is called '%s' here as if it were in use"),
			     code, quoted);
	else if (closest)
		diag_warning(diag, path, line,
			     _("%d is called '%s' here, but is registered as '%s' (closest known name: '%s', its former name)"),
			     code, quoted, rec->phrase, closest->phrase);
	else
		diag_warning(diag, path, line,
			     _("%d is called '%s' here, but is registered as '%s'"),
			     code, quoted, rec->phrase);
}

void names_report_unused_label(struct diag *diag, int code, const char *text,
			       const char *path, unsigned line, const char *label,
			       const char *label_path, unsigned label_line)
{
	struct diag_quote qt, ql;

	diag_warning(diag, path, line,
		     _("%d is unused, and unused codes are called '%s' here but '%s' in %s:%u"),
		     code, diag_quote(&qt, text), diag_quote(&ql, label), label_path, label_line);
}
