/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the generated C reads locale names, from the inside: built by
 * tests/c-tables.sh with the generated source included whole, its static
 * functions too.  For each argument, a line as tests/c/locale-cases
 * writes one: the locale, its language, script and territory, the
 * script it is written in, and the embedded locale it gets ("-" for
 * none, '""' for the empty locale).
 *
 * With "--fuzz N" instead: N names made of pieces of locale names, each
 * read by the generated matcher and by the general one
 * (http_status_match_locale()), and split with the usual shapes read
 * without a loop and with the loop alone (http_status_split_any()); a
 * line for each name they disagree on, then "N agree" or "N disagree". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_status.c"

static void print_tag(unsigned long tag)
{
	putchar('\t');
	if (!tag)
		putchar('-');
	for (; tag; tag >>= 8)
		putchar((int)(tag & 0xff));
}

static const char *const pieces[] = {
	"zh", "ZH", "pt", "en", "de", "es", "sr", "fr", "ast", "fil", "xx", "e", "c", "hant",
	"Hans", "Latn", "TW", "tw", "CN", "BR", "PT", "GB", "US", "419", "HK", "MO", "SG", "x",
	"", "Hant1", "UTF-8", "utf8", "latin", "C", "zzzzz", "\xc3\xa9", "1",
};

/* The next of a fixed sequence of pseudo-random numbers. */
static unsigned long next(unsigned long *seed)
{
	*seed = *seed * 1103515245UL + 12345UL;
	return (*seed >> 16) & 0x7fffUL;
}

static int fuzz(long n)
{
	unsigned long seed = 1;
	long k, bad = 0;
	char name[64];

	for (k = 0; k < n; k++) {
		struct http_status_subtags t, u;
		size_t len = 0, m = 1 + next(&seed) % 4, j;
		int a, b;

		for (j = 0; j < m; j++) {
			const char *p = pieces[next(&seed) % (sizeof(pieces) / sizeof(pieces[0]))];

			if (j)
				name[len++] = "_-.@"[next(&seed) % 4];
			memcpy(name + len, p, strlen(p));
			len += strlen(p);
		}
		name[len] = '\0';
		memset(&u, 0, sizeof(u));
		a = http_status_split_locale(name, &t);
		b = http_status_split_any(name, &u);
		if (http_status_locale_index(name) != http_status_match_locale(name) || a != b ||
		    t.language != u.language || t.script != u.script || t.territory != u.territory) {
			printf("'%s': matcher %d, general %d\n", name, http_status_locale_index(name),
			       http_status_match_locale(name));
			bad++;
		}
	}
	printf("%ld %s\n", bad ? bad : n, bad ? "disagree" : "agree");
	return bad != 0;
}

int main(int argc, char **argv)
{
	struct http_status_subtags t;
	const char *pick;
	int i, l;

	if (argc == 3 && !strcmp(argv[1], "--fuzz"))
		return fuzz(strtol(argv[2], NULL, 10));
	for (i = 1; i < argc; i++) {
		http_status_split_locale(argv[i], &t);
		l = http_status_locale_index(argv[i]);
		pick = l >= 0 ? http_status_locale_at((size_t)l) : NULL;
		fputs(*argv[i] ? argv[i] : "\"\"", stdout);
		print_tag(t.language);
		print_tag(t.script);
		print_tag(t.territory);
		print_tag(http_status_script_of(&t));
		printf("\t%s\n", pick ? pick : "-");
	}
	return 0;
}
