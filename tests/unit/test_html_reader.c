/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader, driven through source_read() on small documents: status
 * tables (with and without a header row), code headings, front matter and
 * every way a page can be broken. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "parse/decode.h"
#include "parse/html_reader.h"
#include "parse/registry.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* ---- helpers ----------------------------------------------------------- */

static bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

/* A two-column table: the header cells h1 and h2, one row 201 / cell. */
static void read_two_column_table(struct test_read *t, const char *h1,
				  const char *h2, const char *cell)
{
	char *doc = xasprintf("<table>\n"
			      "<tr><th>%s</th><th>%s</th></tr>\n"
			      "<tr><td>201</td><td>%s</td></tr>\n"
			      "</table>\n", h1, h2, cell);

	test_read_string(t, "doc.html", doc);
	free(doc);
}

enum field { F_CLASS, F_REASON, F_L10N, F_DESC };

static const char *field_of(const struct test_record *r, enum field f)
{
	switch (f) {
	case F_CLASS:
		return r->class_name;
	case F_REASON:
		return r->reason;
	case F_L10N:
		return r->l10n_reason;
	case F_DESC:
		break;
	}
	return r->description;
}

static unsigned field_line_of(const struct test_record *r, enum field f)
{
	switch (f) {
	case F_CLASS:
		return r->class_line;
	case F_REASON:
		return r->reason_line;
	case F_L10N:
		return r->l10n_reason_line;
	case F_DESC:
		break;
	}
	return r->description_line;
}

/* Each header text in names puts the cell under it into field f, and no
 * other field. */
static void check_header_names(const char *const *names, size_t n, enum field f,
			       const char *cell)
{
	size_t i;
	int g;

	for (i = 0; i < n; i++) {
		struct test_read t;
		const struct test_record *r;

		read_two_column_table(&t, "Code", names[i], cell);
		if (t.ret != 0 || t.nr != 1 || !field_of(&t.recs[0], f))
			print_error("header '%s' was not recognised\n", names[i]);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 1);
		r = rec_at(&t, 0);
		assert_int_equal(r->code, 201);
		assert_int_equal(r->line, 3);
		for (g = F_CLASS; g <= F_DESC; g++) {
			if (g == (int)f) {
				assert_field(field_of(r, (enum field)g), cell);
				assert_int_equal(field_line_of(r, (enum field)g), 3);
			} else {
				assert_null(field_of(r, (enum field)g));
				assert_int_equal(field_line_of(r, (enum field)g), 0);
			}
		}
		test_read_release(&t);
	}
}

/* ---- header rows --------------------------------------------------------- */

static void test_header_english(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Class</th><th>Reason</th>"
		"<th>Localized Name</th><th>Description</th></tr>\n"
		"<tr><td>404</td><td>Client Error</td><td>Not Found</td>"
		"<td>未找到</td><td>The server cannot find the resource.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->origin, RECORD_TABLE_ROW);
	assert_int_equal(r->line, 3);
	assert_int_equal(r->code, 404);
	assert_field(r->class_name, "Client Error");
	assert_int_equal(r->class_line, 3);
	assert_field(r->reason, "Not Found");
	assert_int_equal(r->reason_line, 3);
	assert_field(r->l10n_reason, "未找到");
	assert_int_equal(r->l10n_reason_line, 3);
	assert_field(r->description, "The server cannot find the resource.");
	assert_int_equal(r->description_line, 3);
	test_read_release(&t);
}

static void test_header_chinese(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><td>状态码</td><td>英文名称</td><td>状态描述</td>"
		"<td>说明</td><td>类别</td></tr>\n"
		"<tr><td>500</td><td>Internal Server Error</td><td>服务器内部错误</td>"
		"<td>服务器遇到错误</td><td>服务器错误</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 500);
	assert_int_equal(r->line, 3);
	assert_field(r->reason, "Internal Server Error");
	assert_field(r->l10n_reason, "服务器内部错误");
	assert_field(r->description, "服务器遇到错误");
	assert_field(r->class_name, "服务器错误");
	test_read_release(&t);
}

static void test_header_any_column_order(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Description</th><th>Reason</th><th>Code</th></tr>\n"
		"<tr><td>Try again later.</td><td>Service Unavailable</td><td>503</td></tr>\n"
		"<tr><td>Too slow.</td><td>Gateway Timeout</td><td>504</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 503);
	assert_int_equal(r->line, 3);
	assert_field(r->reason, "Service Unavailable");
	assert_field(r->description, "Try again later.");
	assert_null(r->class_name);
	assert_null(r->l10n_reason);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 504);
	assert_int_equal(r->line, 4);
	assert_field(r->reason, "Gateway Timeout");
	assert_field(r->description, "Too slow.");
	test_read_release(&t);
}

static void test_header_in_thead(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<thead>\n"
		"<tr>\n"
		"<th>HTTP Status Code</th>\n"
		"<th>Message</th>\n"
		"</tr>\n"
		"</thead>\n"
		"<tbody>\n"
		"<tr>\n"
		"<td>302</td>\n"
		"<td>Found</td>\n"
		"</tr>\n"
		"</tbody>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 302);
	assert_int_equal(r->line, 9);
	assert_field(r->reason, "Found");
	assert_int_equal(r->reason_line, 11);
	test_read_release(&t);
}

static void test_header_colon_case_and_space(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>STATUS  CODE:</th><th> Reason\n Phrase: </th>"
		"<th>MeAnInG::</th><th>Http<br>Code</th></tr>\n"
		"<tr><td>307</td><td>Temporary Redirect</td><td>Go there.</td>"
		"<td>999</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	/* The first code column wins; the later "Http Code" is ignored, and
	 * said so. */
	assert_one_diag(&t, 2, "note", "ignoring column 4 ('Http Code') of this table: "
			"not a code, reason, name, description or class");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 307);
	assert_field(r->reason, "Temporary Redirect");
	assert_field(r->description, "Go there.");
	test_read_release(&t);
}

static void test_header_code_names(void **state)
{
	static const char *const names[] = {
		"code", "Status Code", "STATUS", "http status code", "HTTP Code:",
		"状态码", "代码", "状态代码", "响应码", "编码",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct test_read t;
		const struct test_record *r;

		read_two_column_table(&t, names[i], "Reason", "Created");
		if (t.ret != 0 || t.nr != 1)
			print_error("code header '%s' was not recognised\n", names[i]);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 1);
		r = rec_at(&t, 0);
		assert_int_equal(r->code, 201);
		assert_int_equal(r->line, 3);
		assert_field(r->reason, "Created");
		test_read_release(&t);
	}
}

static void test_header_reason_names(void **state)
{
	static const char *const names[] = {
		"reason", "Reason Phrase", "PHRASE", "Name", "message:",
		"English Name", "英文名称", "英文名", "消息", "状态值",
	};

	(void)state;
	check_header_names(names, sizeof(names) / sizeof(names[0]), F_REASON, "Created");
}

/* The header is a hint: on an English page, a phrase goes where the
 * header says; on a Chinese page (its header is Chinese), the cells must
 * fit it too. */
static void test_header_localized_names(void **state)
{
	static const char *const english[] = {
		"Localized Name", "localized reason", "Translation",
	};
	static const char *const chinese[] = {
		"状态描述", "中文名称", "中文名", "名称:",
	};

	(void)state;
	check_header_names(english, sizeof(english) / sizeof(english[0]), F_L10N, "Created");
	check_header_names(chinese, sizeof(chinese) / sizeof(chinese[0]), F_L10N, "已创建");
}

static void test_header_description_names(void **state)
{
	static const char *const english[] = { "Description", "MEANING" };
	static const char *const chinese[] = { "描述", "中文描述", "说明", "含义:" };

	(void)state;
	check_header_names(english, sizeof(english) / sizeof(english[0]), F_DESC, "Created");
	check_header_names(chinese, sizeof(chinese) / sizeof(chinese[0]), F_DESC,
			   "请求已经被实现，而且有一个新的资源已经建立。");
}

static void test_header_class_names(void **state)
{
	static const char *const english[] = { "Class", "category" };
	static const char *const chinese[] = { "状态", "类别", "分类:" };

	(void)state;
	check_header_names(english, sizeof(english) / sizeof(english[0]), F_CLASS, "Created");
	check_header_names(chinese, sizeof(chinese) / sizeof(chinese[0]), F_CLASS, "成功");
}

/* Issue 14: a column is typed by its cells.  Under a Chinese "name"
 * header, English names are the English reason; under headers no list
 * knows, content decides. */
static void test_columns_typed_by_content(void **state)
{
	static const char *const headers[] = {
		"名称", "中文名称", "标题", "Desc", "意味", "이름", "状态码英文名称",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(headers) / sizeof(headers[0]); i++) {
		struct test_read t;
		char *doc = xasprintf("<table>\n"
				      "<tr><th>状态码</th><th>%s</th><th>中文</th></tr>\n"
				      "<tr><td>201</td><td>Created</td><td>已创建</td></tr>\n"
				      "<tr><td>404</td><td>Not Found</td><td>未找到</td></tr>\n"
				      "</table>\n", headers[i]);

		test_read_string(&t, "doc.html", doc);
		free(doc);
		if (t.nr != 2 || !t.recs[0].reason)
			print_error("header '%s': the English names were lost\n", headers[i]);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 2);
		assert_field(rec_at(&t, 0)->reason, "Created");
		assert_field(rec_at(&t, 0)->l10n_reason, "已创建");
		assert_field(rec_at(&t, 1)->reason, "Not Found");
		assert_field(rec_at(&t, 1)->l10n_reason, "未找到");
		test_read_release(&t);
	}
}

static void test_header_without_code_column(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<p>Glossary</p>\n"
		"<table>\n"
		"<tr><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td>OK</td><td>It worked.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_one_diag(&t, 3, "error", "no status table or code headings found (this table has no code column)");
	test_read_release(&t);
}

/* ---- tables without a header -------------------------------------------- */

