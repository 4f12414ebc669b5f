/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/phrases.h"

#include <stdlib.h>
#include <string.h>

#include "parse/registry.h"
#include "util/loose.h"
#include "util/text.h"
#include "util/xalloc.h"

char *phrases_fold(const char *text)
{
	return loose_fold(text, NULL);
}

static void add(struct phrases *p, size_t *alloc, const char *phrase)
{
	if (!phrase || !*phrase)
		return;
	XGROW(p->norm, *alloc, p->nr + 1);
	p->norm[p->nr++] = phrases_fold(phrase);
}

void phrases_init(struct phrases *p, const struct registry *reg)
{
	size_t alloc = 0, i;

	p->norm = NULL;
	p->nr = 0;
	if (!reg)
		return;
	for (i = 0; i < reg->nr_records; i++)
		add(p, &alloc, reg->records[i].phrase);
	for (i = 0; i < reg->nr_former; i++)
		add(p, &alloc, reg->former[i].phrase);
	/* What the registry writes for 306 and 418. */
	add(p, &alloc, "Unused");
	if (p->nr)
		qsort(p->norm, p->nr, sizeof(*p->norm), text_compare_ptrs);
}

void phrases_release(struct phrases *p)
{
	size_t i;

	for (i = 0; i < p->nr; i++)
		free(p->norm[i]);
	free(p->norm);
	p->norm = NULL;
	p->nr = 0;
}

bool phrases_has(const struct phrases *p, const char *text)
{
	char *key;
	bool found;

	if (!p || !p->nr)
		return false;
	key = phrases_fold(text);
	found = *key && bsearch(&key, p->norm, p->nr, sizeof(*p->norm), text_compare_ptrs);
	free(key);
	return found;
}
