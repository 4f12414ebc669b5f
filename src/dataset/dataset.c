/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/dataset.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "dataset/catalogs.h"
#include "dataset/classes.h"
#include "dataset/names.h"
#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

const struct page_word_message dataset_page_words[NR_PAGE_WORDS] = {
	[PAGE_TITLE] = { "page title", "HTTP status codes",
		"The title of a generated page that lists every HTTP status code with\n"
		"its reason phrase and description (http-status.LL.md): its first\n"
		"heading, and the title in its front matter." },
	[PAGE_COLUMN_CODE] = { "page column code", "Code",
		"The label of the first column of a page written as a table (statusgen\n"
		"markdown --style table): the three-digit status code, such as 404.\n"
		"A short column header, as a table of this language would have it." },
	[PAGE_COLUMN_REASON] = { "page column reason", "Reason",
		"The label of the second column of a page written as a table: the\n"
		"English reason phrase, as the IANA registry has it (Not Found).\n"
		"A short column header." },
	[PAGE_COLUMN_LOCALIZED] = { "page column localized name", "Localized name",
		"The label of the third column of a page written as a table: the\n"
		"reason phrase in this catalog's language (its \"status NNN reason\"\n"
		"translations).  A short column header." },
	[PAGE_COLUMN_DESCRIPTION] = { "page column description", "Description",
		"The label of the fourth column of a page written as a table: what\n"
		"the status code means, in this catalog's language (its \"status NNN\n"
		"description\" translations).  A short column header." },
};

/* One record as read, kept until the merge. */
struct candidate {
	struct doc_record r;
	size_t file;                /* index in ds->files */
	size_t seq;                 /* order read, the last tie-break */
};

void dataset_init(struct dataset *ds)
{
	static const struct input_options defaults = INPUT_OPTIONS_INIT;

	memset(ds, 0, sizeof(*ds));
	ds->input = defaults;
}

/* Take record r of file as a candidate, its texts and all. */
static void add_candidate(struct dataset *ds, size_t file, struct doc_record *r)
{
	struct candidate *c;

	XGROW(ds->cands, ds->alloc_cands, ds->nr_cands + 1);
	c = &ds->cands[ds->nr_cands++];
	c->r = *r;
	c->file = file;
	c->seq = ds->nr_cands - 1;
}

int dataset_add_file(struct dataset *ds, const char *path, const char *name,
		     const char *locale, enum source_format format,
		     struct diag *diag)
{
	struct source_file *f = xcalloc(1, sizeof(*f));
	struct doc_records recs = { NULL, 0, 0 };
	size_t i;
	int ret;

	f->path = xstrdup(path);
	f->name = xstrdup(name);
	f->format = format;
	XGROW(ds->files, ds->alloc_files, ds->nr_files + 1);
	ds->files[ds->nr_files++] = f;
	ret = document_read(f, locale, &ds->input, &ds->registry, &recs, diag);
	/* Nothing of a document that failed takes part in the merge. */
	if (ret < 0) {
		doc_records_release(&recs);
		return -1;
	}
	for (i = 0; i < recs.nr; i++)
		add_candidate(ds, ds->nr_files - 1, &recs.rec[i]);
	free(recs.rec);
	return ret;
}

/* ---- the merge ------------------------------------------------------- */

enum field { F_REASON, F_L10N_REASON, F_DESCRIPTION, F_CLASS_NAME };

static struct doc_text *field_of(struct candidate *c, enum field f)
{
	switch (f) {
	case F_REASON:
		return &c->r.reason;
	case F_L10N_REASON:
		return &c->r.l10n_reason;
	case F_DESCRIPTION:
		return &c->r.description;
	case F_CLASS_NAME:
		break;
	}
	return &c->r.class_name;
}

/* Precedence: table rows are the authority for names (reason phrases and
 * class names), heading sections for descriptions; between two records of
 * the same kind, the document that sorts first wins.  (doc/data.md:
 * "Merge rules".) */
