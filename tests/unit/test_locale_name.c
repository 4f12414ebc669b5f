/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The program's reading of locale names, on the table of
 * tests/c/locale-cases that tests/c-tables.sh runs through the compiled
 * generated C. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "emit/locale_name.h"

/* "-" for "", as the table writes it. */
static const char *dash(const char *s)
{
	return *s ? s : "-";
}

static void test_locale_cases(void **state)
{
	FILE *f = fopen(SRCDIR "/tests/c/locale-cases", "r");
	char line[256], name[64], want[4][8], pick[16], got[64];
	struct locale_parts lp;
	size_t rows = 0;

	(void)state;
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#' || !strncmp(line, "embedded ", 9))
			continue;
		assert_int_equal(sscanf(line, "%63s %7s %7s %7s %7s %15s", name, want[0], want[1],
					want[2], want[3], pick), 6);
		if (!strcmp(name, "\"\""))
			name[0] = '\0';
		if (locale_name_parts(name, &lp))
			snprintf(got, sizeof(got), "%s %s %s %s", dash(lp.language), dash(lp.script),
				 dash(lp.territory), dash(lp.written_in));
		else
			snprintf(got, sizeof(got), "- - - -");
		snprintf(line, sizeof(line), "%s %s %s %s", want[0], want[1], want[2], want[3]);
		if (strcmp(got, line))
			fail_msg("'%s': got %s, expected %s", name, got, line);
		rows++;
	}
	fclose(f);
	assert_true(rows >= 40);
}

/* A name that is no locale's leaves nothing behind. */
static void test_not_a_locale(void **state)
{
	struct locale_parts lp;

	(void)state;
	assert_true(locale_name_parts("zh_TW", &lp));
	assert_false(locale_name_parts(NULL, &lp));
	assert_string_equal(lp.language, "");
	assert_string_equal(lp.written_in, "");
	assert_false(locale_name_parts("z", &lp));
	assert_false(locale_name_parts("zh1_CN", &lp));
	assert_false(locale_name_parts("_CN", &lp));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_locale_cases),
		cmocka_unit_test(test_not_a_locale),
	};

	return cmocka_run_group_tests_name("locale_name", tests, NULL, NULL);
}
