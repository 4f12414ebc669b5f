/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C-literal escaper and prefix check of the C emitter. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "emit/c_table.h"

static void literal_is(const char *in, const char *want)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	assert_non_null(f);
	assert_int_equal(c_write_literal(f, in), 0);
	fclose(f);
	assert_string_equal(buf, want);
	free(buf);
}

static void test_literal_escapes(void **state)
{
	(void)state;
	literal_is("Not Found", "\"Not Found\"");
	literal_is("", "\"\"");
	literal_is("say \"hi\"", "\"say \\\"hi\\\"\"");
	literal_is("C:\\dir", "\"C:\\\\dir\"");
	literal_is("line\nnext\ttab\r", "\"line\\012next\\011tab\\015\"");
	/* A comment's end inside a literal is harmless, and stays visible. */
	literal_is("*/ /*", "\"*/ /*\"");
	/* No trigraph can form: every '?' after a '?' is escaped. */
	literal_is("?\?/", "\"?\\?/\"");
	literal_is("?\?\?=", "\"?\\?\\?=\"");
	literal_is("a?b?", "\"a?b?\"");
	literal_is("%n%s", "\"%n%s\"");
	/* Every byte outside printable ASCII is octal: UTF-8, DEL, controls. */
	literal_is("没有", "\"\\346\\262\\241\\346\\234\\211\"");
	literal_is("\x7f\x01", "\"\\177\\001\"");
	/* An octal escape is always three digits, so a digit may follow. */
	literal_is("\x01" "7", "\"\\0017\"");
}

static void test_long_text_is_an_array(void **state)
{
	char *in = malloc(5001), *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	(void)state;
	assert_non_null(in);
	memset(in, 'a', 5000);
	in[5000] = '\0';
	assert_int_equal(c_write_literal(f, in), 0);
	fclose(f);
	/* Longer than C99 promises for a literal: the bytes as an array. */
	assert_true(!strncmp(buf, "(const char[]){ 97, 97, ", 24));
	assert_non_null(strstr(buf, "97, 0 }"));
	free(buf);
	free(in);
}

static void test_identifier(void **state)
{
	(void)state;
	assert_true(c_identifier_ok("http_status"));
	assert_true(c_identifier_ok("_x9"));
	assert_false(c_identifier_ok("9lives"));
	assert_false(c_identifier_ok("a-b"));
	assert_false(c_identifier_ok(""));
	assert_false(c_identifier_ok(NULL));
	assert_false(c_identifier_ok("a b"));
	assert_false(c_identifier_ok("caf\xc3\xa9"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literal_escapes),
		cmocka_unit_test(test_long_text_is_an_array),
		cmocka_unit_test(test_identifier),
	};

	return cmocka_run_group_tests_name("c_table", tests, NULL, NULL);
}