static bool ranks_before(const struct candidate *a, const struct candidate *b,
			 enum field f)
{
	enum record_origin preferred = f == F_DESCRIPTION ? RECORD_HEADING : RECORD_TABLE_ROW;

	if (a->r.origin != b->r.origin)
		return a->r.origin == preferred;
	if (a->file != b->file)
		return a->file < b->file;
	return a->seq < b->seq;
}

static int compare_candidates(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;

	if (a->r.code != b->r.code)
		return a->r.code < b->r.code ? -1 : 1;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Does candidate c take part in the choice of a text in locale? */
typedef bool scope_fn(const struct dataset *ds, const struct candidate *c,
		      const char *locale);

static bool any_locale(const struct dataset *ds, const struct candidate *c,
		       const char *locale)
{
	(void)ds;
	(void)c;
	(void)locale;
	return true;
}

static bool in_locale(const struct dataset *ds, const struct candidate *c,
		      const char *locale)
{
	return !strcmp(ds->files[c->file]->locale, locale);
}

/* The localized name a document gives an unused code is the unused
 * label, unless it names the code otherwise in English (a former name,
 * reported as a code presented as live). */
static bool labels_unused(const struct dataset *ds, const struct candidate *c,
			  const char *locale)
{
	return in_locale(ds, c, locale) &&
	       (!c->r.reason.text || names_is_unused_marker(c->r.reason.text));
}

static const char *path_of(const struct dataset *ds, const struct candidate *c)
{
	return ds->files[c->file]->path;
}

/* Pick the text of field f for one code among cands[0..n), within the
 * scope, and report every candidate that says otherwise. */
static struct candidate *choose(struct dataset *ds, struct candidate *cands,
				size_t n, enum field f, scope_fn *in_scope,
				const char *locale, struct diag *diag)
{
	struct candidate *best = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		struct candidate *c = &cands[i];

		if (!field_of(c, f)->text || !in_scope(ds, c, locale))
			continue;
		if (!best || ranks_before(c, best, f))
			best = c;
	}
	if (!best)
		return NULL;
	for (i = 0; i < n; i++) {
		struct candidate *c = &cands[i];
		struct doc_text *t = field_of(c, f), *b = field_of(best, f);
		struct diag_quote qt, qb;

		if (c == best || !t->text || !in_scope(ds, c, locale) ||
		    !strcmp(t->text, b->text))
			continue;
		switch (f) {
		case F_REASON:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is called '%s' here but '%s' in %s:%u"),
				     c->r.code, diag_quote(&qt, t->text), diag_quote(&qb, b->text),
				     path_of(ds, best), b->line);
			break;
		case F_L10N_REASON:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is translated '%s' here but '%s' in %s:%u"),
				     c->r.code, diag_quote(&qt, t->text), diag_quote(&qb, b->text),
				     path_of(ds, best), b->line);
			break;
		case F_DESCRIPTION:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is described differently here and in %s:%u"),
				     c->r.code, path_of(ds, best), b->line);
			break;
		case F_CLASS_NAME:
			break;
		}
	}
	return best;
}

static void take_field(struct dataset *ds, struct text_field *dst,
		       struct candidate *c, enum field f)
{
	if (!c)
		return;
	dst->text = xstrdup(field_of(c, f)->text);
	dst->at.file = ds->files[c->file];
	dst->at.line = field_of(c, f)->line;
}

/* Add text to the list *names (of *nr) unless it is there already. */
static void add_name(struct text_field **names, size_t *nr, const char *text,
		     const struct source_file *file, unsigned line)
{
	struct text_field *a;
	size_t i;

	for (i = 0; i < *nr; i++)
		if (!strcmp((*names)[i].text, text))
			return;
	*names = xrealloc(*names, (*nr + 1) * sizeof(**names));
	a = &(*names)[(*nr)++];
	a->text = xstrdup(text);
	a->at.file = file;
	a->at.line = line;
}

