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

bool phrases_drop_note(const struct phrases *p, char *reason)
{
	static const char fw_open[] = "\xef\xbc\x88", fw_close[] = "\xef\xbc\x89";   /* （ ） */
	size_t n = reason ? strlen(reason) : 0;
	char *open = NULL, *end, keep;

	if (!n || !p || !p->nr)
		return false;
	if (reason[n - 1] == ')') {
		open = strrchr(reason, '(');
		if (open && (open == reason || open[-1] != ' '))
			open = NULL;
	} else if (n > 3 && !strcmp(reason + n - 3, fw_close)) {
		char *at;

		for (at = strstr(reason, fw_open); at; at = strstr(at + 3, fw_open))
			open = at;
	}
	if (!open || open == reason || phrases_has(p, reason))
		return false;
	/* The phrase ends before the spaces in front of the bracket. */
	for (end = open; end > reason && end[-1] == ' '; end--)
		;
	if (end == reason)
		return false;
	keep = *end;
	*end = '\0';
	if (phrases_has(p, reason))
		return true;
	*end = keep;
	return false;
}

bool phrases_drop_stop(const struct phrases *p, char *reason)
{
	size_t n = reason ? strlen(reason) : 0;

	if (n < 2 || reason[n - 1] != '.' || reason[n - 2] == '.' || !phrases_has(p, reason))
		return false;
	reason[n - 1] = '\0';
	return true;
}

void phrases_clean_name(const struct phrases *p, char *reason)
{
	phrases_drop_stop(p, reason);
	phrases_drop_note(p, reason);
}
