/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "lint/lint.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dataset/classes.h"
#include "dataset/dataset.h"
#include "dataset/document.h"
#include "dataset/names.h"
#include "i18n.h"
#include "util/loose.h"
#include "util/xalloc.h"

void lint_init(struct lint *lint, const struct registry *registry,
	       const struct input_options *input, const char *locale)
{
	memset(lint, 0, sizeof(*lint));
	lint->registry = registry;
	lint->input = input;
	lint->locale = locale;
}

/* Milliseconds since *t, which becomes now. */
static double lap_ms(struct timespec *t)
{
	struct timespec now;
	double ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - t->tv_sec) * 1e3 + (double)(now.tv_nsec - t->tv_nsec) / 1e6;
	*t = now;
	return ms;
}

/* The localized name a document gives a code the registry marks unused
 * names all unused codes (the merge's unused label): the first such name
 * in the document, *label, and any other is reported.  A name given
 * beside an English phrase other than "Unused" is that phrase's
 * translation, reported as a code presented as live instead.  An English
 * document gives no localized names. */
static void check_unused_label(const struct source_file *file, const struct doc_record *r,
			       const struct doc_record **label, struct diag *diag)
{
	if (!strcmp(file->locale, DATASET_SOURCE_LOCALE) || !r->l10n_reason.text ||
	    (r->reason.text && !names_is_unused_marker(r->reason.text)))
		return;
	if (!*label)
		*label = r;
	else if (strcmp((*label)->l10n_reason.text, r->l10n_reason.text))
		names_report_unused_label(diag, r->code, r->l10n_reason.text, file->path,
					  r->l10n_reason.line, (*label)->l10n_reason.text,
					  file->path, (*label)->l10n_reason.line);
}

/* The first listing of a code, r, once the document is read (a code
 * listed again is checked as it is read, by document_read()): the code
 * registered, its English name the registry's, and for an unused code,
 * the name of unused codes. */
static void check_code(const struct lint *lint, const struct source_file *file,
		       const struct doc_record *r, const struct doc_record **label,
		       struct diag *diag)
{
	const struct registry_record *rec;
	const struct vendor_code *v;
	struct diag_quote q, q2;

	if (!registry_is_registered(lint->registry, r->code)) {
		v = registry_find_vendor(lint->registry, r->code, r->reason.text);
		if (!v)
			diag_warning(diag, file->path, r->line,
				     _("%d is not a registered status code"), r->code);
		else if (r->reason.text && !loose_equal(r->reason.text, v->phrase))
			diag_warning(diag, file->path, r->reason.line,
				     _("%d is called '%s' here, but is not registered; %s uses it for '%s'"),
				     r->code, diag_quote(&q, r->reason.text), v->vendor,
				     diag_quote(&q2, v->phrase));
		else
			diag_note(diag, file->path, r->line,
				  _("%d is not registered; %s uses it for '%s'"), r->code, v->vendor,
				  diag_quote(&q, v->phrase));
		return;
	}
	rec = registry_find(lint->registry, r->code);
	if (r->reason.text)
		names_check_phrase(lint->registry, rec, r->code, r->reason.text, file->path,
				   r->reason.line, diag);
	if (rec->flags & REGISTRY_UNUSED)
		check_unused_label(file, r, label, diag);
}

/* The class names the document lists its codes under. */
static void check_classes(struct source_file *file, const struct doc_records *recs,
			  struct diag *diag)
{
	struct source_file *files[1] = { file };
	struct class_uses uses;
	size_t i;

	memset(&uses, 0, sizeof(uses));
	for (i = 0; i < recs->nr; i++)
		class_uses_add(&uses, 0, &recs->rec[i]);
	class_uses_finish(&uses, files, NULL, NULL, diag);
	class_uses_release(&uses);
}

static int compare_records(const void *pa, const void *pb)
{
	const struct doc_record *a = pa, *b = pb;

	return a->code < b->code ? -1 : a->code > b->code;
}

/* Every check, by code (findings on one line come in that order). */
static void check_document(const struct lint *lint, struct source_file *file,
			   struct doc_records *recs, struct diag *diag)
{
	const struct doc_record *label = NULL;
	size_t i;

	if (recs->nr)
		qsort(recs->rec, recs->nr, sizeof(*recs->rec), compare_records);
	for (i = 0; i < recs->nr; i++)
		check_code(lint, file, &recs->rec[i], &label, diag);
	document_report_more_duplicates(file, diag);
	check_classes(file, recs, diag);
}

int lint_document(struct lint *lint, const char *path, enum source_format format,
		  struct diag *diag)
{
	struct source_file file;
	struct doc_records recs;
	struct timespec t;
	int ret;

	memset(&file, 0, sizeof(file));
	memset(&recs, 0, sizeof(recs));
	file.path = xstrdup(path);
	file.name = xstrdup(path);
	file.format = format;
	clock_gettime(CLOCK_MONOTONIC, &t);
	/* The reader reports as it reads, and not always in line order (a
	 * table not closed, at its first line, is known at the end); the
	 * class a class name names is the class of most codes under it,
	 * known at the end too.  So the findings of a document are held,
	 * and shown sorted by line once it is checked. */
	diag_hold(diag);
	ret = document_read(&file, lint->locale, lint->input, lint->registry, &recs, diag);
	lint->read_ms += lap_ms(&t);
	check_document(lint, &file, &recs, diag);
	diag_flush(diag);
	lint->check_ms += lap_ms(&t);
	if (file.nr_duplicates)
		ret = -1;
	doc_records_release(&recs);
	source_file_release(&file);
	return ret;
}