static int compare_fields(const void *pa, const void *pb)
{
	const struct text_field *a = pa, *b = pb;

	return strcmp(a->text, b->text);
}

/* The other names of a code: its former names, as the registry's list
 * gives them, and the variants, every other English phrase a document
 * gives it ("Unused" for an unused code is no name), sorted. */
static void collect_names(struct dataset *ds, struct status_entry *e,
			  const struct registry_record *rec, struct candidate *cands, size_t n)
{
	size_t i, k;

	for (i = 0; i < ds->registry.nr_former; i++) {
		const struct former_name *f = &ds->registry.former[i];

		if (f->code == e->code)
			add_name(&e->former_names, &e->nr_former_names, f->phrase,
				 &ds->former_file, f->line);
	}
	for (i = 0; i < n; i++) {
		const char *t = cands[i].r.reason.text;
		bool known = false;

		if (!t || (rec && names_is_registry_phrase(rec, t)) ||
		    (e->reason.text && !strcmp(e->reason.text, t)))
			continue;
		for (k = 0; k < e->nr_former_names; k++)
			known = known || !strcmp(e->former_names[k].text, t);
		if (!known)
			add_name(&e->variants, &e->nr_variants, t, ds->files[cands[i].file],
				 cands[i].r.reason.line);
	}
	if (e->nr_variants > 1)
		qsort(e->variants, e->nr_variants, sizeof(*e->variants), compare_fields);
}

/* After the merge: how many duplicates of each document were not shown. */
static void report_more_duplicates(const struct dataset *ds, struct diag *diag)
{
	size_t f;

	for (f = 0; f < ds->nr_files; f++)
		document_report_more_duplicates(ds->files[f], diag);
}

/* Codes missing from one document reported; then one line with the count. */
#define MISSING_SHOWN 20u

/* Report, for each code, the documents of its locale that lack it.
 * first_of_locale has room for ds->nr_locales + 1 pointers. */
static void report_coverage(struct dataset *ds, struct candidate *cands, size_t n,
			    const struct candidate **first_of_locale, struct diag *diag)
{
	size_t i, f, j = 0;

	memset(first_of_locale, 0, (ds->nr_locales + 1) * sizeof(*first_of_locale));
	for (i = 0; i < n; i++) {
		int id = ds->files[cands[i].file]->locale_id;

		if (!first_of_locale[id])
			first_of_locale[id] = &cands[i];
	}
	/* cands are sorted by file: one walk finds the files that have it. */
	for (f = 0; f < ds->nr_files; f++) {
		struct source_file *file = ds->files[f];
		const struct candidate *first = first_of_locale[file->locale_id];

		while (j < n && cands[j].file < f)
			j++;
		if (file->failed || (j < n && cands[j].file == f) || !first)
			continue;
		if (++file->nr_missing <= MISSING_SHOWN)
			diag_note(diag, path_of(ds, first), first->r.line,
				  _("%d is not in %s"), first->r.code, file->path);
	}
}

/* After the merge: how many missing codes of each document were not shown. */
static void report_more_missing(const struct dataset *ds, struct diag *diag)
{
	size_t f;

	for (f = 0; f < ds->nr_files; f++) {
		unsigned long more = ds->files[f]->nr_missing;

		if (more <= MISSING_SHOWN)
			continue;
		more -= MISSING_SHOWN;
		diag_note(diag, ds->files[f]->path, 0,
			  ngettext("%lu more code of its locale is not in this document",
				   "%lu more codes of its locale are not in this document", more),
			  more);
	}
}

static void add_locale(struct dataset *ds, const char *locale)
{
	if (!strcmp(locale, DATASET_SOURCE_LOCALE) || dataset_locale_index(ds, locale) >= 0)
		return;
	ds->locales = xrealloc(ds->locales, (ds->nr_locales + 1) * sizeof(char *));
	ds->locales[ds->nr_locales++] = xstrdup(locale);
}

