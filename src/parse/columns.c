/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/columns.h"

#include <string.h>

#include "util/strbuf.h"
#include "util/text.h"

/* Header texts that name a column, compared after white space is collapsed
 * and ASCII letters are lower-cased.  Documented in the README. */
static const struct {
	enum column_role column;
	const char *text;
} column_names[] = {
	{ COL_CODE, "code" }, { COL_CODE, "status code" },
	{ COL_CODE, "http status code" }, { COL_CODE, "http code" },
	{ COL_CODE, "状态码" }, { COL_CODE, "代码" }, { COL_CODE, "状态代码" },
	{ COL_CODE, "响应码" }, { COL_CODE, "编码" },
	{ COL_REASON, "reason" }, { COL_REASON, "reason phrase" },
	{ COL_REASON, "phrase" }, { COL_REASON, "name" },
	{ COL_REASON, "message" }, { COL_REASON, "english name" },
	{ COL_REASON, "英文名称" }, { COL_REASON, "英文名" }, { COL_REASON, "消息" },
	{ COL_REASON, "状态值" },
	{ COL_L10N, "localized name" }, { COL_L10N, "localized reason" },
	{ COL_L10N, "translation" }, { COL_L10N, "状态描述" },
	{ COL_L10N, "中文名称" }, { COL_L10N, "中文名" }, { COL_L10N, "名称" },
	{ COL_DESC, "description" }, { COL_DESC, "meaning" },
	{ COL_DESC, "描述" }, { COL_DESC, "中文描述" }, { COL_DESC, "说明" },
	{ COL_DESC, "含义" },
	{ COL_CLASS, "class" }, { COL_CLASS, "category" }, { COL_CLASS, "状态" },
	{ COL_CLASS, "类别" }, { COL_CLASS, "分类" },
};

static void normalise_header(const char *in, struct strbuf *out)
{
	strbuf_reset(out);
	for (; *in; in++)
		strbuf_addch(out, text_lower_ascii(*in));
	for (;;) {
		if (out->len && out->buf[out->len - 1] == ':')
			out->len--;
		else if (out->len >= 3 && !memcmp(out->buf + out->len - 3, "\xef\xbc\x9a", 3))
			out->len -= 3;
		else
			break;
		out->buf[out->len] = '\0';
	}
}

int column_of_header(const char *text)
{
	struct strbuf norm = STRBUF_INIT;
	int found = -1;
	size_t i;

	normalise_header(text, &norm);
	for (i = 0; i < sizeof(column_names) / sizeof(column_names[0]); i++) {
		if (!strcmp(strbuf_str(&norm), column_names[i].text)) {
			found = (int)column_names[i].column;
			break;
		}
	}
	strbuf_release(&norm);
	return found;
}
