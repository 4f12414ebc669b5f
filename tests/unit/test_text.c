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

static void test_count_words(void **state)
{
	(void)state;
	assert_int_equal(text_count_words(""), 0);
	assert_int_equal(text_count_words("   "), 0);
	assert_int_equal(text_count_words("Not Found"), 2);
	assert_int_equal(text_count_words(" Method  not allowed "), 3);
	assert_int_equal(text_count_words("I'm\ta teapot"), 2);
}

static void test_equal_nocase(void **state)
{
	(void)state;
	assert_true(text_equal_nocase("Status Code", "status code"));
	assert_false(text_equal_nocase("code", "codes"));
	assert_true(text_equal_nocase_n("<META charset", "<meta", 5));
	assert_false(text_equal_nocase_n("<me", "<meta", 5));
}

static void test_utf8_prefix_length(void **state)
{
	(void)state;
	/* Cut by the end: all of it is a prefix. */
	assert_int_equal(utf8_prefix_length("\xe6\xb2", 2), 2);
	assert_int_equal(utf8_prefix_length("\xf0\x9f\x98", 3), 3);
	/* Ill-formed: the maximal subpart, which one U+FFFD replaces. */
	assert_int_equal(utf8_prefix_length("\xe6\xb2x", 3), 2);
	assert_int_equal(utf8_prefix_length("\xff", 1), 0);
	assert_int_equal(utf8_prefix_length("\xc0\xaf", 2), 0);           /* overlong */
	assert_int_equal(utf8_prefix_length("\xe0\x80\x80", 3), 1);       /* overlong */
	assert_int_equal(utf8_prefix_length("\xed\xa0\x80", 3), 1);       /* surrogate */
	assert_int_equal(utf8_prefix_length("\xf4\x90\x80\x80", 4), 1);   /* > U+10FFFF */
	assert_int_equal(utf8_prefix_length("\x80", 1), 0);
}

static void test_parse_size(void **state)
{
	static const char *const bad[] = {
		"", "0", "0K", "K", "-1", "+1", " 1", "1 ", "1.5", "1KB", "1Kx", "12Q",
		"18446744073709551616", "17179869184G", "99999999999999999999999",
	};
	size_t size, i;

	(void)state;
	assert_int_equal(text_parse_size("1", &size), 0);
	assert_int_equal(size, 1);
	assert_int_equal(text_parse_size("65536", &size), 0);
	assert_int_equal(size, 65536);
	assert_int_equal(text_parse_size("64k", &size), 0);
	assert_int_equal(size, 64u << 10);
	assert_int_equal(text_parse_size("64M", &size), 0);
	assert_int_equal(size, 64u << 20);
	assert_int_equal(text_parse_size("2g", &size), 0);
	assert_true(size == (size_t)2 << 30);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		size = 7;
		if (text_parse_size(bad[i], &size) == 0)
			fail_msg("'%s' was taken as a size", bad[i]);
		assert_int_equal(size, 7);
	}
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
		cmocka_unit_test(test_count_words),
		cmocka_unit_test(test_equal_nocase),
		cmocka_unit_test(test_utf8_prefix_length),
		cmocka_unit_test(test_parse_size),
	};

	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
