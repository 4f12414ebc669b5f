/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/catalogs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset/dataset.h"
#include "dataset/names.h"
#include "i18n.h"
#include "util/text.h"
#include "util/loose.h"
#include "util/xalloc.h"

const char *dataset_source_locale_reason(void)
{
	/* Written out, not spliced from DATASET_SOURCE_LOCALE ("en"), so
	 * that xgettext sees the whole message. */
	return _("'en' is the source language; its text comes from the "
		 "registry and data/sources/en, not from a catalog "
		 "(a regional English is a locale such as 'en_GB')");
}

bool dataset_is_catalog_locale(const char *name)
{
	return text_is_locale_name(name) && strcmp(name, DATASET_SOURCE_LOCALE);
}

/* Use the catalog's translation of the message msgctxt (English text
 * english) for *dst when it is translated, not fuzzy, and made for the
 * current English; count what it is. */
static void apply_message(struct catalog *cat, const char *msgctxt, const char *english,
			  struct text_field *dst, struct diag *diag)
{
	const struct po_entry *pe;

	if (!english)
		return;
	pe = po_catalog_find(&cat->po, msgctxt);
	if (!pe || !*pe->msgstr) {
		cat->untranslated++;
	} else if (pe->fuzzy) {
		cat->fuzzy++;
	} else if (strcmp(pe->msgid, english)) {
		diag_warning(diag, cat->file.path, pe->line,
			     _("'%s' translates '%s', but the English is now '%s'; run 'make update-po'"),
			     msgctxt, pe->msgid, english);
		cat->fuzzy++;
	} else {
		cat->translated++;
		free(dst->text);
		dst->text = xstrdup(pe->msgstr);
		dst->at.file = &cat->file;
		dst->at.line = pe->line;
	}
}

/* Is ctx the context of a message of the template: a class name, the
 * unused label, a page word, or the reason or description of a code
 * that has one? */
static bool names_message(const struct dataset *ds, const char *ctx)
{
	const struct status_entry *e;
	char want[64];
	int code, c;

	if (!strcmp(ctx, DATASET_UNUSED_LABEL_CONTEXT))
		return dataset_has_unused(ds);
	for (c = 0; c < NR_PAGE_WORDS; c++)
		if (!strcmp(ctx, dataset_page_words[c].context))
			return true;
	for (c = 0; c < NR_CLASSES; c++) {
		snprintf(want, sizeof(want), "class %d", c + 1);
		if (!strcmp(ctx, want))
			return ds->classes[c].name.text != NULL;
	}
	if (strncmp(ctx, "status ", 7) || text_scan_code(ctx + 7, &code) != 3)
		return false;
	e = dataset_find(ds, code);
	if (!e)
		return false;
	snprintf(want, sizeof(want), "status %d reason", code);
	if (!strcmp(ctx, want))
		return e->reason.text != NULL;
	snprintf(want, sizeof(want), "status %d description", code);
	return !strcmp(ctx, want) && e->description.text != NULL;
}

/* Contexts of one catalog reported as naming no message; then a count. */
#define UNKNOWN_CONTEXTS_SHOWN 20u

/* A message whose context names none of the template's (a typo such as
 * "status 404 reasn") is never used: say so. */
static void warn_unknown_contexts(const struct dataset *ds, const struct catalog *cat,
				  struct diag *diag)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < cat->po.nr; i++) {
		const struct po_entry *pe = &cat->po.entries[i];
		struct diag_quote q;

		if (names_message(ds, pe->msgctxt) || ++n > UNKNOWN_CONTEXTS_SHOWN)
			continue;
		diag_warning(diag, cat->file.path, pe->line, _("no message has the context '%s'"),
			     diag_quote(&q, pe->msgctxt));
	}
	if (n > UNKNOWN_CONTEXTS_SHOWN)
		diag_warning(diag, cat->file.path, 0,
			     ngettext("%lu more context names no message",
				      "%lu more contexts name no message",
				      n - UNKNOWN_CONTEXTS_SHOWN), n - UNKNOWN_CONTEXTS_SHOWN);
}

/* The reason phrases catalog cat gave locale l: two codes called
 * alike, or a code called what the registry calls another, read as one
 * code or as the other.  Say so at the catalog's line, once a code. */
static void warn_confusable_reasons(const struct dataset *ds, const struct catalog *cat, int l,
				    struct diag *diag)
{
	size_t i, j;

	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];
		const struct text_field *r = &e->l10n[l].reason;
		struct diag_quote q;

		if (!r->text || r->at.file != &cat->file)
			continue;
		for (j = 0; j < i; j++) {
			const struct text_field *o = &ds->entries[j].l10n[l].reason;

			if (o->text && o->at.file == &cat->file && loose_equal(r->text, o->text))
				break;
		}
		if (j < i) {
			diag_warning(diag, cat->file.path, r->at.line,
				     _("%d is called '%s' here, and so is %d at line %u; each code "
				       "needs a name of its own"),
				     e->code, diag_quote(&q, r->text), ds->entries[j].code,
				     ds->entries[j].l10n[l].reason.at.line);
			continue;
		}
		for (j = 0; j < ds->nr_entries; j++)
			if (j != i && ds->entries[j].reason.text &&
			    loose_equal(r->text, ds->entries[j].reason.text))
				break;
		if (j < ds->nr_entries)
			diag_warning(diag, cat->file.path, r->at.line,
				     _("%d is called '%s' here, which is what the registry calls %d"),
				     e->code, diag_quote(&q, r->text), ds->entries[j].code);
	}
}

void dataset_apply_catalogs(struct dataset *ds, struct diag *diag)
{
	size_t k, i;
	int c;

	for (k = 0; k < ds->nr_catalogs; k++) {
		struct catalog *cat = &ds->catalogs[k];
		int l = dataset_locale_index(ds, cat->file.locale);
		char ctx[64];

		/* Every catalog's locale is one of the dataset's, but for the
		 * source language's, which dataset_load_catalogs() refuses:
		 * there is no l10n[] for it to go into. */
		if (l < 0) {
			diag_error(diag, cat->file.path, 0, "%s", dataset_source_locale_reason());
			continue;
		}
		for (c = 0; c < NR_CLASSES; c++) {
			snprintf(ctx, sizeof(ctx), "class %d", c + 1);
			apply_message(cat, ctx, ds->classes[c].name.text, &ds->classes[c].l10n[l], diag);
		}
		if (dataset_has_unused(ds))
			apply_message(cat, DATASET_UNUSED_LABEL_CONTEXT, ds->unused_label.name.text,
				      &ds->unused_label.l10n[l], diag);
		for (c = 0; c < NR_PAGE_WORDS; c++)
			apply_message(cat, dataset_page_words[c].context, ds->page_words[c].name.text,
				      &ds->page_words[c].l10n[l], diag);
		for (i = 0; i < ds->nr_entries; i++) {
			struct status_entry *e = &ds->entries[i];

			snprintf(ctx, sizeof(ctx), "status %d reason", e->code);
			apply_message(cat, ctx, e->reason.text, &e->l10n[l].reason, diag);
			snprintf(ctx, sizeof(ctx), "status %d description", e->code);
			apply_message(cat, ctx, e->description.text, &e->l10n[l].description, diag);
		}
		warn_confusable_reasons(ds, cat, l, diag);
		warn_unknown_contexts(ds, cat, diag);
		diag_note(diag, cat->file.path, 0,
			  _("%u translated, %u fuzzy, %u untranslated messages"),
			  cat->translated, cat->fuzzy, cat->untranslated);
	}
}
