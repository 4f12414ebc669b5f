/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/locale_name.h"

#include <stddef.h>
#include <string.h>

/* The generated C's own code, compiled as the program's. */
#include "emit/c_locale.c"

/* A subtag packed as http_status_split_locale() packs it, into buf of size
 * bytes (one more than the subtag can have). */
static void unpack(unsigned long tag, char *buf, size_t size)
{
	size_t n;

	for (n = 0; n + 1 < size && tag; n++, tag >>= 8)
		buf[n] = (char)(tag & 0xff);
	buf[n] = '\0';
}

bool locale_name_parts(const char *name, struct locale_parts *lp)
{
	struct http_status_subtags t;

	memset(lp, 0, sizeof(*lp));
	if (http_status_split_locale(name, &t) < 0)
		return false;
	unpack(t.language, lp->language, sizeof(lp->language));
	unpack(t.script, lp->script, sizeof(lp->script));
	unpack(t.territory, lp->territory, sizeof(lp->territory));
	unpack(http_status_script_of(&t), lp->written_in, sizeof(lp->written_in));
	return true;
}

int locale_language_number(const char *name)
{
	return http_status_language_number(name);
}

bool locale_language_has_scripts(const char *name)
{
	struct http_status_subtags t;
	size_t i;

	if (http_status_split_locale(name, &t) < 0)
		return false;
	for (i = 0; i < sizeof(http_status_scripts) / sizeof(http_status_scripts[0]); i++)
		if (http_status_scripts[i].language == t.language)
			return true;
	return false;
}

size_t locale_script_territories(const char *name, unsigned long *territories, size_t max)
{
	struct http_status_subtags t;
	size_t i, n = 0;

	if (http_status_split_locale(name, &t) < 0)
		return 0;
	for (i = 0; i < sizeof(http_status_scripts) / sizeof(http_status_scripts[0]); i++)
		if (http_status_scripts[i].language == t.language && http_status_scripts[i].territory) {
			if (n < max)
				territories[n] = http_status_scripts[i].territory;
			n++;
		}
	return n;
}
