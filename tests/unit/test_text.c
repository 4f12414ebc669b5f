/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/strbuf.h"
#include "util/text.h"

static void test_utf8_valid(void **state)
{
	const char *s = "OK 正常 \xf0\x9f\x98\x80";

	(void)state;
	assert_int_equal(utf8_invalid_offset(s, strlen(s)), strlen(s));
	assert_int_equal(utf8_invalid_offset("", 0), 0);
}

static void test_utf8_invalid(void **state)
{
	(void)state;
	/* Stray continuation byte, 0xff, overlong '/', surrogate, past
	 * U+10FFFF, and a sequence cut short by the end. */
	assert_int_equal(utf8_invalid_offset("ab\x80", 3), 2);
	assert_int_equal(utf8_invalid_offset("a\xff", 2), 1);
	assert_int_equal(utf8_invalid_offset("\xc0\xaf", 2), 0);
	assert_int_equal(utf8_invalid_offset("x\xed\xa0\x80", 4), 1);
	assert_int_equal(utf8_invalid_offset("\xf4\x90\x80\x80", 4), 0);
	assert_int_equal(utf8_invalid_offset("ab\xe6\xad", 4), 2);
}

static void test_line_of_offset(void **state)
{
	(void)state;
	assert_int_equal(line_of_offset("a\nb\nc", 0), 1);
	assert_int_equal(line_of_offset("a\nb\nc", 2), 2);
	assert_int_equal(line_of_offset("a\nb\nc", 4), 3);
}

static void collapse(const char *in, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, in);
	text_collapse_space(&sb);
	assert_string_equal(strbuf_str(&sb), want);
	assert_int_equal(sb.len, strlen(want));
	strbuf_release(&sb);
}

static void test_collapse_space(void **state)
{
	(void)state;
	collapse("  Not \t\n Found \r\n", "Not Found");
	collapse("\xc2\xa0OK\xc2\xa0\xc2\xa0x", "OK x");
	collapse("\xe3\x80\x80没有\xe3\x80\x80找到", "没有 找到");
	collapse(" \n\t ", "");
	collapse("", "");
}

static void test_scan_code(void **state)
{
	int code = 0;

	(void)state;
	assert_int_equal(text_scan_code("404 Not Found", &code), 3);
	assert_int_equal(code, 404);
	assert_int_equal(text_scan_code("200", &code), 3);
	assert_int_equal(code, 200);
	assert_int_equal(text_scan_code("4040", &code), 0);
	assert_int_equal(text_scan_code("40", &code), 0);
	assert_int_equal(text_scan_code("x404", &code), 0);
	assert_int_equal(text_scan_code("", &code), 0);
}

static void test_ascii_phrase(void **state)
{
	(void)state;
	assert_true(text_is_ascii_phrase("Non-Authoritative Information"));
	assert_false(text_is_ascii_phrase("没有找到"));
	assert_false(text_is_ascii_phrase("404"));
	assert_false(text_is_ascii_phrase(""));
	assert_false(text_is_ascii_phrase("tab\there"));
}

static void test_equal_nocase(void **state)
{
	(void)state;
	assert_true(text_equal_nocase("Status Code", "status code"));
	assert_false(text_equal_nocase("code", "codes"));
	assert_true(text_equal_nocase_n("<META charset", "<meta", 5));
	assert_false(text_equal_nocase_n("<me", "<meta", 5));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_line_of_offset),
		cmocka_unit_test(test_collapse_space),
		cmocka_unit_test(test_scan_code),
		cmocka_unit_test(test_ascii_phrase),
		cmocka_unit_test(test_equal_nocase),
	};

	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
