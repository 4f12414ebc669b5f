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

/* Most edits between a misspelling and the name it misspells, and at
 * most one for every four bytes of the name. */
#define MAX_MISSPELLING_EDITS 3u

/* How close phrase is to the known names of code. */
struct closest {
	const struct former_name *former;   /* the former name closest to
					     * phrase, if closer than the
					     * registered name; else NULL */
	const char *misspelled;             /* the name phrase misspells: the
					     * known name (registered or former)
					     * closest to it, when no other is as
					     * close and it is a few edits away;
					     * else NULL */
};

static void find_closest(const struct registry *reg, int code, const char *phrase,
			 const char *registered, struct closest *c)
{
	const char *best = registered;
	size_t best_d = text_edit_distance(phrase, registered), i, d;
	bool tie = false;

	c->former = NULL;
	for (i = 0; i < reg->nr_former; i++) {
		if (reg->former[i].code != code)
			continue;
		d = text_edit_distance(phrase, reg->former[i].phrase);
		if (d < best_d) {
			c->former = &reg->former[i];
			best = reg->former[i].phrase;
			best_d = d;
			tie = false;
		} else if (d == best_d && strcmp(reg->former[i].phrase, best)) {
			tie = true;
		}
	}
	c->misspelled = tie || best_d > MAX_MISSPELLING_EDITS || best_d * 4 > strlen(best) ?
			NULL : best;
}

void names_check_phrase(const struct registry *reg, const struct registry_record *rec,
			int code, const char *t, const char *path, unsigned line,
			struct diag *diag)
{
	const struct former_name *f;
	struct closest c = { NULL, NULL };
	struct diag_quote q;
	const char *quoted;

	if (names_is_registry_phrase(rec, t))
		return;
	quoted = diag_quote(&q, t);
	f = find_former(reg, code, t);
	if (!f && rec->phrase && loose_equal(t, rec->phrase)) {
		diag_finding_fix(diag, RULE_CASE_ONLY, path, line, t, rec->phrase,
				 _("%d is written '%s' here; the registry writes it '%s'"),
				 code, quoted, rec->phrase);
		return;
	}
	if (!f && rec->phrase) {
		f = find_former_loosely(reg, code, t);
		if (f) {
			diag_finding_fix(diag, RULE_FORMER_NAME, path, line, t, rec->phrase,
					 _("%d is written '%s' here, like its former name '%s' (%s); the registry now calls it '%s'"),
					 code, quoted, f->phrase, f->source, rec->phrase);
			return;
		}
	}
	if (!f)
		f = find_former_loosely(reg, code, t);
	if (!f && rec->phrase)
		find_closest(reg, code, t, rec->phrase, &c);
	if (f && rec->phrase)
		diag_finding_fix(diag, RULE_FORMER_NAME, path, line, t, rec->phrase,
				 _("%d is called '%s' here, its former name (%s); the registry now calls it '%s'"),
				 code, quoted, f->source, rec->phrase);
	else if (f)
		diag_finding(diag, RULE_UNUSED_CODE_IN_USE, path, line,
			     _("%d is unused, but is called '%s' here (its former name, %s) as if it were in use"),
			     code, quoted, f->source);
	else if (!rec->phrase)
		diag_finding(diag, RULE_UNUSED_CODE_IN_USE, path, line,
			     _("%d is unused, but is called '%s' here as if it were in use"),
			     code, quoted);
	else if (c.former)
		diag_finding_fix(diag, RULE_MISSPELLED_PHRASE, path, line, t, c.misspelled,
				 _("%d is called '%s' here, but is registered as '%s' (closest known name: '%s', its former name)"),
				 code, quoted, rec->phrase, c.former->phrase);
	else
		diag_finding_fix(diag, RULE_MISSPELLED_PHRASE, path, line, t, c.misspelled,
				 _("%d is called '%s' here, but is registered as '%s'"),
				 code, quoted, rec->phrase);
}

void names_report_unused_label(struct diag *diag, int code, const char *text,
			       const char *path, unsigned line, const char *label,
			       const char *label_path, unsigned label_line)
{
	struct diag_quote qt, ql;

	diag_finding(diag, RULE_UNUSED_CODE_LABEL, path, line,
		     _("%d is unused, and unused codes are called '%s' here but '%s' in %s:%u"),
		     code, diag_quote(&qt, text), diag_quote(&ql, label), label_path, label_line);
}
