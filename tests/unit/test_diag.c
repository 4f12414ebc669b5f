/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "helpers.h"

static void report_all_forms(struct diag *d, void *arg)
{
	(void)arg;
	diag_error(d, "data/sources/zh_CN/x.html", 12, "duplicate code %d", 404);
	diag_warning(d, "x.md", 0, "ignored: %s", "not a document");
	diag_note(d, NULL, 0, "%u more", 3u);
	assert_int_equal(d->count[DIAG_ERROR], 1);
	assert_int_equal(d->count[DIAG_WARNING], 1);
	assert_int_equal(d->count[DIAG_NOTE], 1);
}

static void test_format(void **state)
{
	char *text = test_capture_diag(report_all_forms, NULL);

	(void)state;
	assert_string_equal(text,
			    "data/sources/zh_CN/x.html:12: error: duplicate code 404\n"
			    "x.md: warning: ignored: not a document\n"
			    "statusgen: note: 3 more\n");
	free(text);
}

static void warn_once(struct diag *d, void *arg)
{
	bool *failed = arg;

	diag_note(d, "a", 1, "n");
	failed[0] = diag_failed(d);
	diag_warning(d, "a", 1, "w");
	failed[1] = diag_failed(d);
	d->werror = true;
	failed[2] = diag_failed(d);
	d->werror = false;
	diag_error(d, "a", 2, "e");
	failed[3] = diag_failed(d);
}

static void test_failed(void **state)
{
	bool failed[4];
	char *text = test_capture_diag(warn_once, failed);

	(void)state;
	assert_false(failed[0]);        /* notes never fail */
	assert_false(failed[1]);        /* warnings fail only with --werror */
	assert_true(failed[2]);
	assert_true(failed[3]);         /* errors always do */
	free(text);
}

/* Quoted document text is cut to DIAG_QUOTE_MAX bytes, at the start of a
 * UTF-8 character, and marked with "...". */
static void test_quote(void **state)
{
	struct diag_quote q;
	char text[200];
	const char *got;

	(void)state;
	assert_string_equal(diag_quote(&q, ""), "");
	memset(text, 'x', DIAG_QUOTE_MAX);
	text[DIAG_QUOTE_MAX] = '\0';
	assert_ptr_equal(diag_quote(&q, text), text);
	text[DIAG_QUOTE_MAX] = 'y';
	text[DIAG_QUOTE_MAX + 1] = '\0';
	got = diag_quote(&q, text);
	assert_int_equal(strlen(got), DIAG_QUOTE_MAX + 3);
	assert_memory_equal(got, text, DIAG_QUOTE_MAX);
	assert_string_equal(got + DIAG_QUOTE_MAX, "...");
	/* "é" at bytes 79 and 80: the cut goes before it. */
	memset(text, 'a', sizeof(text));
	memcpy(text + DIAG_QUOTE_MAX - 1, "\xc3\xa9", 2);
	text[150] = '\0';
	got = diag_quote(&q, text);
	assert_int_equal(strlen(got), DIAG_QUOTE_MAX - 1 + 3);
	assert_string_equal(got + DIAG_QUOTE_MAX - 1, "...");
	/* A three-byte character across the cut. */
	memcpy(text + DIAG_QUOTE_MAX - 2, "\xe7\xa0\x81", 3);
	got = diag_quote(&q, text);
	assert_int_equal(strlen(got), DIAG_QUOTE_MAX - 2 + 3);
}

static void report_control(struct diag *d, void *arg)
{
	(void)arg;
	diag_error(d, "a\tb.html", 3, "'%s' is not a status code", "\x1b[31mred\x7f");
}

/* Control characters in the path and the message are escaped, and the
 * line is written whole. */
static void test_control_escaped(void **state)
{
	char *text = test_capture_diag(report_control, NULL);

	(void)state;
	assert_string_equal(text,
			    "a\\x09b.html:3: error: '\\x1b[31mred\\x7f' is not a status code\n");
	free(text);
}

static void report_held(struct diag *d, void *arg)
{
	(void)arg;
	diag_hold(d);
	diag_warning(d, "p.md", 9, "late");
	diag_error(d, "p.md", 3, "first at 3");
	diag_note(d, "p.md", 0, "whole file");
	diag_warning(d, "p.md", 3, "second at 3");
	assert_int_equal(d->count[DIAG_ERROR], 1);
	assert_int_equal(d->count[DIAG_WARNING], 2);
	fputs("-- flush --\n", d->out);
	diag_flush(d);
	diag_error(d, "q.md", 1, "after");
}

/* Held messages are counted at once, printed at diag_flush() sorted by
 * line (a message without one first, equal lines in the order reported),
 * and messages after the flush are printed at once. */