static void test_headerless_table(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><td>3xx</td><td>301</td><td>Moved Permanently</td>"
		"<td>永久移动</td><td>The resource has moved.</td></tr>\n"
		"<tr><td>3xx</td><td>302</td><td>Found</td>"
		"<td>临时移动</td><td>Look elsewhere.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->origin, RECORD_TABLE_ROW);
	assert_int_equal(r->code, 301);
	assert_int_equal(r->line, 2);
	assert_field(r->class_name, "3xx");
	assert_field(r->reason, "Moved Permanently");
	assert_field(r->l10n_reason, "永久移动");
	assert_field(r->description, "The resource has moved.");
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 302);
	assert_int_equal(r->line, 3);
	assert_field(r->class_name, "3xx");
	assert_field(r->reason, "Found");
	assert_field(r->l10n_reason, "临时移动");
	assert_field(r->description, "Look elsewhere.");
	test_read_release(&t);
}

static void test_several_tables_other_ignored(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><td>Fruit</td><td>Colour</td></tr>\n"
		"<tr><td>Apple</td><td>Red</td></tr>\n"
		"<tr><td>Lime</td><td>Green</td></tr>\n"
		"<tr><td>Plum</td><td>404</td></tr>\n"
		"</table>\n"
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"</table>\n"
		"<table>\n"
		"<tr><td>Key</td><td>Enter</td></tr>\n"
		"</table>\n"
		"<table>\n"
		"<tr><td>201</td><td>Created</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 200);
	assert_int_equal(r->line, 9);
	assert_field(r->reason, "OK");
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 201);
	assert_int_equal(r->line, 15);
	assert_field(r->reason, "Created");
	assert_null(test_find(&t, 404));
	test_read_release(&t);
}

/* ---- cell text ------------------------------------------------------------ */

static void test_nested_markup_in_cells(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th><b>Code</b></th><th><i>Reason</i></th>"
		"<th>Description</th></tr>\n"
		"<tr><td><code>301</code></td>"
		"<td><a href=\"/301\">Moved</a> <b>Perm<i>anently</i></b></td>"
		"<td><span>See <code>Location</code>.</span></td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 301);
	assert_field(r->reason, "Moved Permanently");
	assert_field(r->description, "See Location.");
	test_read_release(&t);
}

static void test_entities(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Localized Name</th>"
		"<th>Description</th></tr>\n"
		"<tr><td>&#50;00</td><td>&nbsp;O&#x4B;&nbsp;</td>"
		"<td>&#x4E2D;&#20013;</td>"
		"<td>a &amp; b &lt;c&gt; &quot;d&quot;&nbsp;e</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 200);
	assert_field(r->reason, "OK");
	assert_field(r->l10n_reason, "中中");
	assert_field(r->description, "a & b <c> \"d\" e");
	test_read_release(&t);
}

static void test_whitespace_collapsed(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr>\n"
		"<td>\n"
		"  404\n"
		"</td>\n"
		"<td>  Not\n"
		"\t\t Found  </td>\n"
		"<td>a\u3000\u3000b&nbsp;&nbsp;c\r\n</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 404);
	assert_int_equal(r->line, 3);
	assert_field(r->reason, "Not Found");
	assert_int_equal(r->reason_line, 7);
	assert_field(r->description, "a b c");
	assert_int_equal(r->description_line, 9);
	test_read_release(&t);
}

static void test_br_in_cell(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td>301</td><td>Moved<br>Permanently</td>"
		"<td>one<br/><br />two<br></td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_field(r->reason, "Moved Permanently");
	assert_field(r->description, "one two");
	test_read_release(&t);
}

static void test_empty_cells_are_null(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Class</th><th>Reason</th>"
		"<th>Localized Name</th><th>Description</th></tr>\n"
		"<tr><td>204</td><td></td><td>   </td><td>&nbsp;</td>"
		"<td><b> </b><br></td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 204);
	assert_int_equal(r->line, 3);
	assert_null(r->class_name);
	assert_int_equal(r->class_line, 0);
	assert_null(r->reason);
	assert_int_equal(r->reason_line, 0);
	assert_null(r->l10n_reason);
	assert_int_equal(r->l10n_reason_line, 0);
	assert_null(r->description);
	assert_int_equal(r->description_line, 0);
	test_read_release(&t);
}

static void test_row_shorter_than_header(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Localized Name</th>"
		"<th>Description</th></tr>\n"
		"<tr><td>418</td><td>I'm a teapot</td></tr>\n"
		"<tr><td>419</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 418);
	assert_field(r->reason, "I'm a teapot");
	assert_int_equal(r->reason_line, 3);
	assert_null(r->l10n_reason);
	assert_int_equal(r->l10n_reason_line, 0);
	assert_null(r->description);
	assert_int_equal(r->description_line, 0);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 419);
	assert_int_equal(r->line, 4);
	assert_null(r->reason);
	assert_null(r->l10n_reason);
	assert_null(r->description);
	test_read_release(&t);
}

/* ---- bad rows ------------------------------------------------------------- */

static void test_code_not_numeric(void **state)
{
	struct test_read t;
	struct strbuf want = STRBUF_INIT;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"<tr><td>abc</td><td>Letters</td></tr>\n"
		"<tr><td>4040</td><td>Four digits</td></tr>\n"
		"<tr><td>201 Created</td><td>Extra text</td></tr>\n"
		"<tr><td>202</td><td>Accepted</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	add_diag(&want, &t, 4, "error", "'abc' is not a status code");
	add_diag(&want, &t, 5, "error", "'4040' is not a status code");
	assert_string_equal(t.diagnostics, strbuf_str(&want));
	/* The good rows around the bad ones are still read.  A code and its
	 * phrase in one cell is a code (issue 14); the reason column still
	 * gives the reason. */
	assert_int_equal(t.nr, 3);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_int_equal(rec_at(&t, 1)->code, 201);
	assert_field(rec_at(&t, 1)->reason, "Extra text");
	assert_int_equal(rec_at(&t, 2)->code, 202);
	assert_int_equal(rec_at(&t, 2)->line, 7);
	strbuf_release(&want);
	test_read_release(&t);
}

static void test_code_out_of_range(void **state)
{
	struct test_read t;
	struct strbuf want = STRBUF_INIT;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>100</td><td>Continue</td></tr>\n"
		"<tr><td>600</td><td>Too big</td></tr>\n"
		"<tr><td>999</td><td>Way too big</td></tr>\n"
		"<tr><td>599</td><td>Last</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	add_diag(&want, &t, 4, "error", "status code 600 is out of range (100-599)");
	add_diag(&want, &t, 5, "error", "status code 999 is out of range (100-599)");
	assert_string_equal(t.diagnostics, strbuf_str(&want));
	assert_int_equal(t.nr, 2);
	assert_int_equal(rec_at(&t, 0)->code, 100);
	assert_int_equal(rec_at(&t, 1)->code, 599);
	strbuf_release(&want);
	test_read_release(&t);
}

static void test_code_below_range(void **state)
{
	struct test_read t;
	char *prefix;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>099</td><td>Too small</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_int_equal(t.diag.count[DIAG_ERROR], 1);
	prefix = xasprintf("%s:3: error: status code ", t.path);
	assert_true(has_prefix(t.diagnostics, prefix));
	assert_true(has_suffix(t.diagnostics, " is out of range (100-599)\n"));
	free(prefix);
	test_read_release(&t);
}

static void test_empty_code_cell_warns(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td></td><td>Orphan</td></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"<tr><td> </td><td> </td></tr>\n"
		"</table>\n");
	/* A warning does not fail the read; the wholly empty row is no row. */
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 3, "warning", "row has no status code; skipped");
	assert_int_equal(t.diag.count[DIAG_WARNING], 1);
	assert_int_equal(t.diag.count[DIAG_ERROR], 0);
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 200);
	assert_int_equal(r->line, 4);
	test_read_release(&t);
}

/* ---- front matter --------------------------------------------------------- */

static void test_front_matter(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"---\n"
		"lang: zh-CN\n"
		"title: \"HTTP 状态码\"\n"
		"---\n"
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"<tr><td>abc</td><td>Bad</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	assert_field(t.meta.lang, "zh-CN");
	assert_field(t.meta.title, "HTTP 状态码");
	assert_one_diag(&t, 8, "error", "'abc' is not a status code");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 200);
	assert_int_equal(r->line, 7);
	assert_int_equal(r->reason_line, 7);
	test_read_release(&t);
}

static void test_front_matter_malformed(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"---\n"
		"title: a: b\n"
		"---\n"
		"<table><tr><th>Code</th></tr><tr><td>200</td></tr></table>\n");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_one_diag(&t, 2, "error",
			"malformed front matter: mapping values are not allowed in this context");
	test_read_release(&t);
}

static void test_no_front_matter_keeps_meta_null(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table><tr><th>Code</th></tr><tr><td>200</td></tr></table>\n"
		"---\n"
		"title: not front matter\n"
		"---\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_null(t.meta.title);
	assert_null(t.meta.lang);
	assert_int_equal(t.nr, 1);
	test_read_release(&t);
}

/* ---- code headings -------------------------------------------------------- */

static void test_code_headings(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h1>HTTP status codes</h1>\n"
		"<h2>Client errors</h2>\n"
		"<h3>404 Not Found</h3>\n"
		"<p>The server cannot find it.</p>\n"
		"<p>Check the <a href=\"#\">URL</a>.</p>\n"
		"<h3>410 Gone</h3>\n"
		"<h2>Server errors</h2>\n"
		"<h3>500 Internal Server Error</h3>\n"
		"<p>Something broke.</p>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 3);
	r = rec_at(&t, 0);
	assert_int_equal(r->origin, RECORD_HEADING);
	assert_int_equal(r->code, 404);
	assert_int_equal(r->line, 3);
	assert_field(r->class_name, "Client errors");
	assert_int_equal(r->class_line, 2);
	assert_field(r->reason, "Not Found");
	assert_int_equal(r->reason_line, 3);
	assert_null(r->l10n_reason);
	assert_field(r->description, "The server cannot find it.\n\nCheck the URL.");
	assert_int_equal(r->description_line, 4);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 410);
	assert_int_equal(r->line, 6);
	assert_field(r->class_name, "Client errors");
	assert_field(r->reason, "Gone");
	assert_null(r->description);
	assert_int_equal(r->description_line, 0);
	r = rec_at(&t, 2);
	assert_int_equal(r->code, 500);
	assert_int_equal(r->line, 8);
	assert_field(r->class_name, "Server errors");
	assert_int_equal(r->class_line, 7);
	assert_field(r->reason, "Internal Server Error");
	assert_field(r->description, "Something broke.");
	assert_int_equal(r->description_line, 9);
	test_read_release(&t);
}

