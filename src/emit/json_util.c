/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/json_util.h"

#include <string.h>

#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

json_t *json_text(const char *s)
{
	struct strbuf fixed = STRBUF_INIT;
	size_t len = strlen(s), bad;
	json_t *j;

	for (;;) {
		bad = utf8_invalid_offset(s, len);
		if (bad == len)
			break;
		strbuf_add(&fixed, s, bad);
		strbuf_addstr(&fixed, "\xef\xbf\xbd");
		s += bad + 1;
		len -= bad + 1;
	}
	strbuf_add(&fixed, s, len);
	j = json_stringn(strbuf_str(&fixed), fixed.len);
	strbuf_release(&fixed);
	if (!j)
		xalloc_die();
	return j;
}
