/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recognizer's pieces, each on a table of inputs and what they must
 * give: reading a code, splitting a cell by script, telling names from
 * sentences, header hints, code headings and class headings, and typing
 * the columns of a table from its first rows. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "parse/cells.h"
#include "parse/columns.h"
#include "parse/header_hints.h"
#include "parse/heading.h"
#include "parse/lists.h"
#include "parse/phrases.h"
#include "parse/registry.h"
#include "util/xalloc.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- codes ------------------------------------------------------------- */

static void test_code_prefix(void **state)
{
	static const struct {
		const char *text;
		int code;               /* 0: no code */
	} cases[] = {
		{ "404", 404 }, { "404 Not Found", 404 }, { "404: x", 404 },
		{ "404：x", 404 }, { "404(성공)", 404 }, { "404-x", 404 },
		{ "404 – Not Found", 404 }, { "600", 600 }, { "099", 99 },
		/* Issue 13: one rule for headings and tables. */
		{ "404.0 Not Found", 0 }, { "404abc", 0 }, { "404,5", 0 },
		{ "4040", 0 }, { "40", 0 }, { "404找不到", 0 }, { "404_x", 0 },
		{ "x404", 0 }, { "", 0 }, { "404.", 404 }, { "404. Not Found", 404 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		int code = 0;
		size_t n = cell_code_prefix(cases[i].text, &code);

		if ((n ? code : 0) != cases[i].code)
			print_error("'%s': %d, want %d\n", cases[i].text, n ? code : 0,
				    cases[i].code);
		assert_int_equal(n ? code : 0, cases[i].code);
	}
}

/* ---- cells --------------------------------------------------------------- */

static void test_split_scripts(void **state)
{
	static const struct {
		const char *text;
		const char *latin, *other;      /* NULL: not split */
	} cases[] = {
		{ "Continue 继续请求", "Continue", "继续请求" },
		{ "临时跳转 Moved Temporarily", "Moved Temporarily", "临时跳转" },
		{ "Not Found（未検出）", "Not Found", "未検出" },
		{ "Bad Request (잘못된 요청)", "Bad Request", "잘못된 요청" },
		{ "인증 필요 Unauthorized", "Unauthorized", "인증 필요" },
		{ "Too many requests リクエスト過多", "Too many requests", "リクエスト過多" },
		{ "I'm a teapot 私はティーポット", "I'm a teapot", "私はティーポット" },
		{ "URI Too Long 请求URI过长", "URI Too Long", "请求URI过长" },
		{ "Continue继续", "Continue", "继续" },
		{ "状态码[Status Code]", "Status Code", "状态码" },
		/* One script, or Latin inside the other: no pair. */
		{ "请求URI过长", NULL, NULL },
		{ "Not Found", NULL, NULL },
		{ "未找到", NULL, NULL },
		{ "请求成功，一般用于 GET 与 POST 请求。", NULL, NULL },
		{ "\xe2\x80\xa8行分隔 <b>&</b>", NULL, NULL },
		{ "", NULL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		char *latin, *other;
		bool split = cell_split_scripts(cases[i].text, &latin, &other);

		if (split != (cases[i].latin != NULL))
			print_error("'%s' %s split\n", cases[i].text, split ? "was" : "was not");
		assert_int_equal(split, cases[i].latin != NULL);
		if (split) {
			assert_string_equal(latin, cases[i].latin);
			assert_string_equal(other, cases[i].other);
		} else {
			assert_null(latin);
			assert_null(other);
		}
		free(latin);
		free(other);
	}
}

static void test_names_and_sentences(void **state)
{
	static const struct {
		const char *text;
		enum cell_script script;
		bool sentence;
	} cases[] = {
		{ "Not Found", SCRIPT_LATIN, false },
		{ "Request Header Fields Too Large", SCRIPT_LATIN, false },
		{ "No order has this number.", SCRIPT_LATIN, true },
		{ "Nothing here.", SCRIPT_LATIN, true },
		{ "The server cannot find the requested resource at all", SCRIPT_LATIN, true },
		{ "找不到", SCRIPT_OTHER, false },
		{ "未登录或登录已过期", SCRIPT_OTHER, false },
		{ "许可されていないメソッド", SCRIPT_OTHER, false },
		{ "서비스를 사용할 수 없음", SCRIPT_OTHER, false },
		{ "请求成功。", SCRIPT_OTHER, true },
		{ "服务器无法根据客户端的请求找到资源", SCRIPT_OTHER, true },
		{ "요청이 성공했습니다.", SCRIPT_OTHER, true },
		{ "请求URI过长", SCRIPT_MIXED, false },
		{ "★", SCRIPT_NONE, false },
		{ "1.0", SCRIPT_NONE, false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		if (cell_script(cases[i].text) != cases[i].script ||
		    cell_is_sentence(cases[i].text) != cases[i].sentence)
			print_error("'%s'\n", cases[i].text);
		assert_int_equal(cell_script(cases[i].text), cases[i].script);
		assert_int_equal(cell_is_sentence(cases[i].text), cases[i].sentence);
	}
}

/* ---- headers --------------------------------------------------------------- */

static void test_header_hints(void **state)
{
	static const struct {
		const char *text;
		int role;
	} cases[] = {
		{ "Code", COL_CODE }, { "STATUS CODE:", COL_CODE }, { "Status Code", COL_CODE },
		{ "状态码", COL_CODE }, { "コード", COL_CODE }, { "코드", COL_CODE },
		{ "错误码", COL_CODE }, { "Code 代码", COL_CODE },
		{ "状态码[Status Code]", COL_CODE }, { "상태 코드 (Status Code)", COL_CODE },
		{ "Reason", COL_REASON }, { "英文名称", COL_REASON },
		{ "状态码英文名称", COL_REASON }, { "이름", COL_REASON }, { "名前", COL_REASON },
		{ "名称", COL_L10N }, { "中文名称", COL_L10N }, { "日本語名", COL_L10N },
		{ "한국어 뜻", COL_L10N }, { "状态描述", COL_L10N },
		{ "Description", COL_DESC }, { "Desc", COL_DESC }, { "含义：", COL_DESC },
		{ "意味", COL_DESC }, { "説明", COL_DESC }, { "설명", COL_DESC },
		{ "Class", COL_CLASS }, { "状态", COL_CLASS }, { "分類", COL_CLASS },
		{ "Cacheable", -1 }, { "よく見る", -1 }, { "HTTP/1.0", -1 }, { "Title", -1 },
		{ "Service", -1 }, { "Status", -1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		if (column_of_header(cases[i].text) != cases[i].role)
			print_error("'%s': %d, want %d\n", cases[i].text,
				    column_of_header(cases[i].text), cases[i].role);
		assert_int_equal(column_of_header(cases[i].text), cases[i].role);
	}
}

/* ---- headings ---------------------------------------------------------------- */

static void test_code_headings(void **state)
{
	static const struct {
		const char *text;
		int code;                       /* 0: a plain heading */
		const char *reason, *l10n;
	} cases[] = {
		{ "404 Not Found", 404, "Not Found", NULL },
		{ "404 - Not Found", 404, "Not Found", NULL },
		{ "404：找不到", 404, NULL, "找不到" },
		{ "404 Not Found（没有找到）", 404, "Not Found", "没有找到" },
		{ "404 Not Found (没有找到)", 404, "Not Found", "没有找到" },
		{ "404 Not Found 找不到", 404, "Not Found", "找不到" },
		{ "100 继续 Continue", 100, "Continue", "继续" },
		{ "404", 404, NULL, NULL },
		{ "404.0 Not Found", 0, NULL, NULL },
		{ "404abc", 0, NULL, NULL },
		{ "Client errors", 0, NULL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		char *reason, *l10n;
		int code = 0;
		bool is_code = heading_read_code(cases[i].text, &code, &reason, &l10n);

		assert_int_equal(is_code ? code : 0, cases[i].code);
		if (cases[i].reason)
			assert_string_equal(reason, cases[i].reason);
		else
			assert_null(reason);
		if (cases[i].l10n)
			assert_string_equal(l10n, cases[i].l10n);
		else
			assert_null(l10n);
		free(reason);
		free(l10n);
	}
}

static void test_class_headings(void **state)
{
	static const struct {
		const char *text;
		bool names_class;
	} cases[] = {
		{ "2xx", true }, { "4XX 请求错误", true }, { "Client errors", true },
		{ "Successful responses", true }, { "成功", true }, { "2xx 成功", true },
		{ "クライアントエラー", true }, { "1xx – 情報レスポンス", true },
		{ "5xx 서버 오류", true }, { "4xx (요청 오류)", true }, { "消息", true },
		{ "Common codes", false }, { "常见状态码", false },
		{ "よく使うステータスコード", false }, { "자주 쓰는 상태 코드", false },
		{ "HTTP status codes", false }, { "14xx", false }, { "2xxx", false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		if (heading_names_class(cases[i].text) != cases[i].names_class)
			print_error("'%s'\n", cases[i].text);
		assert_int_equal(heading_names_class(cases[i].text), cases[i].names_class);
	}
}

/* ---- column typing ------------------------------------------------------------- */

/* A table as text: cells apart by '|', rows by '\n', the first row the
 * header ("" for none).  want: the column (from 1, 0 for none) of code,
 * class, reason, localized name, description; "R+L" when reason and
 * localized name share a column. */
struct typing_case {
	const char *table;
	bool page_other;
	enum column_verdict verdict;
	int want[NR_COLUMNS];
	bool split;
	const char *ignored;            /* columns from 1, e.g. "4" */
};

static const struct typing_case typing_cases[] = {
	/* Seeds' shape: class, code, English, localized, by header and content. */
	{ "状态|状态码|状态值|状态描述\n成功|200|OK|正常\n成功|201|Created|已建立\n"
	  "重定向|301|Moved Permanently|永久转移\n重定向|302|Found|找到",
	  false, COLUMNS_STATUS, { 2, 1, 3, 4, 0 }, false, "" },
	/* "名称" holding English names on a Chinese page is the reason. */
	{ "状态码|名称|中文名称|含义\n200|OK|成功|请求已成功。\n404|Not Found|未找到|服务器找不到资源。",
	  false, COLUMNS_STATUS, { 1, 0, 2, 3, 4 }, false, "" },
	/* Unknown headers: content decides; Yes/No is no reason. */
	{ "Status|Title|Desc|Cacheable\n200|OK|Found and sent.|Yes\n201|Created|Stored.|No\n"
	  "204|No Content|Deleted.|No\n404|Not found|Nothing here.|Yes",
	  false, COLUMNS_STATUS, { 1, 0, 2, 0, 3 }, false, "4" },
	/* 意味 (meaning) holding English phrases, on a Japanese page. */
	{ "コード|意味|日本語名|説明|よく見る\n200|OK|成功|成功しました。|★\n404|Not Found|未検出|ありません。|",
	  false, COLUMNS_STATUS, { 1, 0, 2, 3, 4 }, false, "5" },
	/* Short Korean text under 의미 (meaning) is the localized name. */
	{ "상태 코드 (Status Code)|의미\n100 Continue|계속\n200 OK|성공\n404 Not Found|찾을 수 없음",
	  false, COLUMNS_STATUS, { 1, 0, 0, 2, 0 }, false, "" },
	/* Both names in one cell, either order. */
	{ "代码|名称\n100|Continue 继续请求\n101|切换协议 Switching Protocols",
	  false, COLUMNS_STATUS, { 1, 0, 2, 2, 0 }, true, "" },
	/* Application error codes, a version table. */
	{ "Code|Name|Meaning\n1001|INVALID_TOKEN|Bad token.\n2001|RATE_LIMITED|Too many.",
	  false, COLUMNS_FOREIGN, { 0, 0, 0, 0, 0 }, false, "" },
	{ "版本|日期|说明\n1.2.0|2024-03-01|新增接口\n1.1.0|2023-11-20|修复问题",
	  false, COLUMNS_OTHER, { 0, 0, 0, 0, 0 }, false, "" },
	/* No header: the code by content, the rest too. */
	{ "\n3xx|301|Moved Permanently|永久移动|The resource has moved.\n"
	  "3xx|302|Found|临时移动|Look elsewhere.",
	  false, COLUMNS_STATUS, { 2, 1, 3, 4, 5 }, false, "" },
};

/* Split s at sep into at most max fields (copied into a new array of
 * new strings; *n says how many). */
static char **split_fields(const char *s, char sep, size_t *n)
{
	char **out = xcalloc(strlen(s) + 2, sizeof(*out));
	const char *p = s;

	*n = 0;
	for (;;) {
		const char *end = strchr(p, sep);

		out[(*n)++] = xstrndup(p, end ? (size_t)(end - p) : strlen(p));
		if (!end)
			break;
		p = end + 1;
	}
	return out;
}

static void free_fields(char **f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(f[i]);
	free(f);
}

static void run_typing_case(const struct typing_case *tc)
{
	struct column_sample s;
	struct column_roles r;
	size_t nr_lines, nr_cols = 0, i, c, nr;
	char **lines = split_fields(tc->table, '\n', &nr_lines);
	char ***rows = xcalloc(nr_lines, sizeof(*rows));
	size_t *widths = xcalloc(nr_lines, sizeof(*widths));
	const char **cells, **header = NULL;
	enum column_verdict v;
	int k;

	for (i = 0; i < nr_lines; i++) {
		rows[i] = split_fields(lines[i], '|', &widths[i]);
		if (widths[i] > nr_cols)
			nr_cols = widths[i];
	}
	if (*lines[0]) {
		header = xcalloc(nr_cols, sizeof(*header));
		for (c = 0; c < nr_cols; c++)
			header[c] = c < widths[0] ? rows[0][c] : "";
	}
	nr = nr_lines - 1;
	cells = xcalloc(nr * nr_cols + 1, sizeof(*cells));
	for (i = 0; i < nr; i++)
		for (c = 0; c < nr_cols; c++)
			cells[i * nr_cols + c] = c < widths[i + 1] ? rows[i + 1][c] : "";
	s.nr_cols = nr_cols;
	s.header = header;
	s.cells = cells;
	s.nr_rows = nr;
	s.page_other = tc->page_other;
	s.phrases = NULL;
	s.languages = NULL;
	v = columns_decide(&s, &r);
	if (v != tc->verdict)
		print_error("table '%s': verdict %d, want %d\n", tc->table, v, tc->verdict);
	assert_int_equal(v, tc->verdict);
	if (v == COLUMNS_STATUS) {
		for (k = 0; k < NR_COLUMNS; k++) {
			if (r.column[k] + 1 != tc->want[k])
				print_error("table '%s': role %d in column %d, want %d\n",
					    tc->table, k, r.column[k] + 1, tc->want[k]);
			assert_int_equal(r.column[k] + 1, tc->want[k]);
		}
		assert_int_equal(r.split, tc->split);
		for (c = 0; c < nr_cols; c++) {
			bool want = strchr(tc->ignored, (int)('1' + c)) != NULL;

			if (r.ignored[c] != want)
				print_error("table '%s': column %zu ignored %d\n", tc->table,
					    c + 1, r.ignored[c]);
			assert_int_equal(r.ignored[c], want);
		}
	}
	for (i = 0; i < nr_lines; i++)
		free_fields(rows[i], widths[i]);
	free(rows);
	free(widths);
	free(cells);
	free(header);
	free_fields(lines, nr_lines);
}

static void test_column_typing(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < N(typing_cases); i++)
		run_typing_case(&typing_cases[i]);
}

/* With the registry's phrases, a column of registered phrases is the
 * reason even under a "Description" header. */
static void test_column_typing_with_registry(void **state)
{
	static const char *const header[] = { "Code", "Description" };
	static const char *const cells[] = { "200", "OK", "404", "not found", "410", "Gone" };
	struct registry reg;
	struct phrases p;
	struct column_sample s = { 2, header, cells, 3, false, NULL, NULL };
	struct column_roles r;
	struct diag d;

	(void)state;
	diag_init(&d, stderr);
	registry_init(&reg);
	assert_int_equal(registry_read_builtin(&reg, &d), 0);
	phrases_init(&p, &reg);
	assert_true(phrases_has(&p, "Not  found"));
	assert_true(phrases_has(&p, "not-found"));
	assert_false(phrases_has(&p, "Not Foud"));
	assert_int_equal(columns_decide(&s, &r), COLUMNS_STATUS);
	assert_int_equal(r.column[COL_DESC], 1);
	s.phrases = &p;
	assert_int_equal(columns_decide(&s, &r), COLUMNS_STATUS);
	assert_int_equal(r.column[COL_REASON], 1);
	assert_int_equal(r.column[COL_DESC], -1);
	phrases_release(&p);
	registry_release(&reg);
}

/* ---- list items ------------------------------------------------------------ */

static void test_list_items(void **state)
{
	static const struct {
		const char *text;
		int code;                       /* 0: no item */
		const char *reason, *l10n, *description;
	} cases[] = {
		{ "404 Not Found：描述", 404, "Not Found", NULL, "描述" },
		{ "404 Not Found \xe2\x80\x94 desc", 404, "Not Found", NULL, "desc" },
		{ "100 Continue: send the rest.", 100, "Continue", NULL, "send the rest." },
		{ "301 Moved Permanently - update your bookmarks.", 301, "Moved Permanently",
		  NULL, "update your bookmarks." },
		{ "\xe2\x94\x84 500 Internal Server Error 服务器内部错误", 500,
		  "Internal Server Error", "服务器内部错误", NULL },
		{ "\xe2\x80\xa2 200 OK", 200, "OK", NULL, NULL },
		{ "\xe3\x83\xbb" "400 Bad Request（不正なリクエスト）", 400, "Bad Request",
		  "不正なリクエスト", NULL },
		{ "400 Bad Request (잘못된 요청): 서버가 구문을 인식하지 못했다.", 400,
		  "Bad Request", "잘못된 요청", "서버가 구문을 인식하지 못했다." },
		{ "200(성공): 서버가 요청을 처리했다.", 200, NULL, "성공", "서버가 요청을 처리했다." },
		{ "405 Method not allowed", 405, "Method not allowed", NULL, NULL },
		{ "600 Unknown Error", 600, "Unknown Error", NULL, NULL },
		/* Prose that starts with a number is no item. */
		{ "200 things", 0, NULL, NULL, NULL },
		{ "500 is not a record", 0, NULL, NULL, NULL },
		{ "1xx: informational", 0, NULL, NULL, NULL },
		{ "404", 0, NULL, NULL, NULL },
		{ "404.0 Not Found", 0, NULL, NULL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		struct list_item it;
		bool ok = list_read_item(cases[i].text, NULL, &it);

		if (ok != (cases[i].code != 0))
			print_error("'%s' %s an item\n", cases[i].text, ok ? "is" : "is not");
		assert_int_equal(ok, cases[i].code != 0);
		if (ok) {
			assert_int_equal(it.code, cases[i].code);
			if (cases[i].reason)
				assert_string_equal(it.reason, cases[i].reason);
			else
				assert_null(it.reason);
			if (cases[i].l10n)
				assert_string_equal(it.l10n, cases[i].l10n);
			else
				assert_null(it.l10n);
			if (cases[i].description)
				assert_string_equal(it.description, cases[i].description);
			else
				assert_null(it.description);
		}
		list_item_release(&it);
	}
}

static void test_mdn_macros(void **state)
{
	static const struct {
		const char *text, *want;        /* want NULL: no macro */
	} cases[] = {
		{ "{{HTTPStatus(404, \"404 Not Found\")}}", "404 Not Found" },
		{ "{{HTTPStatus(\"418\", \"418 I'm a teapot\")}}", "418 I'm a teapot" },
		{ "{{HTTPStatus(\"404\")}}", "404" },
		{ "{{HTTPStatus(102, \"102 Processing\")}} {{deprecated_inline}}", "102 Processing" },
		{ "given in the {{HTTPHeader(\"Location\")}} header.", "given in the Location header." },
		{ "no macro", NULL },
		{ "{{unclosed", "{{unclosed" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		char *got = list_expand_macros(cases[i].text);

		if (cases[i].want)
			assert_string_equal(got, cases[i].want);
		else
			assert_null(got);
		free(got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_prefix),
		cmocka_unit_test(test_split_scripts),
		cmocka_unit_test(test_names_and_sentences),
		cmocka_unit_test(test_header_hints),
		cmocka_unit_test(test_code_headings),
		cmocka_unit_test(test_class_headings),
		cmocka_unit_test(test_column_typing),
		cmocka_unit_test(test_column_typing_with_registry),
		cmocka_unit_test(test_list_items),
		cmocka_unit_test(test_mdn_macros),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
