/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/header_hints.h"

#include <stdlib.h>
#include <string.h>

#include "parse/cells.h"
#include "parse/columns.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Whole header texts, compared after white space is collapsed, ASCII
 * letters are lower-cased and trailing colons dropped.  Documented in
 * doc/lint.md. */
static const struct {
	enum column_role column;
	const char *text;
} column_names[] = {
	{ COL_CODE, "code" }, { COL_CODE, "status code" },
	{ COL_CODE, "http status code" }, { COL_CODE, "http code" },
	{ COL_CODE, "http status" }, { COL_CODE, "response code" },
	{ COL_CODE, "状态码" }, { COL_CODE, "代码" }, { COL_CODE, "状态代码" },
	{ COL_CODE, "响应码" }, { COL_CODE, "编码" }, { COL_CODE, "错误码" },
	{ COL_CODE, "返回码" }, { COL_CODE, "狀態碼" }, { COL_CODE, "コード" },
	{ COL_CODE, "ステータスコード" },
	{ COL_CODE, "状態コード" }, { COL_CODE, "코드" }, { COL_CODE, "상태 코드" },
	{ COL_CODE, "상태코드" }, { COL_CODE, "응답 코드" },
	{ COL_REASON, "reason" }, { COL_REASON, "reason phrase" },
	{ COL_REASON, "phrase" }, { COL_REASON, "name" },
	{ COL_REASON, "message" }, { COL_REASON, "english name" },
	{ COL_REASON, "status text" }, { COL_REASON, "status message" },
	{ COL_REASON, "英文名称" }, { COL_REASON, "英文名" }, { COL_REASON, "消息" },
	{ COL_REASON, "状态值" }, { COL_REASON, "英文" }, { COL_REASON, "名前" },
	{ COL_REASON, "英語" }, { COL_REASON, "英語名" }, { COL_REASON, "이름" },
	{ COL_REASON, "영문" }, { COL_REASON, "영어" }, { COL_REASON, "메시지" },
	{ COL_L10N, "localized name" }, { COL_L10N, "localized reason" },
	{ COL_L10N, "translation" }, { COL_L10N, "状态描述" },
	{ COL_L10N, "中文名称" }, { COL_L10N, "中文名" }, { COL_L10N, "名称" },
	{ COL_L10N, "中文" }, { COL_L10N, "日本語" }, { COL_L10N, "日本語名" },
	{ COL_L10N, "和訳" }, { COL_L10N, "한국어" }, { COL_L10N, "번역" },
	{ COL_DESC, "description" }, { COL_DESC, "meaning" }, { COL_DESC, "desc" },
	{ COL_DESC, "notes" }, { COL_DESC, "note" }, { COL_DESC, "details" },
	{ COL_DESC, "explanation" },
	{ COL_DESC, "描述" }, { COL_DESC, "中文描述" }, { COL_DESC, "说明" },
	{ COL_DESC, "含义" }, { COL_DESC, "解释" }, { COL_DESC, "說明" },
	{ COL_DESC, "説明" }, { COL_DESC, "意味" }, { COL_DESC, "内容" },
	{ COL_DESC, "備考" }, { COL_DESC, "설명" }, { COL_DESC, "의미" },
	{ COL_DESC, "뜻" }, { COL_DESC, "비고" },
	{ COL_CLASS, "class" }, { COL_CLASS, "category" }, { COL_CLASS, "type" },
	{ COL_CLASS, "状态" }, { COL_CLASS, "类别" }, { COL_CLASS, "分类" },
	{ COL_CLASS, "类型" }, { COL_CLASS, "分類" }, { COL_CLASS, "種類" },
	{ COL_CLASS, "区分" }, { COL_CLASS, "분류" }, { COL_CLASS, "종류" },
	{ COL_CLASS, "구분" },
};

/* Words inside a header text, tried when no whole text matches, in this
 * order ("状态码英文名称" is a reason, "错误码" a code). */
static const struct {
	enum column_role column;
	const char *word;
} column_words[] = {
	{ COL_REASON, "英文" }, { COL_REASON, "english" }, { COL_REASON, "英語" },
	{ COL_REASON, "영어" }, { COL_REASON, "영문" }, { COL_REASON, "reason" },
	{ COL_REASON, "phrase" },
	{ COL_L10N, "中文" }, { COL_L10N, "日本語" }, { COL_L10N, "한국어" },
	{ COL_L10N, "locali" }, { COL_L10N, "translat" }, { COL_L10N, "译" },
	{ COL_L10N, "訳" }, { COL_L10N, "번역" },
	{ COL_DESC, "descr" }, { COL_DESC, "描述" }, { COL_DESC, "说明" },
	{ COL_DESC, "說明" }, { COL_DESC, "説明" }, { COL_DESC, "含义" },
	{ COL_DESC, "意味" }, { COL_DESC, "설명" }, { COL_DESC, "의미" },
	{ COL_DESC, "meaning" }, { COL_DESC, "explan" },
	{ COL_CLASS, "class" }, { COL_CLASS, "categ" }, { COL_CLASS, "类别" },
	{ COL_CLASS, "分类" }, { COL_CLASS, "分類" }, { COL_CLASS, "분류" },
	{ COL_CODE, "code" }, { COL_CODE, "码" }, { COL_CODE, "碼" },
	{ COL_CODE, "コード" }, { COL_CODE, "코드" },
};

static char *normalise_header(const char *in)
{
	struct strbuf out = STRBUF_INIT;

	for (; *in; in++)
		strbuf_addch(&out, text_lower_ascii(*in));
	for (;;) {
		if (out.len && (out.buf[out.len - 1] == ':' || out.buf[out.len - 1] == ' '))
			out.len--;
		else if (out.len >= 3 && !memcmp(out.buf + out.len - 3, "\xef\xbc\x9a", 3))
			out.len -= 3;
		else
			break;
		out.buf[out.len] = '\0';
	}
	return strbuf_detach(&out);
}

static int exact_role(const char *text)
{
	char *norm = normalise_header(text);
	int found = -1;
	size_t i;

	for (i = 0; i < sizeof(column_names) / sizeof(column_names[0]); i++) {
		if (!strcmp(norm, column_names[i].text)) {
			found = (int)column_names[i].column;
			break;
		}
	}
	free(norm);
	return found;
}

/* A header in two languages: "状态码[Status Code]", "Code 代码",
 * "상태 코드 (Status Code)", "名前 / 日本語".  The role of its first part
 * that names one. */
static int bilingual_role(const char *text)
{
	const char *cut = strpbrk(text, "([/");
	char *latin, *other, *part;
	int found = -1;

	if (cell_split_scripts(text, &latin, &other)) {
		found = exact_role(other);
		if (found < 0)
			found = exact_role(latin);
		free(latin);
		free(other);
		if (found >= 0)
			return found;
	}
	if (!cut)
		cut = strstr(text, "\xef\xbc\x88");     /* （ */
	if (!cut || cut == text)
		return -1;
	part = cell_trim(text, (size_t)(cut - text));
	found = exact_role(part);
	free(part);
	return found;
}

int column_of_header(const char *text)
{
	int found = exact_role(text);
	size_t i;

	if (found < 0)
		found = bilingual_role(text);
	for (i = 0; found < 0 && i < sizeof(column_words) / sizeof(column_words[0]); i++)
		if (text_contains_nocase(text, column_words[i].word))
			found = (int)column_words[i].column;
	return found;
}