static void test_code_heading_separators(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>401 - Unauthorized</h3>\n"
		"<h3>402: Payment Required</h3>\n"
		"<h3>403 \u2013 Forbidden</h3>\n"
		"<h3>404\uff1aNot Found</h3>\n"
		"<h3><b>405</b> Method<br>Not Allowed</h3>\n"
		"<h3>406</h3>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 6);
	assert_field(rec_at(&t, 0)->reason, "Unauthorized");
	assert_field(rec_at(&t, 1)->reason, "Payment Required");
	assert_field(rec_at(&t, 2)->reason, "Forbidden");
	assert_field(rec_at(&t, 3)->reason, "Not Found");
	assert_field(rec_at(&t, 4)->reason, "Method Not Allowed");
	assert_int_equal(rec_at(&t, 4)->code, 405);
	assert_int_equal(rec_at(&t, 5)->code, 406);
	assert_null(rec_at(&t, 5)->reason);
	assert_int_equal(rec_at(&t, 5)->reason_line, 0);
	test_read_release(&t);
}

static void test_code_heading_section_end(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h2>Client errors</h2>\n"
		"<h3>404 Not Found</h3>\n"
		"<h4>Example</h4>\n"
		"<p>GET /nothing</p>\n"
		"<h3>Notes</h3>\n"
		"<p>Not part of 404.</p>\n"
		"<h3>405 Method Not Allowed</h3>\n"
		"<p>Wrong verb.</p>\n"
		"<hr>\n"
		"<p>After the rule.</p>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	/* The deeper heading stays in the section; its text is no part of
	 * the description.  A plain heading of the same level ends it. */
	assert_int_equal(r->code, 404);
	assert_field(r->description, "GET /nothing");
	assert_int_equal(r->description_line, 4);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 405);
	assert_field(r->class_name, "Client errors");
	assert_int_equal(r->class_line, 1);
	assert_field(r->description, "Wrong verb.");
	test_read_release(&t);
}

static void test_code_heading_without_class(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h2>Client</h2>\n"
		"<h1>Other</h1>\n"
		"<h3>418 I'm a teapot</h3>\n");
	assert_int_equal(t.ret, 0);
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 418);
	assert_null(r->class_name);
	assert_field(r->reason, "I'm a teapot");
	test_read_release(&t);
}

static void test_code_heading_out_of_range(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>200 OK</h3>\n"
		"<p>Fine.</p>\n"
		"<h3>600 Foo</h3>\n");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 3, "error", "status code 600 is out of range (100-599)");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_field(rec_at(&t, 0)->description, "Fine.");
	test_read_release(&t);
}

/* ---- script, style and other skipped elements ----------------------------- */

static void test_script_and_style_ignored(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<html><head><style>td { color: red } /* 201 */</style>\n"
		"<script>var s = '<table><tr><td>299</td></tr></table>';</script>\n"
		"</head><body>\n"
		"<h3>404 Not Found</h3>\n"
		"<script>document.write('evil');</script>\n"
		"<p>Missing<style>.x { color: blue }</style> page.</p>\n"
		"<nav><h3>301 Nav Link</h3></nav>\n"
		"<footer><p>Footer text</p></footer>\n"
		"<h3>200 OK</h3>\n"
		"<table><tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>202</td><td>Accepted<script>bad();</script></td></tr>\n"
		"</table>\n"
		"</body></html>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 3);
	r = test_find(&t, 404);
	assert_non_null(r);
	assert_field(r->description, "Missing page.");
	assert_int_equal(r->description_line, 6);
	r = test_find(&t, 202);
	assert_non_null(r);
	assert_field(r->reason, "Accepted");
	assert_non_null(test_find(&t, 200));
	assert_null(test_find(&t, 299));
	assert_null(test_find(&t, 301));
	assert_nowhere(&t, "evil");
	assert_nowhere(&t, "color");
	assert_nowhere(&t, "bad");
	assert_nowhere(&t, "Footer");
	test_read_release(&t);
}

/* ---- broken documents ----------------------------------------------------- */

static void test_empty_file(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html", "");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_one_diag(&t, 1, "error", "document is empty");
	test_read_release(&t);
}

static void test_no_status_content(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<html><body>\n"
		"<h1>Nothing here</h1>\n"
		"<p>Just 404 words.</p>\n"
		"</body></html>\n");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_one_diag(&t, 1, "error", "no status table or code headings found");
	test_read_release(&t);
}

/* Pseudo-random bytes, the same on every run, with NULs sprinkled in. */
static char *junk(size_t len, uint32_t seed)
{
	char *buf = xmalloc(len);
	size_t i;

	for (i = 0; i < len; i++) {
		seed = seed * 1103515245u + 12345u;
		buf[i] = (char)(seed >> 16);
		if (i % 61 == 7)
			buf[i] = '\0';
	}
	return buf;
}

static void check_junk(const char *prefix, uint32_t seed)
{
	static const char *const endings[] = {
		": error: no status table or code headings found\n",
		": error: invalid UTF-8 (the document declares no other encoding)\n",
		": error: invalid byte sequence for the document's declared encoding\n",
	};
	size_t plen = strlen(prefix), len = 16384, i;
	char *buf = junk(len, seed);
	struct test_read t;
	bool known = false;

	memcpy(buf, prefix, plen);
	test_read_bytes(&t, "junk.html", buf, len);
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_int_equal(t.diag.count[DIAG_ERROR], 1);
	assert_true(has_prefix(t.diagnostics, t.path));
	for (i = 0; i < sizeof(endings) / sizeof(endings[0]); i++)
		if (has_suffix(t.diagnostics, endings[i]))
			known = true;
	if (!known)
		print_error("unexpected: %s", t.diagnostics);
	assert_true(known);
	test_read_release(&t);
	free(buf);
}

static void test_binary_junk(void **state)
{
	(void)state;
	check_junk("", 1);
	check_junk("", 0xdeadbeef);
	check_junk("<table><tr><th>Code</th></tr><tr><td>", 7);
	check_junk("<h3>200 OK</h3><p>", 42);
}

static void test_truncated_table(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<p>Intro</p>\n"
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"<tr><td>404</td><td>Not Fo");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 2, "error",
			"table is not closed before the end of the document");
	assert_non_null(test_find(&t, 200));
	assert_field(test_find(&t, 200)->reason, "OK");
	test_read_release(&t);
}

static void test_invalid_utf8(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"\n"
		"<tr><td>201</td><td>Cr\xff" "eated</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 5, "error",
			"invalid UTF-8 (the document declares no other encoding)");
	assert_null(test_find(&t, 201));
	test_read_release(&t);
}

static void test_invalid_utf8_overlong(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>200 OK</h3>\n"
		"<p>A slash \xc0\xaf here.</p>\n");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 2, "error",
			"invalid UTF-8 (the document declares no other encoding)");
	test_read_release(&t);
}

static void test_declared_charset(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<html><head><meta charset=\"iso-8859-1\"></head><body>\n"
		"<table><tr><th>Code</th><th>Description</th></tr>\n"
		"<tr><td>200</td><td>R\xe9ussi</td></tr></table>\n"
		"</body></html>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_field(r->description, "R\xc3\xa9ussi");
	test_read_release(&t);
}

/* A document whose table has a cell of n bytes of 'x' on line 3. */
static void read_long_cell(struct test_read *t, size_t n)
{
	static const char head[] = "<table>\n<tr><th>Code</th><th>Reason</th></tr>\n"
				   "<tr><td>200</td><td>";
	static const char tail[] = "</td></tr>\n</table>\n";
	struct strbuf doc = STRBUF_INIT;
	char *x = xmalloc(n);

	memset(x, 'x', n);
	strbuf_addstr(&doc, head);
	strbuf_add(&doc, x, n);
	strbuf_addstr(&doc, tail);
	test_read_bytes(t, "codes.html", doc.buf, doc.len);
	strbuf_release(&doc);
	free(x);
}

static void test_cell_at_limit(void **state)
{
	struct test_read t;

	(void)state;
	read_long_cell(&t, HTML_READER_MAX_TEXT);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_non_null(rec_at(&t, 0)->reason);
	assert_int_equal(strlen(rec_at(&t, 0)->reason), HTML_READER_MAX_TEXT);
	test_read_release(&t);
}

static void test_cell_too_long(void **state)
{
	struct test_read t;

	(void)state;
	read_long_cell(&t, HTML_READER_MAX_TEXT + 1);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 3, "error", "table cell is longer than 65536 bytes");
	assert_int_equal(t.nr, 0);
	test_read_release(&t);
}

static void test_cell_of_10_mb(void **state)
{
	struct test_read t;

	(void)state;
	read_long_cell(&t, 10u * 1024u * 1024u);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 3, "error", "table cell is longer than 65536 bytes");
	assert_int_equal(t.nr, 0);
	test_read_release(&t);
}

static void test_missing_file(void **state)
{
	struct test_read t;
	char *dir = test_make_temp_dir();
	char *path = xasprintf("%s/none.html", dir);
	char *want;

	(void)state;
	test_read_file(&t, path);
	want = xasprintf("%s: error: cannot open '%s': No such file or directory\n",
			 PACKAGE, path);
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	assert_string_equal(t.diagnostics, want);
	free(want);
	test_read_release(&t);
	test_remove_tree(dir);
	free(path);
	free(dir);
}

/* Tables nested depth deep, one <table> per line; a status row inside the
 * innermost. */
static void read_nested_tables(struct test_read *t, unsigned depth)
{
	struct strbuf doc = STRBUF_INIT;
	unsigned i;

	for (i = 0; i < depth; i++)
		strbuf_addstr(&doc, "<table><tr><td>\n");
	strbuf_addstr(&doc, "<table><tr><td>200</td><td>OK</td></tr></table>\n");
	for (i = 0; i < depth; i++)
		strbuf_addstr(&doc, "</td></tr></table>\n");
	test_read_bytes(t, "codes.html", doc.buf, doc.len);
	strbuf_release(&doc);
}

