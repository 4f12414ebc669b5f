/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Translators' catalogs applied to the merged dataset: a catalog's
 * non-fuzzy translation, made for the current English, wins over what
 * the source documents give.  (Reading them: dataset_load_catalogs();
 * which locales a catalog can be for: dataset_is_catalog_locale().) */
#ifndef STATUSGEN_CATALOGS_H
#define STATUSGEN_CATALOGS_H

struct dataset;
struct diag;

/* Apply each of ds->catalogs to the entries, class names and unused
 * label that the merge made; report a message whose English changed
 * since it was translated, contexts that name no message, and each
 * catalog's counts.  Part of dataset_merge(). */
void dataset_apply_catalogs(struct dataset *ds, struct diag *diag);

#endif
