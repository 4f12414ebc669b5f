/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the generated C reads locale names, from the inside: built by
 * tests/c-tables.sh with the generated source included whole, its static
 * functions too.  For each argument, a line as tests/c/locale-cases
 * writes one: the locale, its language, script and territory, the
 * script it is written in, and the embedded locale it gets ("-" for
 * none, '""' for the empty locale). */
#include <stdio.h>

#include "http_status.c"

static void print_tag(unsigned long tag)
{
	putchar('\t');
	if (!tag)
		putchar('-');
	for (; tag; tag >>= 8)
		putchar((int)(tag & 0xff));
}

int main(int argc, char **argv)
{
	struct http_status_subtags t;
	const char *pick;
	int i, l;

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