static void test_tables_nested_at_limit(void **state)
{
	struct test_read t;

	(void)state;
	read_nested_tables(&t, HTML_READER_MAX_TABLE_DEPTH - 1);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_int_equal(rec_at(&t, 0)->line, HTML_READER_MAX_TABLE_DEPTH);
	test_read_release(&t);
}

static void test_tables_nested_too_deep(void **state)
{
	struct test_read t;

	(void)state;
	read_nested_tables(&t, 40);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, HTML_READER_MAX_TABLE_DEPTH + 1, "error",
			"tables nested more than 32 deep");
	assert_int_equal(t.nr, 0);
	test_read_release(&t);
}

/* ---- rowspan and colspan ----------------------------------------------------- */

/* A class cell with rowspan=N is the class of the N - 1 rows below it
 * too, with its own line. */
static void test_rowspan_class_cell(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Class</th><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td rowspan=\"3\">Client Error</td><td>400</td><td>Bad Request</td></tr>\n"
		"<tr><td>401</td><td>Unauthorized</td></tr>\n"
		"<tr><td>403</td><td>Forbidden</td></tr>\n"
		"<tr><td>Server Error</td><td>500</td><td>Internal Server Error</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 4);
	r = rec_at(&t, 2);
	assert_int_equal(r->code, 403);
	assert_int_equal(r->line, 5);
	assert_field(r->class_name, "Client Error");
	assert_int_equal(r->class_line, 3);
	assert_field(r->reason, "Forbidden");
	assert_int_equal(r->reason_line, 5);
	r = rec_at(&t, 3);
	assert_int_equal(r->code, 500);
	assert_field(r->class_name, "Server Error");
	assert_int_equal(r->class_line, 6);
	test_read_release(&t);
}

/* A rowspan in a middle column, and one in the last column. */
static void test_rowspan_middle_and_last_columns(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Class</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td>301</td><td rowspan=2>Redirection</td><td>Moved Permanently</td>"
		"<td rowspan=2>Go elsewhere.</td></tr>\n"
		"<tr><td>302</td><td>Found</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	assert_field(rec_at(&t, 1)->class_name, "Redirection");
	assert_field(rec_at(&t, 1)->reason, "Found");
	assert_field(rec_at(&t, 1)->description, "Go elsewhere.");
	assert_int_equal(rec_at(&t, 1)->description_line, 3);
	test_read_release(&t);
}

/* colspan moves the cells after it to later columns, in the header row
 * and in data rows; a group row of one wide cell is still skipped. */
static void test_colspan_shifts_columns(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th colspan=\"2\">Reason</th><th>Description</th></tr>\n"
		"<tr><td colspan=\"4\">Client errors</td></tr>\n"
		"<tr><td>404</td><td>Not Found</td><td>(old)</td><td>Not here.</td></tr>\n"
		"<tr><td>405</td><td colspan=2>Method Not Allowed</td><td>Wrong verb.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	/* The column under the header's colspan holds no reason: said so. */
	assert_one_diag(&t, 2, "note", "ignoring column 3 of this table: "
			"not a code, reason, name, description or class");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 404);
	assert_field(r->reason, "Not Found");
	assert_field(r->description, "Not here.");
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 405);
	assert_field(r->reason, "Method Not Allowed");
	assert_field(r->description, "Wrong verb.");
	assert_int_equal(r->description_line, 5);
	test_read_release(&t);
}

/* Regression: a colspan over a column a rowspan above still covered left
 * that rowspan uncounted, so it spilled into the next row and shifted its
 * cells (402 read "Bad Request" as its reason and lost "third").  The
 * overlapped column keeps the text from above, as the rowspan says. */
static void test_colspan_over_rowspan(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td>400</td><td rowspan=\"2\">Bad Request</td><td>first</td></tr>\n"
		"<tr><td colspan=\"2\">401</td><td>second</td></tr>\n"
		"<tr><td>402</td><td>Payment Required</td><td>third</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 3);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 400);
	assert_int_equal(r->line, 3);
	assert_field(r->reason, "Bad Request");
	assert_int_equal(r->reason_line, 3);
	assert_field(r->description, "first");
	assert_int_equal(r->description_line, 3);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 401);
	assert_int_equal(r->line, 4);
	assert_field(r->reason, "Bad Request");
	assert_int_equal(r->reason_line, 3);
	assert_field(r->description, "second");
	assert_int_equal(r->description_line, 4);
	r = rec_at(&t, 2);
	assert_int_equal(r->code, 402);
	assert_int_equal(r->line, 5);
	assert_field(r->reason, "Payment Required");
	assert_int_equal(r->reason_line, 5);
	assert_field(r->description, "third");
	assert_int_equal(r->description_line, 5);
	test_read_release(&t);
}

/* A colspan to the end of a row over a covered column still uses up a
 * row of that rowspan: the span ends where it says, not a row later. */
static void test_rowspan_past_short_row(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td>400</td><td>Bad Request</td><td rowspan=\"2\">Malformed.</td></tr>\n"
		"<tr><td colspan=\"3\">401</td></tr>\n"
		"<tr><td>402</td><td>Payment Required</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 3);
	assert_field(test_find(&t, 401)->description, "Malformed.");
	assert_int_equal(test_find(&t, 401)->description_line, 3);
	assert_field(test_find(&t, 402)->reason, "Payment Required");
	assert_null(test_find(&t, 402)->description);
	test_read_release(&t);
}

/* Regression: rowspan=0 spans the rest of its row group, not of the
 * table, and no rowspan reaches into the next group; rows outside any
 * group form a group of their own.  A class spanning into the second
 * tbody shifted its cells, so 'Server Error' was read as a code. */
static void test_rowspan_ends_with_row_group(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Class</th><th>Code</th><th>Reason</th></tr>\n"
		"<tbody><tr><td rowspan=\"0\">Client Error</td><td>400</td><td>Bad Request</td></tr>\n"
		"<tr><td>401</td><td>Unauthorized</td></tr></tbody>\n"
		"<tbody><tr><td>Server Error</td><td>500</td><td rowspan=\"5\">Internal</td></tr>\n"
		"</tbody>\n"
		"<tr><td>Server Error</td><td>501</td><td>Not Implemented</td></tr>\n"
		"<tfoot><tr><td rowspan=0>Server Error</td><td>502</td><td>Bad Gateway</td></tr>\n"
		"<tr><td>503</td><td>Service Unavailable</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 6);
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 401);
	assert_int_equal(r->line, 4);
	assert_field(r->class_name, "Client Error");
	assert_int_equal(r->class_line, 3);
	assert_field(r->reason, "Unauthorized");
	assert_int_equal(r->reason_line, 4);
	r = rec_at(&t, 2);
	assert_int_equal(r->code, 500);
	assert_int_equal(r->line, 5);
	assert_field(r->class_name, "Server Error");
	assert_int_equal(r->class_line, 5);
	assert_field(r->reason, "Internal");
	assert_int_equal(r->reason_line, 5);
	r = rec_at(&t, 3);
	assert_int_equal(r->code, 501);
	assert_int_equal(r->line, 7);
	assert_field(r->class_name, "Server Error");
	assert_int_equal(r->class_line, 7);
	assert_field(r->reason, "Not Implemented");
	assert_int_equal(r->reason_line, 7);
	r = rec_at(&t, 5);
	assert_int_equal(r->code, 503);
	assert_int_equal(r->line, 9);
	assert_field(r->class_name, "Server Error");
	assert_int_equal(r->class_line, 8);
	assert_field(r->reason, "Service Unavailable");
	assert_int_equal(r->reason_line, 9);
	test_read_release(&t);
}

/* Hostile spans: huge, negative, zero and garbage values are clamped or
 * read as 1; nothing hangs, and the rows still come out. */
static void test_hostile_spans(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><th>Class</th><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td rowspan=\"999999999999999999999\">Client Error</td><td>400</td>"
		"<td colspan=\"-3\">Bad Request</td></tr>\n"
		"<tr><td>401</td><td rowspan=\"-1\" colspan=\"x\">Unauthorized</td></tr>\n"
		"<tr><td>403</td><td rowspan=\"0\" colspan=\"0\">Forbidden</td></tr>\n"
		"<tr><td>404</td></tr>\n"
		"<tr><td>405</td><td colspan=\"4294967297\">Method Not Allowed</td>"
		"<td>ignored</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 2, "note", "ignoring column 4 of this table: "
			"not a code, reason, name, description or class");
	assert_int_equal(t.nr, 5);
	assert_field(test_find(&t, 401)->class_name, "Client Error");
	assert_field(test_find(&t, 401)->reason, "Unauthorized");
	/* rowspan=0: to the end of the row group, here the rows outside any. */
	assert_field(test_find(&t, 404)->reason, "Forbidden");
	assert_field(test_find(&t, 405)->class_name, "Client Error");
	assert_field(test_find(&t, 405)->reason, "Forbidden");
	test_read_release(&t);
}

/* Past 20 problems with the rows of one table, the rest are counted in
 * one line per severity, at the first hidden one; the next table starts
 * again, and the good rows are still read. */
