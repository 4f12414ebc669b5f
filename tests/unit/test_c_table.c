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

static char *written(int (*fn)(FILE *, const char *, const char *), const char *name,
		     const char *text)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	assert_non_null(f);
	assert_int_equal(fn(f, name, text), 0);
	fclose(f);
	return buf;
}

static void test_long_text_is_an_array(void **state)
{
	char *in = malloc(5001), *buf;

	(void)state;
	assert_non_null(in);
	memset(in, 'a', 5000);
	in[5000] = '\0';
	assert_false(c_fits_literal(in));
	in[4000] = '\0';
	assert_true(c_fits_literal(in));
	/* Character constants, so that a byte over 127 is a char's value
	 * whether char is signed or not. */
	buf = written(c_write_char_array, "t_1", "a\xe6'\\\n");
	assert_string_equal(buf, "static const char t_1[6] = {\n"
			    "\t'a', '\\346', '\\'', '\\\\', '\\012', '\\000'\n};\n\n");
	free(buf);
	free(in);
}

static void test_long_literal_spans_lines(void **state)
{
	char *in = malloc(4001), *buf = NULL, *line, *next;
	size_t size = 0, lines = 0;
	FILE *f = open_memstream(&buf, &size);

	(void)state;
	assert_non_null(in);
	memset(in, '\xe6', 4000);
	in[4000] = '\0';
	/* A line ends only before a character's first byte. */
	memset(in + 740, '\x80', 30);
	assert_int_equal(c_write_literal(f, in), 0);
	fclose(f);
	/* 16,000 characters of escapes, as adjacent literals: no line
	 * longer than C99's 4095 characters, and none starts inside a
	 * character. */
	for (line = buf; line; line = next) {
		next = strchr(line, '\n');
		assert_true((size_t)((next ? next : line + strlen(line)) - line) < 3100);
		assert_null(strstr(line, "\t\"\\200"));
		lines++;
		if (next)
			next++;
	}
	assert_true(lines >= 5);
	assert_true(!strncmp(buf, "\"\\346", 5));
	assert_true(!strcmp(buf + strlen(buf) - 5, "\\346\""));
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
	/* A header name has no escapes: what it cannot hold is refused. */
	assert_true(c_header_name_ok("http_status.h"));
	assert_true(c_header_name_ok("my status-1.h"));
	assert_false(c_header_name_ok("a\"b.h"));
	assert_false(c_header_name_ok("a\\b.h"));
	assert_false(c_header_name_ok("a'b.h"));
	assert_false(c_header_name_ok("a?\?/b.h"));
	assert_false(c_header_name_ok("caf\xc3\xa9.h"));
	assert_false(c_header_name_ok(""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literal_escapes),
		cmocka_unit_test(test_long_text_is_an_array),
		cmocka_unit_test(test_long_literal_spans_lines),
		cmocka_unit_test(test_identifier),
	};

	return cmocka_run_group_tests_name("c_table", tests, NULL, NULL);
}
