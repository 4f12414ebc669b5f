/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The generated C API from the inside: built by tests/c-api.sh with gcc
 * and clang (C99, -Wall -Wextra -Werror) with the generated source
 * included whole, its static functions too.  Each mode prints what it
 * found wrong, one line each, then "ok N" (N checks) or "failed N".
 *
 *   api_probe predicates      every class predicate on every int that
 *                             matters: 0-999, INT_MIN, INT_MAX and their
 *                             neighbours; each evaluates its argument once
 *                             and is a constant expression
 *   api_probe fold FILE       tests/c/fold-cases: the generated fold, and
 *                             http_status_from_reason() of each phrase
 *   api_probe names           standard input: "CODE<TAB>PHRASE" lines, every
 *                             name then every former name, in the order
 *                             that decides a phrase two codes share; each,
 *                             its case, spacing and punctuation variants
 *                             and its misspellings through
 *                             http_status_from_reason()
 *   api_probe l10n LOCALE     standard input: the English names as for
 *                             "names", a line "locale", then the locale's
 *                             reason phrases, "CODE<TAB>PHRASE": each, and
 *                             the English names, through
 *                             http_status_from_reason_l10n()
 *   api_probe flags           standard input: "CODE<TAB>FLAGS" for every
 *                             code, FLAGS what http_status_lookup() must say */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_status.c"
#include "fold_field.h"

static unsigned long checks, failures;

static void check(int ok, const char *what, const char *detail, long got, long want)
{
	checks++;
	if (ok)
		return;
	failures++;
	printf("%s '%s': got %ld, expected %ld\n", what, detail, got, want);
}

static int finish(void)
{
	printf("%s %lu\n", failures ? "failed" : "ok", failures ? failures : checks);
	return failures ? 1 : 0;
}

/* ---- predicates ------------------------------------------------------ */

/* Constant expressions: an array size and case labels. */
typedef char constant_success[HTTP_STATUS_IS_SUCCESS(204) && !HTTP_STATUS_IS_SUCCESS(304) ? 1 : -1];

static int class_by_switch(int c)
{
	switch (c) {
	case HTTP_STATUS_IS_ERROR(503) * -7:
		return -1;
	default:
		return HTTP_STATUS_IS_INFORMATIONAL(c) ? 1 : HTTP_STATUS_IS_SUCCESS(c) ? 2 :
		       HTTP_STATUS_IS_REDIRECTION(c) ? 3 : HTTP_STATUS_IS_CLIENT_ERROR(c) ? 4 :
		       HTTP_STATUS_IS_SERVER_ERROR(c) ? 5 : 0;
	}
}

static void check_code(int c)
{
	char detail[32];
	int want = c >= 100 && c <= 599 ? c / 100 : 0;

	snprintf(detail, sizeof(detail), "%d", c);
	check(HTTP_STATUS_IS_INFORMATIONAL(c) == (want == 1), "IS_INFORMATIONAL", detail,
	      HTTP_STATUS_IS_INFORMATIONAL(c), want == 1);
	check(HTTP_STATUS_IS_SUCCESS(c) == (want == 2), "IS_SUCCESS", detail,
	      HTTP_STATUS_IS_SUCCESS(c), want == 2);
	check(HTTP_STATUS_IS_REDIRECTION(c) == (want == 3), "IS_REDIRECTION", detail,
	      HTTP_STATUS_IS_REDIRECTION(c), want == 3);
	check(HTTP_STATUS_IS_CLIENT_ERROR(c) == (want == 4), "IS_CLIENT_ERROR", detail,
	      HTTP_STATUS_IS_CLIENT_ERROR(c), want == 4);
	check(HTTP_STATUS_IS_SERVER_ERROR(c) == (want == 5), "IS_SERVER_ERROR", detail,
	      HTTP_STATUS_IS_SERVER_ERROR(c), want == 5);
	check(HTTP_STATUS_IS_ERROR(c) == (want == 4 || want == 5), "IS_ERROR", detail,
	      HTTP_STATUS_IS_ERROR(c), want == 4 || want == 5);
	/* Each answers exactly 0 or 1, and agrees with class_of(). */
	check(class_by_switch(c) == want, "class", detail, class_by_switch(c), want);
	check((int)http_status_class_of(c) == want, "http_status_class_of", detail,
	      (long)http_status_class_of(c), want);
}