static void test_row_problems_capped(void **state)
{
	struct test_read t;
	struct strbuf doc = STRBUF_INIT, want = STRBUF_INIT;
	unsigned i;
	char *msg;

	(void)state;
	strbuf_addstr(&doc, "<table>\n<tr><th>Code</th><th>Reason</th></tr>\n");
	for (i = 0; i < 22; i++)
		strbuf_addstr(&doc, "<tr><td>abc</td><td>Letters</td></tr>\n");
	for (i = 0; i < 3; i++)
		strbuf_addstr(&doc, "<tr><td></td><td>Orphan</td></tr>\n");
	strbuf_addstr(&doc, "<tr><td>200</td><td>OK</td></tr>\n</table>\n"
		      "<table>\n<tr><th>Code</th><th>Reason</th></tr>\n"
		      "<tr><td>999</td><td>Too big</td></tr>\n</table>\n");
	test_read_string(&t, "codes.html", strbuf_str(&doc));
	assert_int_equal(t.ret, -1);
	for (i = 0; i < 20; i++)
		add_diag(&want, &t, 3 + i, "error", "'abc' is not a status code");
	add_diag(&want, &t, 23, "error", "2 more errors in this table not shown");
	add_diag(&want, &t, 23, "warning", "3 more warnings in this table not shown");
	add_diag(&want, &t, 32, "error", "status code 999 is out of range (100-599)");
	assert_string_equal(t.diagnostics, strbuf_str(&want));
	assert_int_equal(t.diag.count[DIAG_ERROR], 22);
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_int_equal(rec_at(&t, 0)->line, 28);
	test_read_release(&t);
	/* A long bad code is quoted in 80 bytes. */
	strbuf_reset(&doc);
	strbuf_addstr(&doc, "<table>\n<tr><th>Code</th><th>Reason</th></tr>\n<tr><td>");
	for (i = 0; i < 1000; i++)
		strbuf_addstr(&doc, "\xe7\xa0\x81");
	strbuf_addstr(&doc, "</td><td>Code</td></tr>\n</table>\n");
	test_read_string(&t, "codes.html", strbuf_str(&doc));
	assert_int_equal(t.ret, -1);
	strbuf_reset(&doc);
	for (i = 0; i < 26; i++)
		strbuf_addstr(&doc, "\xe7\xa0\x81");
	msg = xasprintf("'%s...' is not a status code", strbuf_str(&doc));
	assert_one_diag(&t, 3, "error", msg);
	free(msg);
	test_read_release(&t);
	strbuf_release(&doc);
	strbuf_release(&want);
}

/* Regression: an attribute value longer than a read chunk (a data: URI)
 * made libxml2's push parser parse nothing more until the end, so the
 * table seemed never closed. */
static void test_attribute_longer_than_a_chunk(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	size_t i;

	(void)state;
	strbuf_addstr(&doc, "<p><img src=\"data:image/png;base64,");
	for (i = 0; i < 300000; i++)
		strbuf_addch(&doc, (char)('A' + i % 26));
	strbuf_addstr(&doc, "\" alt='x'></p>\n<table>\n"
		      "<tr><td title=\"");
	for (i = 0; i < 100000; i++)
		strbuf_addch(&doc, i % 2 ? '\'' : '>');
	strbuf_addstr(&doc, "\">404</td><td>Not Found</td></tr>\n</table>\n"
		      "<h3>500 Internal Server Error</h3>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	assert_int_equal(rec_at(&t, 0)->code, 404);
	assert_int_equal(rec_at(&t, 0)->line, 3);
	assert_int_equal(rec_at(&t, 1)->code, 500);
	assert_int_equal(rec_at(&t, 1)->line, 5);
	test_read_release(&t);
	strbuf_release(&doc);
}

/* ---- encodings ------------------------------------------------------------ */

/* A page whose head is decl, with one row (on line 2) whose third cell is
 * cell, in the page's encoding. */
static void read_declared(struct test_read *t, const char *decl, const char *cell)
{
	char *doc = xasprintf("<html><head>%s</head><body>\n"
			      "<table><tr><td>404</td><td>Not Found</td><td>%s</td></tr></table>\n"
			      "</body></html>\n", decl, cell);

	test_read_string(t, "codes.html", doc);
	free(doc);
}

/* GBK, GB18030 and Big5, declared by <meta charset> and by http-equiv;
 * GB2312 is read as GBK, as browsers do. */
static void test_charset_declarations(void **state)
{
	static const struct {
		const char *decl, *cell, *want;
	} cases[] = {
		{ "<meta charset=\"gbk\">", "\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd", "没有找到" },
		{ "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">",
		  "\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd", "没有找到" },
		{ "<meta charset=GB18030>",
		  "\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd\x94\x39\xfc\x36", "没有找到\U0001F600" },
		{ "<meta http-equiv=content-type content='text/html;charset=gb18030'>",
		  "\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd\x94\x39\xfc\x36", "没有找到\U0001F600" },
		{ "<meta charset='big5'>", "\xa8S\xa6\xb3\xa7\xe4\xa8\xec", "沒有找到" },
		{ "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Big5\">",
		  "\xa8S\xa6\xb3\xa7\xe4\xa8\xec", "沒有找到" },
		{ "<meta charset=\"gb2312\">", "\xe9\x46", "镕" },
		{ "<meta charset=\"utf-8\">", "没有找到", "没有找到" },
	};
	struct test_read t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		read_declared(&t, cases[i].decl, cases[i].cell);
		if (t.ret != 0)
			print_error("%s: %s\n", cases[i].decl, t.diagnostics);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 1);
		assert_int_equal(rec_at(&t, 0)->line, 2);
		assert_field(rec_at(&t, 0)->l10n_reason, cases[i].want);
		test_read_release(&t);
	}
}

/* UTF-8 with and without a byte order mark: the same records, lines. */
static void test_utf8_with_and_without_bom(void **state)
{
	static const char page[] = "<table>\n<tr><td>404</td><td>Not Found</td>"
				   "<td>没有找到</td></tr>\n</table>\n";
	char *bom = xasprintf("\xef\xbb\xbf%s", page);
	struct test_read t;
	int with;

	(void)state;
	for (with = 0; with <= 1; with++) {
		test_read_string(&t, "codes.html", with ? bom : page);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 1);
		assert_int_equal(rec_at(&t, 0)->line, 2);
		assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
		test_read_release(&t);
	}
	free(bom);
}

/* A UTF-8 byte order mark beats a <meta> that says otherwise. */
static void test_bom_beats_meta(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"\xef\xbb\xbf<html>\n<head><meta charset=\"gbk\"></head>\n"
		"<table><tr><td>404</td><td>Not Found</td><td>没有找到</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 2, "warning",
			"charset 'gbk' is ignored: the document starts with a UTF-8 byte order mark");
	assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
	test_read_release(&t);
}

/* Regression: a <meta charset> past the first 64 KiB made libxml2
 * switch decoders half way, and UTF-8 text came out as GBK mojibake. */
static void test_late_meta_does_not_switch(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	size_t i;

	(void)state;
	strbuf_addstr(&doc, "<p>");
	for (i = 0; i < 7000; i++)
		strbuf_addstr(&doc, "filler 没有 ");
	strbuf_addstr(&doc, "</p>\n<meta charset=\"gbk\">\n"
		      "<table><tr><td>404</td><td>Not Found</td><td>没有找到</td></tr></table>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
	assert_int_equal(rec_at(&t, 0)->line, 3);
	test_read_release(&t);
	strbuf_release(&doc);
}

/* CRLF line ends: every line is still right. */
static void test_crlf_html(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<html>\r\n<body>\r\n"
		"<table>\r\n"
		"<tr><th>Code</th><th>Reason</th></tr>\r\n"
		"<tr>\r\n<td>200</td>\r\n<td>OK</td>\r\n</tr>\r\n"
		"</table>\r\n"
		"<h3>404 Not Found</h3>\r\n"
		"\r\n"
		"<p>Not\r\nhere.</p>\r\n"
		"</body>\r\n</html>\r\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->line, 5);
	assert_int_equal(r->reason_line, 7);
	assert_field(r->reason, "OK");
	r = rec_at(&t, 1);
	assert_int_equal(r->line, 10);
	assert_field(r->description, "Not here.");
	assert_int_equal(r->description_line, 12);
	test_read_release(&t);
}

/* A page of n bytes whose line 3 holds a row with cell; filler of ASCII
 * ends at offset at, so that what follows it straddles a 64 KiB chunk. */
static void read_at_offset(struct test_read *t, const char *head, size_t at,
			   const char *cell)
{
	struct strbuf doc = STRBUF_INIT;

	strbuf_addstr(&doc, head);
	strbuf_addstr(&doc, "\n<p>");
	while (doc.len < at - 1)
		strbuf_addch(&doc, 'x');
	strbuf_addstr(&doc, "\n<table><tr><td>404</td><td>Not Found</td><td>");
	strbuf_addstr(&doc, cell);
	strbuf_addstr(&doc, "</td></tr></table>\n");
	test_read_bytes(t, "codes.html", doc.buf, doc.len);
	strbuf_release(&doc);
}

/* Characters cut in two by the end of a read chunk are read whole;
 * an invalid one past it is reported on its own line. */
static void test_characters_across_chunks(void **state)
{
	const size_t chunk = 64 * 1024, cell_at = 47;   /* from the line's start */
	struct test_read t;
	size_t shift;

	(void)state;
	for (shift = 1; shift <= 3; shift++) {
		read_at_offset(&t, "<meta charset=utf-8>", chunk - cell_at - shift, "没有找到");
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
		test_read_release(&t);
	}
	read_at_offset(&t, "<meta charset=gbk>", chunk - cell_at - 1,
		       "\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
	test_read_release(&t);
	read_at_offset(&t, "<meta charset=gbk>", chunk - cell_at - 1, "\xc3\xbb\xd3\xff");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 3, "error",
			"invalid byte sequence for the document's declared encoding 'gbk'");
	test_read_release(&t);
}

/* An invalid sequence in a declared encoding is an error on its line. */
static void test_invalid_declared_encoding_line(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<meta charset=\"big5\">\n<table>\n"
		"<tr><td>200</td><td>OK</td></tr>\n"
		"<tr><td>404</td><td>Not Found</td><td>\xa8S\xff\x20</td></tr>\n</table>\n");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 4, "error",
			"invalid byte sequence for the document's declared encoding 'big5'");
	test_read_release(&t);
}

/* A page cut in the middle of a character, in any encoding. */
static void test_truncated_character(void **state)
{
	static const char utf16[] = "\xff\xfe<\0p\0>\0\n\0" "4\0" "0\0" "4\0\n";
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html", "<h3>404 Not Found</h3>\n<p>没有\xe6\x89");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 2, "error", "the document ends in the middle of a character");
	test_read_release(&t);
	test_read_string(&t, "codes.html",
		"<meta charset=gbk>\n<h3>404 Not Found</h3>\n\n<p>\xc3\xbb\xd3");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 4, "error", "the document ends in the middle of a character");
	test_read_release(&t);
	test_read_bytes(&t, "codes.html", utf16, sizeof(utf16) - 1);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 2, "error", "the document ends in the middle of a character");
	test_read_release(&t);
}