/* names_check_phrase() for every document's phrase of a registered code (a
 * repeat's was checked as it was read: add_repeat()). */
static void check_phrases(struct dataset *ds, const struct registry_record *rec,
			  struct candidate *cands, size_t n, struct diag *diag)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cands[i].r.reason.text)
			names_check_phrase(&ds->registry, rec, cands[i].r.code, cands[i].r.reason.text,
					   path_of(ds, &cands[i]), cands[i].r.reason.line, diag);
}

/* Take what the registry says of code: its phrase, reference and flags. */
static void take_registry(struct dataset *ds, struct status_entry *e,
			  const struct registry_record *rec, struct diag *diag)
{
	e->registered = true;
	e->flags = rec->flags;
	e->registered_on = rec->registered;
	e->expires = rec->expires;
	if (rec->phrase) {
		e->reason.text = xstrdup(rec->phrase);
		e->reason.at.file = &ds->registry_file;
		e->reason.at.line = rec->line;
	}
	if (rec->reference) {
		e->reference.text = xstrdup(rec->reference);
		e->reference.at.file = &ds->registry_file;
		e->reference.at.line = rec->line;
	}
	if (rec->expires && ds->today && strcmp(rec->expires, ds->today) < 0) {
		e->expired = true;
		diag_warning(diag, ds->registry_file.path, rec->line,
			     _("%d's temporary registration expired on %s"), e->code, rec->expires);
	}
}

/* Take what a vendor's list says of its code. */
static void take_vendor(struct dataset *ds, struct status_entry *e, const struct vendor_code *v)
{
	e->vendor = v->vendor;
	e->reason.text = xstrdup(v->phrase);
	e->reason.at.file = &ds->vendor_file;
	e->reason.at.line = v->line;
	e->reference.text = xstrdup(v->reference);
	e->reference.at.file = &ds->vendor_file;
	e->reference.at.line = v->line;
}

/* Is name one of the comma-separated names of list? */
static bool in_list(const char *list, const char *name)
{
	size_t n = strlen(name);

	while (list && *list) {
		size_t k = strcspn(list, ",");

		if (k == n && !memcmp(list, name, n))
			return true;
		list += k + (list[k] == ',');
	}
	return false;
}

/* The codes of the vendors ds->vendors names, in the registry's vendor
 * list: *nr of them, by code, the first vendor of a code only (free()
 * the array).  A name no vendor has is an error. */
static const struct vendor_code **chosen_vendor_codes(struct dataset *ds, size_t *nr,
						     struct diag *diag)
{
	const struct registry *reg = &ds->registry;
	const struct vendor_code **v = xcalloc(reg->nr_vendor + 1, sizeof(*v));
	const char *p = ds->vendors;
	size_t i, j;

	*nr = 0;
	while (p && *p) {
		size_t k = strcspn(p, ",");

		for (i = 0; i < reg->nr_vendor; i++)
			if (strlen(reg->vendor[i].vendor) == k && !memcmp(reg->vendor[i].vendor, p, k))
				break;
		if (i == reg->nr_vendor) {
			char *name = xstrndup(p, k);
			struct diag_quote q;

			diag_error(diag, reg->vendor_path, 0,
				   _("no vendor '%s' in the vendor list (--vendor)"), diag_quote(&q, name));
			free(name);
		}
		p += k + (p[k] == ',');
	}
	for (i = 0; i < reg->nr_vendor; i++) {
		if (!in_list(ds->vendors, reg->vendor[i].vendor))
			continue;
		for (j = *nr; j > 0 && v[j - 1]->code > reg->vendor[i].code; j--)
			v[j] = v[j - 1];
		if (j > 0 && v[j - 1]->code == reg->vendor[i].code) {
			memmove(&v[j], &v[j + 1], (*nr - j) * sizeof(*v));
			continue;
		}
		v[j] = &reg->vendor[i];
		(*nr)++;
	}
	if (*nr && !ds->vendor_file.path) {
		ds->vendor_file.path = xstrdup(reg->vendor_path);
		ds->vendor_file.name = xstrdup("vendor/codes.xml");
		ds->vendor_file.locale = xstrdup("en");
	}
	return v;
}