static int predicates(void)
{
	static const int edges[] = {
		INT_MIN, INT_MIN + 1, INT_MIN + 100, -600, -500, -400, -100, -1,
		INT_MAX - 99, INT_MAX - 1, INT_MAX, 1000, 1099, 65535 + 200, 65536 + 200,
	};
	int c, i, r;
	size_t k;

	for (c = 0; c <= 999; c++)
		check_code(c);
	for (k = 0; k < sizeof(edges) / sizeof(edges[0]); k++)
		check_code(edges[k]);
	/* The argument is evaluated once. */
	i = 404;
	r = HTTP_STATUS_IS_ERROR(i++);
	check(r && i == 405, "IS_ERROR(i++)", "404", i, 405);
	i = 200;
	r = HTTP_STATUS_IS_SUCCESS(i++);
	r += HTTP_STATUS_IS_INFORMATIONAL(i++);
	r += HTTP_STATUS_IS_REDIRECTION(i++);
	r += HTTP_STATUS_IS_CLIENT_ERROR(i++);
	r += HTTP_STATUS_IS_SERVER_ERROR(i++);
	check(r == 1 && i == 205, "each predicate(i++)", "200", i, 205);
	/* An enumerator is an int. */
	check(HTTP_STATUS_IS_CLIENT_ERROR(HTTP_STATUS_NOT_FOUND), "IS_CLIENT_ERROR", "HTTP_STATUS_NOT_FOUND",
	      HTTP_STATUS_IS_CLIENT_ERROR(HTTP_STATUS_NOT_FOUND), 1);
	check(sizeof(constant_success) == 1, "constant expression", "IS_SUCCESS(204)", 0, 0);
	return finish();
}

/* ---- fold and names ------------------------------------------------ */

/* phrase folded by the generated C, NUL-terminated, into out (size >=
 * strlen(phrase) + 9). */
static void fold(const char *phrase, char *out)
{
	size_t n = http_status_fold(phrase, (unsigned char *)out, strlen(phrase));

	out[n] = '\0';
}

