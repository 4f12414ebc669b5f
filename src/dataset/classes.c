/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/classes.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

static const char *const english_names[NR_CLASSES] = {
	"Informational", "Successful", "Redirection", "Client Error", "Server Error",
};

const char *classes_english_name(int status_class)
{
	return english_names[status_class - 1];
}

/* A record listed under a class name. */
struct class_mention {
	size_t use;                 /* index in uses[] (before they are sorted) */
	int code;
	unsigned line;
	unsigned name_line;         /* where its class name appears */
};

/* Index of the use of name in file, or nr_uses. */
static size_t find_use(const struct class_uses *u, size_t file, const char *name)
{
	size_t i;

	for (i = 0; i < u->nr_uses; i++)
		if (u->uses[i].file == file && !strcmp(u->uses[i].name, name))
			break;
	return i;
}

void class_uses_add(struct class_uses *u, size_t file, const struct doc_record *r)
{
	const char *name = r->class_name.text;
	unsigned name_line = r->class_name.line;
	struct class_use *use;
	struct class_mention *m;
	size_t i;

	if (!name)
		return;
	i = find_use(u, file, name);
	if (i == u->nr_uses) {
		XGROW(u->uses, u->alloc_uses, u->nr_uses + 1);
		use = &u->uses[u->nr_uses++];
		memset(use, 0, sizeof(*use));
		use->file = file;
		use->name = name;
		use->origin = r->origin;
		use->line = name_line;
	}
	use = &u->uses[i];
	if (name_line < use->line)
		use->line = name_line;
	use->count[r->code / 100 - 1]++;
	XGROW(u->mentions, u->alloc_mentions, u->nr_mentions + 1);
	m = &u->mentions[u->nr_mentions++];
	m->use = i;
	m->code = r->code;
	m->line = r->line;
	m->name_line = name_line;
}

/* The class each name names: the class of most of its codes, unless it
 * is named like an English class. */
static void decide_classes(struct class_uses *u)
{
	size_t i;
	int k;

	for (i = 0; i < u->nr_uses; i++) {
		struct class_use *use = &u->uses[i];
		int best = 0;

		for (k = 1; k < NR_CLASSES; k++)
			if (use->count[k] > use->count[best])
				best = k;
		/* A heading named like an English class is that class,
		 * whatever codes stand under it. */
		for (k = 0; k < NR_CLASSES; k++)
			if (text_equal_nocase(use->name, english_names[k]))
				best = k;
		use->status_class = best + 1;
	}
}

/* A code under another class's name is misplaced. */
static void report_misplaced(const struct class_uses *u, struct source_file *const *files,
			     struct diag *diag)
{
	size_t i;

	for (i = 0; i < u->nr_mentions; i++) {
		const struct class_mention *m = &u->mentions[i];
		const struct class_use *use = &u->uses[m->use];
		struct diag_quote q;

		if (use->status_class != m->code / 100)
			diag_finding(diag, RULE_WRONG_CLASS, files[use->file]->path, m->line,
				     _("%d is listed under '%s' (line %u), which names class %dxx here"),
				     m->code, diag_quote(&q, use->name), m->name_line,
				     use->status_class);
	}
}

static int compare_uses(const void *pa, const void *pb)
{
	const struct class_use *a = pa, *b = pb;

	if (a->status_class != b->status_class)
		return a->status_class - b->status_class;
	if (a->origin != b->origin)
		return a->origin == RECORD_TABLE_ROW ? -1 : 1;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return strcmp(a->name, b->name);
}

void class_uses_finish(struct class_uses *u, struct source_file *const *files,
		       class_take_fn *take, void *arg, struct diag *diag)
{
	size_t i, v;

	decide_classes(u);
	report_misplaced(u, files, diag);
	if (u->nr_uses)
		qsort(u->uses, u->nr_uses, sizeof(*u->uses), compare_uses);
	for (i = 0; i < u->nr_uses; i++) {
		const struct class_use *use = &u->uses[i], *best = NULL;
		const struct source_file *file = files[use->file];
		struct diag_quote q_use, q_best;

		/* The first use of this class in this locale is the winner. */
		for (v = 0; v < i; v++)
			if (u->uses[v].status_class == use->status_class &&
			    !strcmp(files[u->uses[v].file]->locale, file->locale)) {
				best = &u->uses[v];
				break;
			}
		if (!best && take)
			take(arg, use);
		else if (best && strcmp(best->name, use->name))
			diag_finding(diag, RULE_CLASS_NAME_MISMATCH, file->path, use->line,
				     _("class %dxx is called '%s' here but '%s' in %s:%u"),
				     use->status_class, diag_quote(&q_use, use->name),
				     diag_quote(&q_best, best->name),
				     files[best->file]->path, best->line);
	}
}

void class_uses_release(struct class_uses *u)
{
	free(u->uses);
	free(u->mentions);
	memset(u, 0, sizeof(*u));
}