/* --lossy: invalid sequences become U+FFFD, with one warning at the
 * first and a count of the rest; the bad bytes reach no record. */
static void test_lossy(void **state)
{
	const struct input_options opt = { INPUT_DEFAULT_MAX_SIZE, true, NULL };
	static const char doc[] =
		"<table>\n<tr><td>404</td><td>Not Found</td><td>没\xff有</td></tr>\n"
		"<tr><td>500</td><td>Internal Server Error</td>"
		"<td>\xe6\x9c\xe5\x8a\xa1\xc0\xaf</td></tr>\n</table>\n";
	struct strbuf want = STRBUF_INIT;
	struct test_read t;

	(void)state;
	test_read_bytes_with(&t, "codes.html", doc, sizeof(doc) - 1, &opt);
	assert_int_equal(t.ret, 0);
	add_diag(&want, &t, 2, "warning", "invalid UTF-8 (byte 0xff) replaced with U+FFFD");
	strbuf_addstr(&want, t.path);
	strbuf_addstr(&want, ": warning: 3 more invalid byte sequences replaced with U+FFFD\n");
	assert_string_equal(t.diagnostics, want.buf);
	assert_field(test_find(&t, 404)->l10n_reason, "没\xef\xbf\xbd有");
	/* A cut sequence is one U+FFFD; each byte of an overlong is one. */
	assert_field(test_find(&t, 500)->l10n_reason,
		     "\xef\xbf\xbd\xe5\x8a\xa1\xef\xbf\xbd\xef\xbf\xbd");
	test_read_release(&t);
	strbuf_release(&want);
}

/* The size limit, at the limit and one byte past it. */
static void test_max_input_size(void **state)
{
	static const char doc[] = "<table><tr><td>404</td><td>Not Found</td></tr></table>\n";
	struct input_options opt = { sizeof(doc) - 1, false, NULL };
	struct strbuf want = STRBUF_INIT;
	struct test_read t;

	(void)state;
	test_read_bytes_with(&t, "codes.html", doc, sizeof(doc) - 1, &opt);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	test_read_release(&t);
	opt.max_size--;
	test_read_bytes_with(&t, "codes.html", doc, sizeof(doc) - 1, &opt);
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.nr, 0);
	strbuf_addstr(&want, t.path);
	strbuf_addstr(&want, ": error: file is larger than the limit of 54 bytes (--max-input-size)\n");
	assert_string_equal(t.diagnostics, want.buf);
	test_read_release(&t);
	strbuf_release(&want);
}

/* A status table among lists, scripts, a layout table and a table of
 * something else; codes inside <code> and <b>; a small table nested in a
 * description cell. */
static void test_status_table_among_others(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<nav><ul><li><a href=\"/404\">404</a></li></ul></nav>\n"
		"<ol><li>200 things</li><li>300 more</li></ol>\n"
		"<script>document.write('<table><tr><td>299</td></tr></table>');</script>\n"
		"<table><tr><td>Service</td><td>Status</td></tr>\n"
		"<tr><td>API</td><td>Up</td></tr></table>\n"
		"<table><tr><td>\n"
		"<table>\n"
		"<tr><th>Code</th><th>Reason</th><th>Description</th></tr>\n"
		"<tr><td><code>404</code></td><td><b>Not Found</b></td>"
		"<td>See <table><tr><td>header</td><td>value</td></tr></table> below.</td></tr>\n"
		"<tr><td><b>410</b></td><td>Gone</td><td><ul><li>one</li><li>two</li></ul>"
		"<p>three</p><div>four</div></td></tr>\n"
		"</table>\n"
		"</td></tr></table>\n"
		"<ul><li>500 is not a record</li></ul>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_int_equal(r->code, 404);
	assert_int_equal(r->line, 9);
	assert_field(r->reason, "Not Found");
	assert_field(r->description, "See below.");
	r = rec_at(&t, 1);
	assert_int_equal(r->code, 410);
	assert_int_equal(r->line, 10);
	assert_field(r->description, "one two three four");
	test_read_release(&t);
}

/* A page cut short inside a comment, a tag or a processing instruction
 * loses all that follows the start of it: an error at the end.  (An
 * unclosed <![CDATA[ loses nothing HTML has.) */
static void test_cut_inside(void **state)
{
	static const struct {
		const char *tail, *msg;
		unsigned line;
	} cases[] = {
		{ "<!-- a comment\n<table><tr><td>500</td></tr></table>\n",
		  "the document ends inside a comment", 4 },
		{ "<p class=\"x", "the document ends inside a tag", 2 },
		{ "<p title='a>b", "the document ends inside a tag", 2 },
		{ "</di", "the document ends inside a tag", 2 },
		{ "<?php echo 1\n", "the document ends inside a processing instruction", 3 },
		{ "<![CDATA[ abc\n", NULL, 0 },
	};
	struct test_read t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *doc = xasprintf("<h3>404 Not Found</h3>\n%s", cases[i].tail);

		test_read_string(&t, "codes.html", doc);
		assert_int_equal(t.nr, 1);
		if (cases[i].msg) {
			assert_int_equal(t.ret, -1);
			assert_one_diag(&t, cases[i].line, "error", cases[i].msg);
		} else {
			assert_int_equal(t.ret, 0);
			assert_string_equal(t.diagnostics, "");
		}
		test_read_release(&t);
		free(doc);
	}
}

/* ---- bugs found: kept here, disabled, until the readers are fixed ---------- */

/* Regression: description_line of a multi-line <p> is the line where its
       * first run of text ends (libxml2's position after the characters
       * callback), not the line the paragraph starts on: 5 here, not 2. */
static void test_description_line_is_first_line(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>404 Not Found</h3>\n"
		"<p>The server\n"
		"cannot\n"
		"find\n"
		"it.</p>\n");
	assert_int_equal(t.ret, 0);
	assert_int_equal(t.nr, 1);
	assert_field(rec_at(&t, 0)->description, "The server cannot find it.");
	assert_int_equal(rec_at(&t, 0)->description_line, 2);
	test_read_release(&t);
}

/* Regression: records are not handed over in document order (source.h
       * promises it): a code heading's record is emitted when its section
       * closes, so the rows of a table that follows the heading come first. */
static void test_records_in_document_order(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>404 Not Found</h3>\n"
		"<p>Missing.</p>\n"
		"<table><tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_int_equal(t.nr, 2);
	assert_int_equal(rec_at(&t, 0)->code, 404);
	assert_int_equal(rec_at(&t, 0)->line, 1);
	assert_int_equal(rec_at(&t, 1)->code, 200);
	assert_int_equal(rec_at(&t, 1)->line, 4);
	test_read_release(&t);
}

/* Regression: after a recoverable error (here an out-of-range code heading)
       * read_html() stops feeding and never calls html_reader_finish(), so
       * the code section still open is dropped: 200 is lost, although a bad
       * table row does not lose the rows after it. */
static void test_section_after_error_kept(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>600 Foo</h3>\n"
		"<h3>200 OK</h3>\n"
		"<p>Fine.</p>\n");
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 1, "error", "status code 600 is out of range (100-599)");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_field(rec_at(&t, 0)->description, "Fine.");
	test_read_release(&t);
}

/* Regression: after a recoverable error read_html() stops at the end of the
       * current 64 KiB chunk: a second bad row further on is never reported
       * (and its good rows never read), unlike the same rows closer
       * together. */
static void test_errors_after_64k_reported(void **state)
{
	struct test_read t;
	struct strbuf doc = STRBUF_INIT, want = STRBUF_INIT;
	char *pad = xmalloc(100000);

	(void)state;
	memset(pad, 'x', 100000);
	strbuf_addstr(&doc, "<table><tr><th>Code</th></tr>\n"
			    "<tr><td>abc</td></tr></table>\n<p>");
	strbuf_add(&doc, pad, 100000);
	strbuf_addstr(&doc, "</p>\n"
			    "<table><tr><th>Code</th></tr>\n"
			    "<tr><td>xyz</td></tr>\n"
			    "<tr><td>201</td></tr></table>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, -1);
	add_diag(&want, &t, 2, "error", "'abc' is not a status code");
	add_diag(&want, &t, 5, "error", "'xyz' is not a status code");
	assert_string_equal(t.diagnostics, strbuf_str(&want));
	assert_non_null(test_find(&t, 201));
	strbuf_release(&want);
	strbuf_release(&doc);
	free(pad);
	test_read_release(&t);
}

/* Regression: read_html() looks for front matter at byte 0, so a page that
       * starts with a UTF-8 byte order mark loses its front matter (title
       * and lang stay NULL, no diagnostic); the Markdown reader skips the
       * BOM first. */
static void test_front_matter_after_bom(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"\xef\xbb\xbf---\n"
		"lang: en\n"
		"title: Codes\n"
		"---\n"
		"<table><tr><th>Code</th></tr><tr><td>200</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_field(t.meta.lang, "en");
	assert_field(t.meta.title, "Codes");
	test_read_release(&t);
}

/* Regression: invalid UTF-8 inside an HTML page's front matter is reported
       * at line 2 (libyaml's problem_mark is not set for reader errors;
       * front_matter.c uses it anyway), not at line 4 where the byte is. */
static void test_front_matter_invalid_utf8_line(void **state)
{
	struct test_read t;
	char *prefix;

	(void)state;
	test_read_string(&t, "codes.html",
		"---\n"
		"title: T\n"
		"lang: en\n"
		"note: a\xff" "b\n"
		"---\n"
		"<table><tr><th>Code</th></tr><tr><td>200</td></tr></table>\n");
	assert_int_equal(t.ret, -1);
	assert_int_equal(t.diag.count[DIAG_ERROR], 1);
	prefix = xasprintf("%s:4: error: ", t.path);
	assert_true(has_prefix(t.diagnostics, prefix));
	free(prefix);
	test_read_release(&t);
}

/* Regression: a table without a header decides its columns from its first
       * data row and skips that row's empty cells, so one empty localized
       * name there moves every description into l10n_reason for the whole
       * table, and the real localized names are lost. */
static void test_headerless_empty_first_cell(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><td>100</td><td>Continue</td><td></td><td>Keep sending.</td></tr>\n"
		"<tr><td>200</td><td>OK</td><td>成功</td><td>It worked.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_int_equal(t.nr, 2);
	r = rec_at(&t, 0);
	assert_null(r->l10n_reason);
	assert_field(r->description, "Keep sending.");
	r = rec_at(&t, 1);
	assert_field(r->l10n_reason, "成功");
	assert_field(r->description, "It worked.");
	test_read_release(&t);
}

/* Regression: a code heading with no class heading above it gets
       * class_name NULL but class_line 1, the line of a class heading an
       * <h1> has since ended (section_lines[] is not cleared with
       * section_names[]); table rows give line 0 for an absent field. */
static void test_no_class_has_line_zero(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h2>Client</h2>\n"
		"<h1>Other</h1>\n"
		"<h3>418 I'm a teapot</h3>\n");
	assert_int_equal(t.ret, 0);
	assert_int_equal(t.nr, 1);
	r = rec_at(&t, 0);
	assert_null(r->class_name);
	assert_int_equal(r->class_line, 0);
	test_read_release(&t);
}

