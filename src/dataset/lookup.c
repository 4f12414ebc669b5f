/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Looking things up in a dataset: a code's entry, a locale's index,
 * whether a code is unused.  The merge, the catalogs and the emitters use
 * them. */
#include <config.h>

#include "dataset/dataset.h"

#include <string.h>

const struct status_entry *dataset_find(const struct dataset *ds, int code)
{
	size_t lo = 0, hi = ds->nr_entries;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ds->entries[mid].code == code)
			return &ds->entries[mid];
		if (ds->entries[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool dataset_has_unused(const struct dataset *ds)
{
	size_t i;

	for (i = 0; i < ds->nr_entries; i++)
		if (ds->entries[i].flags & REGISTRY_UNUSED)
			return true;
	return false;
}

int dataset_locale_index(const struct dataset *ds, const char *locale)
{
	size_t i;

	for (i = 0; i < ds->nr_locales; i++)
		if (!strcmp(ds->locales[i], locale))
			return (int)i;
	return -1;
}