/* Take c's localized reason, given to an unused code, as the unused label
 * of locale l, unless an earlier unused code gave it already. */
static void take_unused_label(struct dataset *ds, size_t l, struct candidate *c,
			      struct diag *diag)
{
	struct text_field *dst = &ds->unused_label.l10n[l];

	if (!c)
		return;
	if (!dst->text)
		take_field(ds, dst, c, F_L10N_REASON);
	else if (strcmp(dst->text, c->r.l10n_reason.text))
		names_report_unused_label(diag, c->r.code, c->r.l10n_reason.text, path_of(ds, c),
					  c->r.l10n_reason.line, dst->text, dst->at.file->path,
					  dst->at.line);
}

/* Merge the records of one code.  Return false if the code is left out. */
static bool merge_entry(struct dataset *ds, struct status_entry *e, int code,
			struct candidate *cands, size_t n, const struct vendor_code *vendor,
			const struct candidate **first_of_locale, struct diag *diag)
{
	const struct registry_record *rec = registry_find(&ds->registry, code);
	bool have_registry = ds->registry.nr_records > 0;
	struct candidate *c;
	size_t i, l;

	if (vendor) {
		rec = NULL;
	} else if (have_registry && !registry_is_registered(&ds->registry, code)) {
		if (!ds->allow_unregistered) {
			diag_warning(diag, path_of(ds, &cands[0]), cands[0].r.line,
				     _("%d is not a registered status code; left out (--allow-unregistered keeps it)"),
				     code);
			return false;
		}
		diag_note(diag, path_of(ds, &cands[0]), cands[0].r.line,
			  _("%d is not a registered status code; kept"), code);
		rec = NULL;
	}
	e->code = code;
	e->status_class = code / 100;
	e->l10n = xcalloc(ds->nr_locales, sizeof(*e->l10n));
	e->seen = xcalloc(n, sizeof(*e->seen));
	for (i = 0; i < n; i++) {
		e->seen[e->nr_seen].file = ds->files[cands[i].file];
		e->seen[e->nr_seen++].line = cands[i].r.line;
	}
	report_coverage(ds, cands, n, first_of_locale, diag);

	if (rec) {
		take_registry(ds, e, rec, diag);
		check_phrases(ds, rec, cands, n, diag);
	} else if (vendor) {
		take_vendor(ds, e, vendor);
	} else {
		c = choose(ds, cands, n, F_REASON, any_locale, NULL, diag);
		take_field(ds, &e->reason, c, F_REASON);
		if (!c)
			diag_warning(diag, path_of(ds, &cands[0]), cands[0].r.line,
				     _("%d has no English reason phrase in any document"), code);
	}
	collect_names(ds, e, rec, cands, n);
	c = choose(ds, cands, n, F_DESCRIPTION, in_locale, "en", diag);
	take_field(ds, &e->description, c, F_DESCRIPTION);
	for (l = 0; l < ds->nr_locales; l++) {
		const char *loc = ds->locales[l];

		if (e->flags & REGISTRY_UNUSED) {
			c = choose(ds, cands, n, F_L10N_REASON, labels_unused, loc, diag);
			take_unused_label(ds, l, c, diag);
		} else {
			c = choose(ds, cands, n, F_L10N_REASON, in_locale, loc, diag);
			take_field(ds, &e->l10n[l].reason, c, F_L10N_REASON);
		}
		c = choose(ds, cands, n, F_DESCRIPTION, in_locale, loc, diag);
		take_field(ds, &e->l10n[l].description, c, F_DESCRIPTION);
	}
	return true;
}

