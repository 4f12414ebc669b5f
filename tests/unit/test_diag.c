/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_failed),
	};

	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
