/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/locale_name.h"

#include <stddef.h>
#include <string.h>

/* The generated C's own code, compiled as the program's. */
#include "emit/c_locale.c"

/* A subtag packed as http_status_subtag() packs it, into buf of size
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
