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
	size_t len = strlen(s);
	json_t *j;

	/* Checked once here, so jansson need not check it again. */
	if (utf8_invalid_offset(s, len) == len) {
		j = json_stringn_nocheck(s, len);
	} else {
		strbuf_add_utf8(&fixed, s, len);
		j = json_stringn_nocheck(strbuf_str(&fixed), fixed.len);
		strbuf_release(&fixed);
	}
	if (!j)
		xalloc_die();
	return j;
}

void json_append_text(struct strbuf *sb, const char *s)
{
	json_t *j = json_text(s);
	size_t n;

	XGROW(sb->buf, sb->alloc, sb->len + 64);
	n = json_dumpb(j, sb->buf + sb->len, sb->alloc - sb->len, JSON_ENCODE_ANY);
	if (n > sb->alloc - sb->len) {
		XGROW(sb->buf, sb->alloc, sb->len + n + 1);
		n = json_dumpb(j, sb->buf + sb->len, sb->alloc - sb->len, JSON_ENCODE_ANY);
	}
	sb->len += n;
	XGROW(sb->buf, sb->alloc, sb->len + 1);
	sb->buf[sb->len] = '\0';
	json_decref(j);
}
