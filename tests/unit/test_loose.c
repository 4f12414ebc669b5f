/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The program's loose comparison of reason phrases (util/loose.h, the
 * generated C's src/util/c_fold.c compiled in), on the table of
 * tests/c/fold-cases that tests/c-api.sh runs through the compiled
 * generated C, and on every byte against the rule it implements. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/loose.h"
#include "../c/fold_field.h"

static void test_fold_cases(void **state)
{
	FILE *f = fopen(SRCDIR "/tests/c/fold-cases", "r");
	char line[512], phrase[256], want[256], other[256];
	size_t rows = 0, len;

	(void)state;
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		char *tab1, *tab2, *got;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		tab1 = strchr(line, '\t');
		assert_non_null(tab1);
		tab2 = strchr(tab1 + 1, '\t');
		assert_non_null(tab2);
		*tab1 = *tab2 = '\0';
		fold_field_decode(line, phrase, sizeof(phrase));
		fold_field_decode(tab1 + 1, want, sizeof(want));
		got = loose_fold(phrase, &len);
		if (strcmp(got, want) || len != strlen(want))
			fail_msg("'%s' folds to '%s', expected '%s'", line, got, want);
		/* Eight zeros follow the folded text, for the hash's words. */
		assert_memory_equal(got + len, "\0\0\0\0\0\0\0\0", 8);
		free(got);
		/* Loosely equal to its folded form exactly when that is
		 * itself (folding again changes nothing). */
		snprintf(other, sizeof(other), "%s", want);
		assert_true(loose_equal(phrase, other));
		rows++;
	}
	fclose(f);
	assert_true(rows >= 40);
}

/* Every byte alone, against the rule: ASCII letters lower-cased, digits
 * and every byte from 0x80 kept, the rest of ASCII dropped. */
static void test_every_byte(void **state)
{
	unsigned b;

	(void)state;
	for (b = 1; b < 256; b++) {
		char text[2] = { (char)b, '\0' }, want[2] = { '\0', '\0' };
		char *got;

		if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80)
			want[0] = (char)b;
		else if (b >= 'A' && b <= 'Z')
			want[0] = (char)(b - 'A' + 'a');
		got = loose_fold(text, NULL);
		if (strcmp(got, want))
			fail_msg("byte 0x%02x folds to '%s'", b, got);
		free(got);
	}
}

/* U+2010-U+201F, each, anywhere in a phrase, is dropped; the characters
 * around them are not. */
static void test_dashes_and_quotes(void **state)
{
	unsigned c;

	(void)state;
	for (c = 0x200f; c <= 0x2020; c++) {
		char text[16], *got;
		bool dropped = c >= 0x2010 && c <= 0x201f;

		snprintf(text, sizeof(text), "a%c%c%cb", (char)(0xe0 | (c >> 12)),
			 (char)(0x80 | ((c >> 6) & 0x3f)), (char)(0x80 | (c & 0x3f)));
		got = loose_fold(text, NULL);
		assert_int_equal(strcmp(got, "ab") == 0, dropped);
		free(got);
	}
}

/* A long phrase folds whole (the generated C's unrolled loop, eight bytes
 * a step, with a U+2010 in every position of a step). */
static void test_long(void **state)
{
	char text[600], want[600];
	size_t i, k, n;

	(void)state;
	for (k = 0; k < 9; k++) {
		for (i = n = 0; i < 200; i++) {
			text[n++] = (char)('a' + i % 26);
			if (i == k) {
				memcpy(text + n, "\xe2\x80\x90 -", 5);
				n += 5;
			}
		}
		text[n] = '\0';
		for (i = 0; i < 200; i++)
			want[i] = (char)('a' + i % 26);
		want[200] = '\0';
		assert_true(loose_equal(text, want));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_cases),
		cmocka_unit_test(test_every_byte),
		cmocka_unit_test(test_dashes_and_quotes),
		cmocka_unit_test(test_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