/* Regression: a table of other things with a "Status" column. */
static void test_service_status_table_ignored(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table><tr><th>Service</th><th>Status</th></tr>\n"
		"<tr><td>api</td><td>up</td></tr></table>\n"
		"<table><tr><th>Name</th><th>Description</th></tr>\n"
		"<tr><td>x</td><td>y</td></tr></table>\n"
		"<table><tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td colspan=2>Client errors</td></tr>\n"
		"<tr><td>404</td><td>Not Found</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 404);
	test_read_release(&t);
}

/* Regression: UTF-16 with a byte order mark, both byte orders. */
static void test_utf16_bom(void **state)
{
	static const char text[] = "<table><tr><td>404</td><td>Not Found</td>"
				   "<td>\xe6\xb2\xa1\xe6\x9c\x89</td></tr></table>\n";
	char doc[2 + 2 * sizeof(text)];
	struct test_read t;
	int big;

	(void)state;
	for (big = 0; big <= 1; big++) {
		size_t i, n = 2;
		unsigned cp;

		doc[0] = (char)(big ? 0xfe : 0xff);
		doc[1] = (char)(big ? 0xff : 0xfe);
		for (i = 0; text[i]; ) {
			unsigned char c = (unsigned char)text[i];

			if (c < 0x80) {
				cp = c;
				i++;
			} else {
				cp = ((c & 0x0fu) << 12) | (((unsigned char)text[i + 1] & 0x3fu) << 6) |
				     ((unsigned char)text[i + 2] & 0x3fu);
				i += 3;
			}
			doc[n++] = (char)(big ? cp >> 8 : cp & 0xff);
			doc[n++] = (char)(big ? cp & 0xff : cp >> 8);
		}
		test_read_bytes(&t, "codes.html", doc, n);
		assert_int_equal(t.ret, 0);
		assert_int_equal(t.nr, 1);
		assert_field(rec_at(&t, 0)->l10n_reason, "没有");
		test_read_release(&t);
	}
}

/* Regression: non-ASCII text before <meta charset=utf-8> stays UTF-8. */
static void test_meta_charset_after_text(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<title>状态</title><meta charset=\"utf-8\">\n"
		"<table><tr><td>404</td><td>Not Found</td><td>没有找到</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
	test_read_release(&t);
}

static void test_gbk_declared(void **state)
{
	struct test_read t;

	(void)state;
	/* 没有找到 in GBK. */
	test_read_string(&t, "codes.html",
		"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\n"
		"<table><tr><td>404</td><td>Not Found</td>"
		"<td>\xc3\xbb\xd3\xd0\xd5\xd2\xb5\xbd</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_field(rec_at(&t, 0)->l10n_reason, "没有找到");
	test_read_release(&t);
}

/* A label browsers do not know is a warning, and the page is UTF-8. */
static void test_unknown_encoding(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"\n<meta charset=\"x-no-such\"><table><tr><td>404</td><td>Not \xc3\xa9 Found</td>"
		"</tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 2, "warning", "charset 'x-no-such' is not an encoding browsers know "
			"(WHATWG Encoding Standard); the document is read as UTF-8");
	assert_int_equal(t.nr, 1);
	assert_field(rec_at(&t, 0)->reason, "Not \xc3\xa9 Found");
	test_read_release(&t);
}

/* The labels are the WHATWG Encoding Standard's, and each encoding they
 * name has a decoder here. */
static void test_whatwg_labels(void **state)
{
	static const struct { const char *label, *name; } known[] = {
		{ "latin1", "windows-1252" }, { "ISO-8859-1", "windows-1252" },
		{ " US-ASCII\t", "windows-1252" }, { "ascii", "windows-1252" },
		{ "gb2312", "GBK" }, { "GBK", "GBK" }, { "x-gbk", "GBK" },
		{ "utf-16", "UTF-16LE" }, { "unicodefffe", "UTF-16BE" },
		{ "iso-2022-kr", "replacement" }, { "hz-gb-2312", "replacement" },
		{ "sjis", "Shift_JIS" }, { "windows-949", "EUC-KR" },
		{ "big5-hkscs", "Big5" }, { "koi8-ru", "KOI8-U" }, { "utf8", "UTF-8" },
	};
	static const char *const unknown[] = {
		"utf-7", "cp037", "ebcdic-cp-us", "x-no-such", "", " ", "utf-32", "iso-8859-12",
		"latin1x", "latin",
	};
	const struct whatwg_encoding *e;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		e = whatwg_encoding_of(known[i].label);
		assert_non_null(e);
		assert_string_equal(e->name, known[i].name);
	}
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		assert_null(whatwg_encoding_of(unknown[i]));
#ifdef __GLIBC__
	for (i = 0; whatwg_encoding_at(i); i++) {
		iconv_t cd;

		e = whatwg_encoding_at(i);
		if (!e->iconv)
			continue;
		cd = iconv_open("UTF-8", e->iconv);
		assert_true(cd != (iconv_t)-1);
		iconv_close(cd);
	}
	assert_int_equal(i, 40);
#endif
}

/* Regression: a form feed is a warning, not "invalid UTF-8". */
static void test_control_character_warns(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n<tr><td>404</td><td>Not Found</td></tr>\n"
		"<tr><td>500</td><td>Internal\x01 Error</td></tr>\n</table>\n");
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 3, "warning", "control character in the document (ignored)");
	assert_int_equal(t.nr, 2);
	test_read_release(&t);
}

/* Regression: bare text after a code heading starts on its own line. */
static void test_bare_description_line(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h3>404 Not Found</h3>\nThe page\nis not\nhere.\n");
	assert_int_equal(t.ret, 0);
	assert_field(rec_at(&t, 0)->description, "The page is not here.");
	assert_int_equal(rec_at(&t, 0)->description_line, 2);
	test_read_release(&t);
}

/* Regression: <br> counts toward the text limit. */
static void test_br_counts_toward_limit(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	unsigned i;

	(void)state;
	strbuf_addstr(&doc, "<table><tr><td>404</td><td>");
	for (i = 0; i <= HTML_READER_MAX_TEXT; i++)
		strbuf_addstr(&doc, "<br>");
	strbuf_addstr(&doc, "</td></tr></table>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 1, "error", "table cell is longer than 65536 bytes");
	test_read_release(&t);
	strbuf_release(&doc);
}

/* ---- issue 14: pages as people write them -------------------------------- */

/* Tables of other codes are skipped with one note each, a version table
 * without a word; the status table after them is read. */
static void test_other_tables_noted_once(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table><tr><th>Version</th><th>Date</th></tr>\n"
		"<tr><td>1.2.0</td><td>2024-03-01</td></tr></table>\n"
		"<table><tr><th>Code</th><th>Meaning</th></tr>\n"
		"<tr><td>1001</td><td>Bad token.</td></tr>\n"
		"<tr><td>1002</td><td>Expired token.</td></tr>\n"
		"<tr><td>20003</td><td>No money.</td></tr></table>\n"
		"<table><tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td>OK</td></tr></table>\n");
	assert_int_equal(t.ret, 0);
	assert_one_diag(&t, 3, "note", "skipping a table of codes that are not HTTP "
			"status codes (such as '1001')");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	test_read_release(&t);
}

/* Issue 13: a table inside one of these is never shown as a table. */
static void test_tables_browsers_do_not_show(void **state)
{
	static const char *const elements[] = {
		"iframe", "xmp", "title", "noembed", "noframes", "object", "svg", "math",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(elements) / sizeof(elements[0]); i++) {
		struct test_read t;
		char *doc = xasprintf("<%s><table><tr><td>404</td><td>Not Found</td></tr>"
				      "</table></%s>\n"
				      "<table><tr><td>200</td><td>OK</td></tr></table>\n",
				      elements[i], elements[i]);

		test_read_string(&t, "codes.html", doc);
		free(doc);
		if (t.nr != 1 || t.recs[0].code != 200)
			print_error("a table inside <%s> was read\n", elements[i]);
		assert_int_equal(t.ret, 0);
		assert_string_equal(t.diagnostics, "");
		assert_int_equal(t.nr, 1);
		assert_int_equal(rec_at(&t, 0)->code, 200);
		test_read_release(&t);
	}
}

/* A stray quote in an unquoted attribute value, which browsers keep in
 * the value: the table is still closed by its end tag. */
static void test_stray_quote_in_attribute(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<p><a href='x' target=_blank'>more</a></p>\n"
		"<table><tr><th>Code</th><th>Reason</th></tr>\n"
		"<tr><td>200</td><td><a href='/ok' target=_blank'>OK</a></td></tr>\n"
		"<tr><td>404</td><td>Not Found</td></tr>\n"
		"</table>\n<p>Bye.</p>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 2);
	assert_field(rec_at(&t, 0)->reason, "OK");
	assert_int_equal(rec_at(&t, 1)->line, 4);
	test_read_release(&t);
}