static void test_hold(void **state)
{
	char *text = test_capture_diag(report_held, NULL);

	(void)state;
	assert_string_equal(text,
			    "-- flush --\n"
			    "p.md: note: whole file\n"
			    "p.md:3: error: first at 3\n"
			    "p.md:3: warning: second at 3\n"
			    "p.md:9: warning: late\n"
			    "q.md:1: error: after\n");
	free(text);
}

static void report_many_held(struct diag *d, void *arg)
{
	static const unsigned lines[] = { 9, 3, 7, 1, 8 };
	size_t i;

	(void)arg;
	d->kind_limit = 2;
	diag_hold(d);
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		diag_warning(d, "p.md", lines[i], "misspelt at %u", lines[i]);
	diag_error(d, "p.md", 5, "another kind");
	diag_warning(d, "q.md", 2, "misspelt at %u", 2u);
	assert_int_equal(d->count[DIAG_WARNING], 6);
	diag_flush(d);
	assert_int_equal(d->count[DIAG_WARNING], 6);
}

/* Held, the messages of one kind (format string, severity, path) kept
 * are those of the lowest lines, whatever the order they came in; the
 * others are counted, in one line at the first of them. */
static void test_kind_limit_held(void **state)
{
	char *text = test_capture_diag(report_many_held, NULL);

	(void)state;
	assert_string_equal(text,
			    "p.md:1: warning: misspelt at 1\n"
			    "q.md:2: warning: misspelt at 2\n"
			    "p.md:3: warning: misspelt at 3\n"
			    "p.md:5: error: another kind\n"
			    "p.md:7: warning: 3 more findings like the one at line 3 not shown\n");
	free(text);
}

static void report_many_printed(struct diag *d, void *arg)
{
	(void)arg;
	d->kind_limit = 2;
	diag_warning(d, "p.md", 9, "misspelt at %u", 9u);
	diag_warning(d, "p.md", 3, "misspelt at %u", 3u);
	diag_warning(d, "p.md", 7, "misspelt at %u", 7u);
	diag_warning(d, "p.md", 1, "misspelt at %u", 1u);
	diag_note(d, "x.md", 0, "no line");
	diag_note(d, "x.md", 0, "no line");
	diag_note(d, "x.md", 0, "no line");
	/* About no file: all shown. */
	diag_error(d, NULL, 0, "cannot open '%s'", "a");
	diag_error(d, NULL, 0, "cannot open '%s'", "b");
	diag_error(d, NULL, 0, "cannot open '%s'", "c");
	fputs("-- end --\n", d->out);
	diag_report_hidden(d);
	/* Counted anew. */
	diag_warning(d, "p.md", 4, "misspelt at %u", 4u);
	diag_report_hidden(d);
	assert_int_equal(d->count[DIAG_WARNING], 5);
	assert_int_equal(d->count[DIAG_NOTE], 3);
	assert_int_equal(d->count[DIAG_ERROR], 3);
}

/* Printed at once, the first messages of a kind are shown; the count of
 * the others comes with diag_report_hidden(). */
static void test_kind_limit_printed(void **state)
{
	char *text = test_capture_diag(report_many_printed, NULL);

	(void)state;
	assert_string_equal(text,
			    "p.md:9: warning: misspelt at 9\n"
			    "p.md:3: warning: misspelt at 3\n"
			    "x.md: note: no line\n"
			    "x.md: note: no line\n"
			    "statusgen: error: cannot open 'a'\n"
			    "statusgen: error: cannot open 'b'\n"
			    "statusgen: error: cannot open 'c'\n"
			    "-- end --\n"
			    "p.md:1: warning: 2 more findings like the one at line 3 not shown\n"
			    "x.md: note: 1 more finding like the one above not shown\n"
			    "p.md:4: warning: misspelt at 4\n");
	free(text);
}

/* A message that cannot be written fails the run, as an error does. */
static void test_write_error_fails(void **state)
{
	FILE *full = fopen("/dev/full", "w");
	struct diag d;

	(void)state;
	if (!full)
		skip();
	setvbuf(full, NULL, _IONBF, 0);
	diag_init(&d, full);
	diag_note(&d, "a.md", 1, "a note");
	assert_false(d.count[DIAG_ERROR]);
	assert_true(diag_failed(&d));
	fclose(full);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_failed),
		cmocka_unit_test(test_quote),
		cmocka_unit_test(test_control_escaped),
		cmocka_unit_test(test_hold),
		cmocka_unit_test(test_kind_limit_held),
		cmocka_unit_test(test_kind_limit_printed),
		cmocka_unit_test(test_write_error_fails),
	};

	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