static int fold_cases(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[512], phrase[256], want[256], got[300], fast[300];
	size_t n;

	if (!f) {
		perror(path);
		return 1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *tab1 = strchr(line, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
		long code;

		if (line[0] == '#' || !tab2)
			continue;
		*tab1 = *tab2 = '\0';
		fold_field_decode(line, phrase, sizeof(phrase));
		fold_field_decode(tab1 + 1, want, sizeof(want));
		code = tab2[1] == '-' ? 0 : strtol(tab2 + 1, NULL, 10);
		fold(phrase, got);
		check(!strcmp(got, want), "http_status_fold", line, (long)strlen(got), (long)strlen(want));
		n = http_status_fold_fast(phrase, (unsigned char *)fast, strlen(phrase));
		fast[n] = '\0';
		check(!strcmp(fast, want), "http_status_fold_fast", line, (long)n, (long)strlen(want));
		check(http_status_from_reason(phrase) == code, "http_status_from_reason", line,
		      http_status_from_reason(phrase), code);
	}
	fclose(f);
	return finish();
}

/* The phrases read from standard input, in order. */
struct phrase {
	int code;
	char *text;
	char *folded;
};

static struct phrase *list;
static size_t nr_list;

/* Read "CODE<TAB>PHRASE" lines up to the end or a line "locale"; 1 if
 * that line ended them. */
static int read_phrases(void)
{
	char line[1024];

	while (fgets(line, sizeof(line), stdin)) {
		char *tab = strchr(line, '\t');

		line[strcspn(line, "\n")] = '\0';
		if (!strcmp(line, "locale"))
			return 1;
		if (!tab)
			continue;
		list = realloc(list, (nr_list + 1) * sizeof(*list));
		if (!list)
			abort();
		list[nr_list].code = (int)strtol(line, NULL, 10);
		list[nr_list].text = malloc(strlen(tab + 1) + 1);
		list[nr_list].folded = malloc(strlen(tab + 1) + 9);
		if (!list[nr_list].text || !list[nr_list].folded)
			abort();
		memcpy(list[nr_list].text, tab + 1, strlen(tab + 1) + 1);
		fold(tab + 1, list[nr_list].folded);
		nr_list++;
	}
	return 0;
}

/* The code a phrase should give: the first of list[from..to) that folds
 * alike, else 0. */
static int expected(const char *phrase, size_t from, size_t to)
{
	char *f = malloc(strlen(phrase) + 9);
	size_t i;
	int code = 0;

	if (!f)
		abort();
	fold(phrase, f);
	for (i = from; i < to && !code; i++)
		if (*f && !strcmp(f, list[i].folded))
			code = list[i].code;
	free(f);
	return code;
}

/* from_reason (or from_reason_l10n with locale) of variant, against the
 * first phrase of list[from..to) it folds like, else of list[0..from)
 * when english_too. */
static void check_variant(const char *variant, const char *locale, size_t from, size_t to,
			  size_t english)
{
	int want = expected(variant, from, to), got;

	if (!want && english)
		want = expected(variant, 0, english);
	got = locale ? http_status_from_reason_l10n(variant, locale) : http_status_from_reason(variant);
	check(got == want, locale ? "http_status_from_reason_l10n" : "http_status_from_reason",
	      variant, got, want);
}

/* Every phrase of list[from..to): as it is, in other cases, spacings and
 * punctuations, and misspelt (a letter changed or dropped). */
static void check_phrases(const char *locale, size_t from, size_t to, size_t english)
{
	char v[1100];
	size_t i, k, n;

	for (i = from; i < to; i++) {
		const char *t = list[i].text;

		n = strlen(t);
		check_variant(t, locale, from, to, english);
		for (k = 0; k <= n; k++)
			v[k] = t[k] >= 'a' && t[k] <= 'z' ? (char)(t[k] - 32) : t[k];
		check_variant(v, locale, from, to, english);
		for (k = 0; k <= n; k++)
			v[k] = t[k] >= 'A' && t[k] <= 'Z' ? (char)(t[k] + 32) : t[k];
		check_variant(v, locale, from, to, english);
		for (k = 0; k <= n; k++)
			v[k] = t[k] == ' ' ? '-' : t[k];
		check_variant(v, locale, from, to, english);
		for (n = k = 0; t[k]; k++)
			if (t[k] != ' ')
				v[n++] = t[k];
		v[n] = '\0';
		check_variant(v, locale, from, to, english);
		/* Quoted, with a full stop, and spaced apart byte by byte
		 * where a character starts. */
		snprintf(v, sizeof(v), "\xe2\x80\x9c%s.\xe2\x80\x9d", t);
		check_variant(v, locale, from, to, english);
		for (n = k = 0; t[k] && n + 3 < sizeof(v); k++) {
			if (((unsigned char)t[k] & 0xc0) != 0x80)
				v[n++] = ' ';
			v[n++] = t[k];
		}
		v[n] = '\0';
		check_variant(v, locale, from, to, english);
		for (k = 0; t[k]; k++) {
			if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')))
				continue;
			snprintf(v, sizeof(v), "%s", t);
			v[k] = v[k] == 'q' ? 'x' : 'q';
			check_variant(v, locale, from, to, english);
			snprintf(v, sizeof(v), "%s", t);
			memmove(v + k, v + k + 1, strlen(v + k));
			check_variant(v, locale, from, to, english);
		}
	}
}

static int names(void)
{
	read_phrases();
	check(nr_list >= 70, "names read", "", (long)nr_list, 70);
	check_phrases(NULL, 0, nr_list, 0);
	check(http_status_from_reason(NULL) == 0, "http_status_from_reason", "NULL",
	      http_status_from_reason(NULL), 0);
	check(http_status_from_reason("") == 0, "http_status_from_reason", "\"\"",
	      http_status_from_reason(""), 0);
	check(http_status_from_reason("Unused") == 0, "http_status_from_reason", "Unused",
	      http_status_from_reason("Unused"), 0);
	return finish();
}

/* The English names, then after a line "locale" the locale's phrases. */
static int l10n(const char *locale)
{
	size_t english;
	int want;

	read_phrases();
	english = nr_list;
	read_phrases();
	check(nr_list - english >= 40, "phrases read", locale, (long)(nr_list - english), 40);
	check_phrases(locale, english, nr_list, english);
	/* The English names through the locale, and the locale's phrases
	 * through English alone (NULL, "C"). */
	check_phrases(locale, 0, english, 0);
	want = expected(list[english].text, 0, english);
	check(http_status_from_reason_l10n(list[english].text, NULL) == want,
	      "http_status_from_reason_l10n NULL", list[english].text,
	      http_status_from_reason_l10n(list[english].text, NULL), want);
	check(http_status_from_reason_l10n(list[english].text, "C") == want,
	      "http_status_from_reason_l10n C", list[english].text,
	      http_status_from_reason_l10n(list[english].text, "C"), want);
	check(http_status_from_reason_l10n(NULL, locale) == 0, "http_status_from_reason_l10n", "NULL",
	      http_status_from_reason_l10n(NULL, locale), 0);
	return finish();
}

/* ---- flags ----------------------------------------------------------- */

static int flags(void)
{
	char line[256];
	unsigned long seen = 0;

	while (fgets(line, sizeof(line), stdin)) {
		int code = (int)strtol(line, NULL, 10);
		unsigned long want = strtoul(strchr(line, '\t') ? strchr(line, '\t') + 1 : "0", NULL, 10);
		const struct http_status_info *info = http_status_lookup(code);

		line[strcspn(line, "\n")] = '\0';
		check(info != NULL, "http_status_lookup", line, info != NULL, 1);
		if (info)
			check(info->flags == want, "flags", line, (long)info->flags, (long)want);
		seen++;
	}
	check(seen == http_status_count(), "codes", "all", (long)seen, (long)http_status_count());
	return finish();
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "predicates"))
		return predicates();
	if (argc >= 3 && !strcmp(argv[1], "fold"))
		return fold_cases(argv[2]);
	if (argc >= 2 && !strcmp(argv[1], "names"))
		return names();
	if (argc >= 3 && !strcmp(argv[1], "l10n"))
		return l10n(argv[2]);
	if (argc >= 2 && !strcmp(argv[1], "flags"))
		return flags();
	fputs("usage: api_probe predicates|fold FILE|names|l10n LOCALE|flags\n", stderr);
	return 2;
}
