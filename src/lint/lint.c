/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "lint/lint.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dataset/classes.h"
#include "dataset/dataset.h"
#include "dataset/document.h"
#include "dataset/names.h"
#include "i18n.h"
#include "parse/languages.h"
#include "util/loose.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

void lint_init(struct lint *lint, const struct registry *registry,
	       const struct input_options *input, const char *locale)
{
	int r;

	memset(lint, 0, sizeof(*lint));
	lint->registry = registry;
	lint->input = input;
	lint->locale = locale;
	for (r = 1; r < NR_RULES; r++)
		lint->enabled.has[r] = true;
	lint->summary.complete = true;
}

void lint_release(struct lint *lint)
{
	suppressions_release(&lint->suppressions);
	free(lint->found);
	lint->found = NULL;
	lint->nr_found = lint->alloc_found = 0;
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

/* A localized name that the catalog of the page's language gives
 * another code ("Nicht gefunden" for 403 on a German page: 404's name)
 * is a warning naming that code.  A name the catalog does not know is
 * none: pages may word things their own way. */
static void check_l10n_name(const struct lint *lint, const struct source_file *file,
			    const struct doc_record *r, struct diag *diag)
{
	const struct languages *l = lint->input->languages;
	int lang = languages_find(l, file->locale), other;
	const struct language *language;
	struct diag_quote q;

	if (lang < 0 || !r->l10n_reason.text ||
	    languages_phrase_language(l, r->code, r->l10n_reason.text, lang) == lang)
		return;
	other = languages_phrase_code(l, lang, r->l10n_reason.text);
	if (!other || other == r->code)
		return;
	language = &l->langs[lang];
	diag_finding(diag, RULE_LOCALIZED_NAME_OF_OTHER_CODE, file->path, r->l10n_reason.line,
		     _("%d is called '%s' here, the %s name of %d"), r->code,
		     diag_quote(&q, r->l10n_reason.text),
		     language->display ? language->display : language->name, other);
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
			diag_finding(diag, RULE_UNKNOWN_CODE, file->path, r->line,
				     _("%d is not a registered status code"), r->code);
		else if (r->reason.text && !loose_equal(r->reason.text, v->phrase))
			diag_finding(diag, RULE_VENDOR_PHRASE, file->path, r->reason.line,
				     _("%d is called '%s' here, but is not registered; %s uses it for '%s'"),
				     r->code, diag_quote(&q, r->reason.text), v->vendor,
				     diag_quote(&q2, v->phrase));
		else
			diag_finding(diag, RULE_VENDOR_CODE, file->path, r->line,
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
	else
		check_l10n_name(lint, file, r, diag);
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

/* ---- what the diagnostics of a document go through ----------------- */

/* diag_wants_fn: the rules --disable leaves on, where the document's
 * comments do not silence them. */
static bool wants(void *arg, enum rule rule, const char *path, unsigned line)
{
	const struct lint *lint = arg;

	if (!lint->enabled.has[rule])
		return false;
	return !path || strcmp(path, lint->path) ||
	       !suppressions_silence(&lint->suppressions, rule, line);
}

/* diag_sink_fn: a finding of the document, kept (copied) until it is
 * reported. */
static void take(void *arg, const struct diag_finding *f)
{
	struct lint *lint = arg;
	struct lint_finding *lf;

	XGROW(lint->found, lint->alloc_found, lint->nr_found + 1);
	lf = &lint->found[lint->nr_found++];
	memset(lf, 0, sizeof(*lf));
	lf->f = *f;
	lf->f.path = f->path ? xstrdup(f->path) : NULL;
	lf->f.message = xstrdup(f->message);
	lf->f.fix_old = f->fix_old ? xstrdup(f->fix_old) : NULL;
	lf->f.fix_new = f->fix_new ? xstrdup(f->fix_new) : NULL;
}

static void free_found(struct lint *lint)
{
	size_t i;

	for (i = 0; i < lint->nr_found; i++) {
		struct lint_finding *lf = &lint->found[i];

		free((char *)lf->f.path);
		free((char *)lf->f.message);
		free((char *)lf->f.fix_old);
		free((char *)lf->f.fix_new);
		fix_release(&lf->fix);
	}
	lint->nr_found = 0;
}

/* The document's comments: input_options.comment. */
static void take_comment(void *arg, const char *text, unsigned line)
{
	struct lint *lint = arg;

	suppressions_comment(&lint->suppressions, text, line, lint->path, lint->diag);
}

/* ---- fixes ------------------------------------------------------------ */

/* Find the replacement each finding proposes in the document's bytes
 * (read again: the reader kept none of them).  One that is not found is
 * no fix. */
static void locate_fixes(struct lint *lint, const struct source_file *file,
			 struct strbuf *raw, struct fix_doc *doc, struct diag *diag)
{
	size_t i;

	for (i = 0; i < lint->nr_found && !lint->found[i].f.fix_old; i++)
		continue;
	if (i == lint->nr_found)
		return;
	if (input_read_file(file->path, lint->input, raw, diag) < 0 ||
	    fix_doc_init(doc, strbuf_str(raw), raw->len, file->meta.encoding) < 0)
		return;
	for (; i < lint->nr_found; i++) {
		struct lint_finding *lf = &lint->found[i];

		if (lf->f.fix_old && lf->f.fix_new)
			lf->has_fix = fix_locate(doc, lf->f.line, lf->f.fix_old, lf->f.fix_new,
						 &lf->fix) == 0;
	}
}

/* Can --fix write path: a regular file, and one its mode lets be written
 * (as root too: a file no one may write is read-only to --fix)?  Report
 * why not. */
static bool can_fix(const char *path, struct diag *diag)
{
	struct stat st;

	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
		diag_error(diag, NULL, 0, _("cannot fix '%s': it is not a regular file"), path);
		return false;
	}
	if (access(path, W_OK) < 0 || !(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH))) {
		diag_error(diag, NULL, 0, _("cannot fix '%s': it is read-only"), path);
		return false;
	}
	return true;
}

static int compare_fix_offsets(const void *pa, const void *pb)
{
	const struct fix *a = *(const struct fix *const *)pa, *b = *(const struct fix *const *)pb;

	return a->offset < b->offset ? -1 : a->offset > b->offset;
}

/* --fix: apply the fixes of lint->fix's rules, each once (a later one
 * that overlaps an earlier is left), and write the document's new bytes
 * into lint->outputs; mark each finding fixed.  Return 0, or -1 after
 * reporting that the document cannot be written. */
static int apply_fixes(struct lint *lint, const char *path, const struct fix_doc *doc,
		       bool *fixed, struct diag *diag)
{
	struct fix **fixes = xcalloc(lint->nr_found + 1, sizeof(*fixes));
	size_t nr = 0, kept = 0, i, len;
	char *bytes;
	FILE *out;
	int ret = 0;

	for (i = 0; i < lint->nr_found; i++)
		if (lint->found[i].has_fix && lint->fix.has[lint->found[i].f.rule])
			fixes[nr++] = &lint->found[i].fix;
	if (!nr)
		goto out;
	if (!can_fix(path, diag)) {
		ret = -1;
		goto out;
	}
	qsort(fixes, nr, sizeof(*fixes), compare_fix_offsets);
	for (i = 0; i < nr; i++)
		if (!kept || fixes[i]->offset >= fixes[kept - 1]->offset + fixes[kept - 1]->length)
			fixes[kept++] = fixes[i];
	for (i = 0; i < lint->nr_found; i++) {
		size_t k;

		for (k = 0; k < kept; k++)
			if (fixes[k] == &lint->found[i].fix)
				fixed[i] = true;
	}
	bytes = fix_apply(doc, fixes, kept, &len);
	out = output_set_open(lint->outputs, path, diag);
	if (!out)
		ret = -1;
	else if (fwrite(bytes, 1, len, out) != len)
		output_set_failed(lint->outputs, out, errno);
	free(bytes);
	if (ret < 0)
		memset(fixed, 0, lint->nr_found * sizeof(*fixed));
out:
	free(fixes);
	return ret;
}

/* "path:line: fixed: replaced 'old' with 'new' [rule]" */
static void print_fixed(const struct lint_finding *lf, struct diag *diag)
{
	struct diag_quote q_old, q_new;
	struct diag_finding f = lf->f;
	struct strbuf line = STRBUF_INIT;
	char *message = xasprintf(_("replaced '%s' with '%s'"), diag_quote(&q_old, f.fix_old),
				  diag_quote(&q_new, f.fix_new));

	f.message = message;
	diag_format_as(&line, &f, _("fixed"), true);
	fwrite(line.buf, 1, line.len, diag->out);
	strbuf_release(&line);
	free(message);
}

/* The document's findings: their fixes found, applied with --fix, and
 * each reported (or, when fixed, printed as such).  Return 0, or -1 when
 * the document could not be fixed. */
static int report_findings(struct lint *lint, const struct source_file *file,
			   struct diag *diag)
{
	struct strbuf raw = STRBUF_INIT;
	struct fix_doc doc;
	bool *fixed = xcalloc(lint->nr_found + 1, sizeof(*fixed));
	size_t i;
	int ret = 0;

	memset(&doc, 0, sizeof(doc));
	locate_fixes(lint, file, &raw, &doc, diag);
	for (i = 1; i < NR_RULES && !lint->fix.has[i]; i++)
		continue;
	if (i < NR_RULES && doc.line_starts)
		ret = apply_fixes(lint, file->path, &doc, fixed, diag);
	lint_report_document(lint->report, file->path);
	for (i = 0; i < lint->nr_found; i++) {
		const struct lint_finding *lf = &lint->found[i];

		if (fixed[i]) {
			print_fixed(lf, diag);
			lint->summary.fixed++;
		} else {
			lint_report_finding(lint->report, lf);
			lint->summary.count[lf->f.severity]++;
		}
	}
	free(fixed);
	fix_doc_release(&doc);
	strbuf_release(&raw);
	return ret;
}

int lint_document(struct lint *lint, const char *path, enum source_format format,
		  struct diag *diag)
{
	struct input_options input = *lint->input;
	unsigned plain_errors = diag->plain_errors;
	struct source_file file;
	struct doc_records recs;
	struct timespec t;
	int ret;

	memset(&file, 0, sizeof(file));
	memset(&recs, 0, sizeof(recs));
	file.path = xstrdup(path);
	file.name = xstrdup(path);
	file.format = format;
	lint->path = file.path;
	lint->diag = diag;
	input.comment = take_comment;
	input.comment_arg = lint;
	diag->wants = wants;
	diag->wants_arg = lint;
	diag->sink = take;
	diag->sink_arg = lint;
	clock_gettime(CLOCK_MONOTONIC, &t);
	/* The reader reports as it reads, and not always in line order (a
	 * table not closed, at its first line, is known at the end); the
	 * class a class name names is the class of most codes under it,
	 * known at the end too.  So the findings of a document are held,
	 * and shown sorted by line once it is checked. */
	diag_hold(diag);
	document_read(&file, lint->locale, &input, lint->registry, &recs, diag);
	lint->read_ms += lap_ms(&t);
	check_document(lint, &file, &recs, diag);
	diag_flush(diag);
	diag->wants = NULL;
	diag->sink = NULL;
	ret = report_findings(lint, &file, diag);
	lint->check_ms += lap_ms(&t);
	free_found(lint);
	suppressions_release(&lint->suppressions);
	lint->path = NULL;
	doc_records_release(&recs);
	source_file_release(&file);
	if (diag->plain_errors > plain_errors) {
		lint->summary.complete = false;
		ret = -1;
	}
	return ret;
}
