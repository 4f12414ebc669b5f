/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader, through source_read(), where a document beside its
 * records cannot say it: header words without the registry's hints,
 * documents made by the test (random bytes, cells at and past the limits,
 * tables nested deep, text across the 64 KiB chunks libxml2 is fed),
 * --lossy, --max-input-size and the encoding labels.  Every other
 * document and what it must give is in the reader corpus
 * (tests/corpus/reader-*, run by tests/corpus.sh). */
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
#include "parse/block.h"
#include "parse/decode.h"
#include "parse/html_blocks.h"
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

/* ---- header words, without the registry's hints ------------------------ */

/* Not in the corpus: extract and lint lend the readers the registry, whose
 * phrases ('Created', 'Not Found') would place these cells whatever the
 * header says.  Read without it, the header words and the cells decide. */

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

/* ---- random bytes ------------------------------------------------------ */

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

/* ---- limits ------------------------------------------------------------ */

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
	read_long_cell(&t, BLOCK_MAX_TEXT);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_non_null(rec_at(&t, 0)->reason);
	assert_int_equal(strlen(rec_at(&t, 0)->reason), BLOCK_MAX_TEXT);
	test_read_release(&t);
}

static void test_cell_too_long(void **state)
{
	struct test_read t;

	(void)state;
	read_long_cell(&t, BLOCK_MAX_TEXT + 1);
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

/* Regression: <br> counts toward the text limit. */
static void test_br_counts_toward_limit(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	unsigned i;

	(void)state;
	strbuf_addstr(&doc, "<table><tr><td>404</td><td>");
	for (i = 0; i <= BLOCK_MAX_TEXT; i++)
		strbuf_addstr(&doc, "<br>");
	strbuf_addstr(&doc, "</td></tr></table>\n");
	test_read_bytes(&t, "codes.html", doc.buf, doc.len);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, 1, "error", "table cell is longer than 65536 bytes");
	test_read_release(&t);
	strbuf_release(&doc);
}

/* One cell too long drops its row, not the rest of the document. */
static void test_long_cell_hides_nothing(void **state)
{
	struct strbuf doc = STRBUF_INIT, want = STRBUF_INIT;
	struct test_read t;
	char *x = xmalloc(BLOCK_MAX_TEXT + 1);

	(void)state;
	memset(x, 'x', BLOCK_MAX_TEXT + 1);
	strbuf_addstr(&doc, "<table><tr><th>Code</th><th>Reason</th></tr>\n"
		      "<tr><td>200</td><td>OK</td></tr>\n<tr><td>201</td><td>");
	strbuf_add(&doc, x, BLOCK_MAX_TEXT + 1);
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
	read_nested_tables(&t, HTML_BLOCKS_MAX_TABLE_DEPTH - 1);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->code, 200);
	assert_int_equal(rec_at(&t, 0)->line, HTML_BLOCKS_MAX_TABLE_DEPTH);
	test_read_release(&t);
}

static void test_tables_nested_too_deep(void **state)
{
	struct test_read t;

	(void)state;
	read_nested_tables(&t, 40);
	assert_int_equal(t.ret, -1);
	assert_one_diag(&t, HTML_BLOCKS_MAX_TABLE_DEPTH + 1, "error",
			"tables nested more than 32 deep");
	assert_int_equal(t.nr, 0);
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

/* ---- text across read chunks ------------------------------------------- */

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

/* Regression: after a recoverable error the reader stopped at the end of
 * the 64 KiB chunk it was in, so a bad row further on was never reported
 * and the good rows after it never read. */
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

/* ---- reading options and encoding labels ------------------------------- */

/* --lossy: invalid sequences become U+FFFD, with one warning at the
 * first and a count of the rest; the bad bytes reach no record. */
static void test_lossy(void **state)
{
	const struct input_options opt = { INPUT_DEFAULT_MAX_SIZE, true, NULL, NULL, NULL, NULL, NULL };
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
	struct input_options opt = { sizeof(doc) - 1, false, NULL, NULL, NULL, NULL, NULL };
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_code_names),
		cmocka_unit_test(test_header_reason_names),
		cmocka_unit_test(test_header_localized_names),
		cmocka_unit_test(test_header_description_names),
		cmocka_unit_test(test_header_class_names),
		cmocka_unit_test(test_columns_typed_by_content),
		cmocka_unit_test(test_binary_junk),
		cmocka_unit_test(test_cell_at_limit),
		cmocka_unit_test(test_cell_too_long),
		cmocka_unit_test(test_cell_of_10_mb),
		cmocka_unit_test(test_br_counts_toward_limit),
		cmocka_unit_test(test_long_cell_hides_nothing),
		cmocka_unit_test(test_tables_nested_at_limit),
		cmocka_unit_test(test_tables_nested_too_deep),
		cmocka_unit_test(test_row_problems_capped),
		cmocka_unit_test(test_attribute_longer_than_a_chunk),
		cmocka_unit_test(test_late_meta_does_not_switch),
		cmocka_unit_test(test_characters_across_chunks),
		cmocka_unit_test(test_errors_after_64k_reported),
		cmocka_unit_test(test_lossy),
		cmocka_unit_test(test_max_input_size),
		cmocka_unit_test(test_whatwg_labels),
		cmocka_unit_test(test_registry_as_hint),
	};

	return cmocka_run_group_tests_name("html_reader", tests, NULL, NULL);
}