/* ---- class names ----------------------------------------------------- */

/* use names its class in its file's locale (English: the class's name). */
static void take_class_name(void *arg, const struct class_use *use)
{
	struct dataset *ds = arg;
	const struct source_file *file = ds->files[use->file];
	struct class_entry *ce = &ds->classes[use->status_class - 1];
	int l = dataset_locale_index(ds, file->locale);
	struct text_field *dst = l >= 0 ? &ce->l10n[l] : &ce->name;

	free(dst->text);
	dst->text = xstrdup(use->name);
	dst->at.file = file;
	dst->at.line = use->line;
}

/* The names the documents list codes under name the classes
 * (dataset/classes.h). */
static void merge_class_names(struct dataset *ds, struct diag *diag)
{
	struct class_uses uses;
	size_t i;

	memset(&uses, 0, sizeof(uses));
	for (i = 0; i < ds->nr_cands; i++)
		class_uses_add(&uses, ds->cands[i].file, &ds->cands[i].r);
	class_uses_finish(&uses, ds->files, take_class_name, ds, diag);
	class_uses_release(&uses);
}

static void free_candidates(struct dataset *ds)
{
	size_t i;

	for (i = 0; i < ds->nr_cands; i++)
		doc_record_release(&ds->cands[i].r);
	free(ds->cands);
	ds->cands = NULL;
	ds->nr_cands = ds->alloc_cands = 0;
}

/* "Unused", the registry's own word for such a code, from its first
 * unused record. */
static void init_unused_label(struct dataset *ds)
{
	size_t r;

	ds->unused_label.name.text = xstrdup("Unused");
	ds->unused_label.l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	for (r = 0; r < ds->registry.nr_records; r++) {
		if (ds->registry.records[r].flags & REGISTRY_UNUSED) {
			ds->unused_label.name.at.file = &ds->registry_file;
			ds->unused_label.name.at.line = ds->registry.records[r].line;
			break;
		}
	}
}

int dataset_merge(struct dataset *ds, struct diag *diag)
{
	const struct candidate **first_of_locale;
	unsigned errors = diag->count[DIAG_ERROR];
	const struct vendor_code **vendor;
	size_t i, j, r, v = 0, nr_vendor;
	int c;

	for (i = 0; i < ds->nr_files; i++)
		add_locale(ds, ds->files[i]->locale);
	for (i = 0; i < ds->nr_catalogs; i++)
		add_locale(ds, ds->catalogs[i].file.locale);
	if (ds->nr_locales)
		qsort(ds->locales, ds->nr_locales, sizeof(char *), text_compare_ptrs);
	for (c = 0; c < NR_CLASSES; c++) {
		ds->classes[c].name.text = xstrdup(classes_english_name(c + 1));
		ds->classes[c].l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	}
	init_unused_label(ds);
	for (c = 0; c < NR_PAGE_WORDS; c++) {
		ds->page_words[c].name.text = xstrdup(dataset_page_words[c].english);
		ds->page_words[c].l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	}
	for (i = 0; i < ds->nr_files; i++)
		ds->files[i]->locale_id = dataset_locale_index(ds, ds->files[i]->locale) + 1;
	first_of_locale = xcalloc(ds->nr_locales + 1, sizeof(*first_of_locale));
	if (ds->nr_cands)
		qsort(ds->cands, ds->nr_cands, sizeof(*ds->cands), compare_candidates);
	/* Every registered code, and every code a document lists, in order. */
	vendor = chosen_vendor_codes(ds, &nr_vendor, diag);
	ds->entries = xcalloc(ds->nr_cands + ds->registry.nr_records + nr_vendor + 1,
			      sizeof(*ds->entries));
	i = r = 0;
	while (i < ds->nr_cands || r < ds->registry.nr_records || v < nr_vendor) {
		const struct registry_record *rec = r < ds->registry.nr_records ?
						    &ds->registry.records[r] : NULL;
		int code = i < ds->nr_cands ? ds->cands[i].r.code : 1000;
		const struct vendor_code *vc = NULL;

		if (rec && (rec->flags & REGISTRY_UNASSIGNED)) {
			r++;
			continue;
		}
		if (rec && rec->lo < code)
			code = rec->lo;
		if (v < nr_vendor && vendor[v]->code < code)
			code = vendor[v]->code;
		if (rec && rec->lo == code)
			r++;
		if (v < nr_vendor && vendor[v]->code == code)
			vc = vendor[v++];
		for (j = i; j < ds->nr_cands && ds->cands[j].r.code == code; j++)
			;
		/* No candidate at all: cands may be NULL, and NULL + 0 is undefined. */
		if (merge_entry(ds, &ds->entries[ds->nr_entries], code,
				j > i ? &ds->cands[i] : NULL, j - i, vc, first_of_locale, diag))
			ds->nr_entries++;
		i = j;
	}
	free(first_of_locale);
	free(vendor);
	report_more_duplicates(ds, diag);
	report_more_missing(ds, diag);
	merge_class_names(ds, diag);
	dataset_apply_catalogs(ds, diag);
	free_candidates(ds);
	/* Duplicates are errors too, reported as they were read. */
	for (i = 0; i < ds->nr_files; i++)
		if (ds->files[i]->nr_duplicates)
			return -1;
	return diag->count[DIAG_ERROR] > errors ? -1 : 0;
}

