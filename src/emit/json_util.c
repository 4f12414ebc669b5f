/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/json_util.h"

#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

json_t *json_text(const char *s)
{
	struct strbuf fixed = STRBUF_INIT;
	json_t *j;

	strbuf_add_utf8(&fixed, s, strlen(s));
	j = json_stringn(strbuf_str(&fixed), fixed.len);
	strbuf_release(&fixed);
	if (!j)
		xalloc_die();
	return j;
}