/* One cell too long drops its row, not the rest of the document. */
static void test_long_cell_hides_nothing(void **state)
{
	struct strbuf doc = STRBUF_INIT, want = STRBUF_INIT;
	struct test_read t;
	char *x = xmalloc(HTML_READER_MAX_TEXT + 1);

	(void)state;
	memset(x, 'x', HTML_READER_MAX_TEXT + 1);
	strbuf_addstr(&doc, "<table><tr><th>Code</th><th>Reason</th></tr>\n"
		      "<tr><td>200</td><td>OK</td></tr>\n<tr><td>201</td><td>");
	strbuf_add(&doc, x, HTML_READER_MAX_TEXT + 1);
	strbuf_addstr(&doc, "</td></tr>\n<tr><td>202</td><td>Accepted</td></tr>\n"
		      "<tr><td>600</td><td>Too big</td></tr>\n</table>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, -1);
	add_diag(&want, &t, 3, "error", "table cell is longer than 65536 bytes");
	add_diag(&want, &t, 5, "error", "status code 600 is out of range (100-599)");
	assert_string_equal(t.diagnostics, strbuf_str(&want));
	assert_int_equal(t.nr, 2);
	assert_int_equal(rec_at(&t, 1)->code, 202);
	free(x);
	strbuf_release(&want);
	strbuf_release(&doc);
	test_read_release(&t);
}

/* Lists, ordered or not, and definition lists; a class from the heading
 * above; prose that starts with a number is no item. */
static void test_html_lists(void **state)
{
	struct test_read t;
	const struct test_record *r;

	(void)state;
	test_read_string(&t, "codes.html",
		"<h2>Successful</h2>\n"
		"<ul>\n<li>200 OK: the request worked.</li>\n"
		"<li><strong>202</strong> Accepted &mdash; queued.</li>\n"
		"<li>200 things to know</li>\n</ul>\n"
		"<h2>Client errors</h2>\n"
		"<dl>\n<dt>404 Not Found</dt>\n<dd><p>Nothing here.</p><p>Really.</p></dd>\n"
		"<dt>405 方法不允许</dt>\n<dd>Wrong verb.</dd>\n</dl>\n"
		"<ol><li>429 Too Many Requests（请求过多）</li></ol>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 5);
	r = rec_at(&t, 0);
	assert_int_equal(r->origin, RECORD_LIST_ITEM);
	assert_int_equal(r->code, 200);
	assert_int_equal(r->line, 3);
	assert_field(r->class_name, "Successful");
	assert_field(r->reason, "OK");
	assert_field(r->description, "the request worked.");
	r = rec_at(&t, 1);
	assert_field(r->reason, "Accepted");
	assert_field(r->description, "queued.");
	r = rec_at(&t, 2);
	assert_int_equal(r->origin, RECORD_DEFINITION);
	assert_int_equal(r->code, 404);
	assert_int_equal(r->line, 9);
	assert_field(r->class_name, "Client errors");
	assert_field(r->description, "Nothing here.\n\nReally.");
	assert_int_equal(r->description_line, 10);
	r = rec_at(&t, 3);
	assert_null(r->reason);
	assert_field(r->l10n_reason, "方法不允许");
	r = rec_at(&t, 4);
	assert_int_equal(r->origin, RECORD_LIST_ITEM);
	assert_field(r->reason, "Too Many Requests");
	assert_field(r->l10n_reason, "请求过多");
	test_read_release(&t);
}

/* With the registry lent through the reading options, a column of
 * registered phrases is the reason whatever its header says. */
static void test_registry_as_hint(void **state)
{
	static const char doc[] = "<table><tr><th>Code</th><th>Description</th></tr>\n"
				  "<tr><td>200</td><td>OK</td></tr>\n"
				  "<tr><td>404</td><td>not found</td></tr>\n"
				  "<tr><td>413</td><td>Request Entity Too Large</td></tr></table>\n";
	struct input_options opt = INPUT_OPTIONS_INIT;
	struct registry reg;
	struct test_read t;
	struct diag d;

	(void)state;
	diag_init(&d, stderr);
	registry_init(&reg);
	assert_int_equal(registry_read_builtin(&reg, &d), 0);
	test_read_bytes_with(&t, "codes.html", doc, sizeof(doc) - 1, &opt);
	assert_int_equal(t.nr, 3);
	assert_null(rec_at(&t, 0)->reason);
	assert_field(rec_at(&t, 0)->description, "OK");
	test_read_release(&t);
	opt.registry = &reg;
	test_read_bytes_with(&t, "codes.html", doc, sizeof(doc) - 1, &opt);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 3);
	assert_field(rec_at(&t, 1)->reason, "not found");
	assert_field(rec_at(&t, 2)->reason, "Request Entity Too Large");
	assert_null(rec_at(&t, 2)->description);
	test_read_release(&t);
	registry_release(&reg);
}

/* A caption row above the header row: the header still names the
 * columns. */
static void test_caption_row_above_header(void **state)
{
	struct test_read t;

	(void)state;
	test_read_string(&t, "codes.html",
		"<table>\n"
		"<tr><td colspan=\"3\">HTTP codes</td></tr>\n"
		"<tr><th>Code</th><th>Reason</th><th>Notes</th></tr>\n"
		"<tr><td>200</td><td>OK</td><td>Fine.</td></tr>\n"
		"</table>\n");
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_field(rec_at(&t, 0)->reason, "OK");
	assert_field(rec_at(&t, 0)->description, "Fine.");
	test_read_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_english),
		cmocka_unit_test(test_header_chinese),
		cmocka_unit_test(test_header_any_column_order),
		cmocka_unit_test(test_header_in_thead),
		cmocka_unit_test(test_header_colon_case_and_space),
		cmocka_unit_test(test_header_code_names),
		cmocka_unit_test(test_header_reason_names),
		cmocka_unit_test(test_header_localized_names),
		cmocka_unit_test(test_header_description_names),
		cmocka_unit_test(test_header_class_names),
		cmocka_unit_test(test_columns_typed_by_content),
		cmocka_unit_test(test_header_without_code_column),
		cmocka_unit_test(test_headerless_table),
		cmocka_unit_test(test_several_tables_other_ignored),
		cmocka_unit_test(test_nested_markup_in_cells),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_whitespace_collapsed),
		cmocka_unit_test(test_br_in_cell),
		cmocka_unit_test(test_empty_cells_are_null),
		cmocka_unit_test(test_row_shorter_than_header),
		cmocka_unit_test(test_code_not_numeric),
		cmocka_unit_test(test_code_out_of_range),
		cmocka_unit_test(test_code_below_range),
		cmocka_unit_test(test_empty_code_cell_warns),
		cmocka_unit_test(test_front_matter),
		cmocka_unit_test(test_front_matter_malformed),
		cmocka_unit_test(test_no_front_matter_keeps_meta_null),
		cmocka_unit_test(test_code_headings),
		cmocka_unit_test(test_code_heading_separators),
		cmocka_unit_test(test_code_heading_section_end),
		cmocka_unit_test(test_code_heading_without_class),
		cmocka_unit_test(test_code_heading_out_of_range),
		cmocka_unit_test(test_script_and_style_ignored),
		cmocka_unit_test(test_rowspan_class_cell),
		cmocka_unit_test(test_rowspan_middle_and_last_columns),
		cmocka_unit_test(test_colspan_shifts_columns),
		cmocka_unit_test(test_colspan_over_rowspan),
		cmocka_unit_test(test_rowspan_past_short_row),
		cmocka_unit_test(test_rowspan_ends_with_row_group),
		cmocka_unit_test(test_hostile_spans),
		cmocka_unit_test(test_row_problems_capped),
		cmocka_unit_test(test_attribute_longer_than_a_chunk),
		cmocka_unit_test(test_charset_declarations),
		cmocka_unit_test(test_utf8_with_and_without_bom),
		cmocka_unit_test(test_bom_beats_meta),
		cmocka_unit_test(test_late_meta_does_not_switch),
		cmocka_unit_test(test_crlf_html),
		cmocka_unit_test(test_characters_across_chunks),
		cmocka_unit_test(test_invalid_declared_encoding_line),
		cmocka_unit_test(test_truncated_character),
		cmocka_unit_test(test_lossy),
		cmocka_unit_test(test_max_input_size),
		cmocka_unit_test(test_status_table_among_others),
		cmocka_unit_test(test_cut_inside),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_no_status_content),
		cmocka_unit_test(test_binary_junk),
		cmocka_unit_test(test_truncated_table),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_invalid_utf8_overlong),
		cmocka_unit_test(test_declared_charset),
		cmocka_unit_test(test_cell_at_limit),
		cmocka_unit_test(test_cell_too_long),
		cmocka_unit_test(test_cell_of_10_mb),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_tables_nested_at_limit),
		cmocka_unit_test(test_tables_nested_too_deep),
		cmocka_unit_test(test_description_line_is_first_line),
		cmocka_unit_test(test_records_in_document_order),
		cmocka_unit_test(test_section_after_error_kept),
		cmocka_unit_test(test_errors_after_64k_reported),
		cmocka_unit_test(test_front_matter_after_bom),
		cmocka_unit_test(test_front_matter_invalid_utf8_line),
		cmocka_unit_test(test_headerless_empty_first_cell),
		cmocka_unit_test(test_no_class_has_line_zero),
		cmocka_unit_test(test_service_status_table_ignored),
		cmocka_unit_test(test_utf16_bom),
		cmocka_unit_test(test_meta_charset_after_text),
		cmocka_unit_test(test_gbk_declared),
		cmocka_unit_test(test_unknown_encoding),
		cmocka_unit_test(test_whatwg_labels),
		cmocka_unit_test(test_control_character_warns),
		cmocka_unit_test(test_bare_description_line),
		cmocka_unit_test(test_br_counts_toward_limit),
		cmocka_unit_test(test_other_tables_noted_once),
		cmocka_unit_test(test_tables_browsers_do_not_show),
		cmocka_unit_test(test_stray_quote_in_attribute),
		cmocka_unit_test(test_long_cell_hides_nothing),
		cmocka_unit_test(test_html_lists),
		cmocka_unit_test(test_registry_as_hint),
		cmocka_unit_test(test_caption_row_above_header),
	};

	return cmocka_run_group_tests_name("html_reader", tests, NULL, NULL);
}