void dataset_release(struct dataset *ds)
{
	size_t i, k;
	int c;

	free_candidates(ds);
	for (i = 0; i < ds->nr_entries; i++) {
		struct status_entry *e = &ds->entries[i];

		free(e->reason.text);
		free(e->reference.text);
		free(e->description.text);
		for (k = 0; k < e->nr_former_names; k++)
			free(e->former_names[k].text);
		free(e->former_names);
		for (k = 0; k < e->nr_variants; k++)
			free(e->variants[k].text);
		free(e->variants);
		for (k = 0; k < ds->nr_locales; k++) {
			free(e->l10n[k].reason.text);
			free(e->l10n[k].description.text);
		}
		free(e->l10n);
		free(e->seen);
	}
	free(ds->entries);
	for (c = 0; c < NR_CLASSES; c++) {
		free(ds->classes[c].name.text);
		for (k = 0; ds->classes[c].l10n && k < ds->nr_locales; k++)
			free(ds->classes[c].l10n[k].text);
		free(ds->classes[c].l10n);
	}
	free(ds->unused_label.name.text);
	for (k = 0; ds->unused_label.l10n && k < ds->nr_locales; k++)
		free(ds->unused_label.l10n[k].text);
	free(ds->unused_label.l10n);
	for (c = 0; c < NR_PAGE_WORDS; c++) {
		free(ds->page_words[c].name.text);
		for (k = 0; ds->page_words[c].l10n && k < ds->nr_locales; k++)
			free(ds->page_words[c].l10n[k].text);
		free(ds->page_words[c].l10n);
	}
	for (i = 0; i < ds->nr_locales; i++)
		free(ds->locales[i]);
	free(ds->locales);
	for (i = 0; i < ds->nr_files; i++) {
		source_file_release(ds->files[i]);
		free(ds->files[i]);
	}
	free(ds->files);
	for (i = 0; i < ds->nr_catalogs; i++) {
		source_file_release(&ds->catalogs[i].file);
		po_catalog_release(&ds->catalogs[i].po);
	}
	free(ds->catalogs);
	source_file_release(&ds->registry_file);
	source_file_release(&ds->former_file);
	source_file_release(&ds->semantics_file);
	source_file_release(&ds->vendor_file);
	registry_release(&ds->registry);
	memset(ds, 0, sizeof(*ds));
}
