/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The generated locale matcher: http_status_find_locale(), written for
 * the locales embedded, so that the usual locale name costs one table
 * lookup whichever of them it names.  It decides as
 * http_status_match_locale() (src/emit/c_runtime.c) does over the table
 * of locales, and reads names with the code the program reads them with
 * (src/emit/c_locale.c, through emit/locale_name.h). */
#include <config.h>

#include "emit/c_matcher.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/locale_name.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The languages of two letters: http_status_language_number()'s range. */
#define NR_LANGUAGES (26 * 26)

/* An entry of the table by language that defers to the code written for
 * the language (a script or territory decides). */
#define BY_SCRIPT_OR_TERRITORY (-2)

static void addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char *buf;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		abort();
	buf = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	va_end(ap);
	strbuf_add(sb, buf, (size_t)n);
	free(buf);
}

unsigned long c_locale_pack_tag(const char *s)
{
	unsigned long tag = 0;
	size_t n;

	for (n = 0; s[n] && n < 4; n++)
		tag |= (unsigned long)(unsigned char)s[n] << (8 * n);
	return tag;
}

/* An embedded locale as the matcher sees it. */
struct candidate {
	size_t index;
	unsigned long territory, script;
};

/* The candidates of one language, in the order of the table. */
static size_t candidates_of(const char *const *names, size_t nr, int language,
			    struct candidate *c)
{
	struct locale_parts lp;
	size_t i, n = 0;

	for (i = 0; i < nr; i++) {
		if (locale_language_number(names[i]) != language)
			continue;
		locale_name_parts(names[i], &lp);
		c[n].index = i;
		c[n].territory = c_locale_pack_tag(lp.territory);
		c[n].script = c_locale_pack_tag(lp.written_in);
		n++;
	}
	return n;
}

/* The embedded locale http_status_match_locale() picks among the n
 * candidates c of a language for a locale written in script, of
 * territory: the same script, then the same territory, else one without
 * a territory, else the first; English only for its own territory. */
static long pick(const struct candidate *c, size_t n, bool english, unsigned long script,
		 unsigned long territory)
{
	long best = -1;
	int score, best_score = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (c[i].script != script || (english && c[i].territory != territory))
			continue;
		score = c[i].territory == territory ? 3 : !c[i].territory ? 2 : 1;
		if (score > best_score) {
			best = (long)c[i].index;
			best_score = score;
		}
	}
	return best;
}

/* The script a locale of the language of name and of territory (packed;
 * 0 for none) is written in, packed. */
static unsigned long written_in(const char *name, unsigned long territory)
{
	struct locale_parts lp;
	char locale[16];
	size_t n;

	locale_name_parts(name, &lp);
	n = strlen(lp.language);
	memcpy(locale, lp.language, n);
	if (territory) {
		locale[n++] = '_';
		for (; territory; territory >>= 8)
			locale[n++] = (char)(territory & 0xff);
	}
	locale[n] = '\0';
	locale_name_parts(locale, &lp);
	return c_locale_pack_tag(lp.written_in);
}

/* Add territory to the n of v, unless it is there; the new n. */
static size_t add_territory(unsigned long *v, size_t n, unsigned long territory)
{
	size_t i;

	for (i = 0; i < n && v[i] != territory; i++)
		continue;
	if (i == n)
		v[n++] = territory;
	return n;
}

/* The tests of territory, and the return after them, that choose among
 * the n candidates c for a locale written in script, or, if script is 0,
 * in the script its territory implies for the language of name. */
static void write_territories(struct strbuf *sb, const struct candidate *c, size_t n, bool english,
			      const char *name, unsigned long script, const unsigned long *territories,
			      size_t nt, const char *indent)
{
	long usual, p;
	size_t i;

	/* Any other territory: none is ~0UL. */
	usual = pick(c, n, english, script ? script : written_in(name, 0), ~0UL);
	for (i = 0; i < nt; i++) {
		p = pick(c, n, english, script ? script : written_in(name, territories[i]),
			 territories[i]);
		if (p != usual)
			addf(sb, "%sif (territory == 0x%lxUL)\n%s\treturn %ld;\n", indent,
			     territories[i], indent, p);
	}
	addf(sb, "%sreturn %ld;\n", indent, usual);
}

/* The case of language in http_status_choose_locale(): the script
 * subtag, if the language is written in several, then the territory,
 * which implies the script if there is no subtag. */
static void write_language_case(struct strbuf *sb, const char *const *names, size_t nr,
				int language, struct candidate *c)
{
	size_t n = candidates_of(names, nr, language, c), nt, i, k;
	const char *name = names[c[0].index];
	unsigned long *territories = xcalloc(nr + 8, sizeof(*territories));
	struct strbuf body = STRBUF_INIT;
	struct locale_parts lp;
	bool english, tests;

	locale_name_parts(name, &lp);
	english = !strcmp(lp.language, "en");
	addf(sb, "\tcase %d: /*", language);
	for (i = 0; i < n; i++)
		addf(sb, " %s", names[c[i].index]);
	strbuf_addstr(sb, " */\n");
	/* The territories that can change the choice: those of the
	 * candidates, those that imply a script, and none. */
	nt = locale_script_territories(name, territories, nr + 8);
	if (nt > nr + 8)
		abort();
	for (i = 0; i < n; i++)
		nt = add_territory(territories, nt, c[i].territory);
	nt = add_territory(territories, nt, 0);
	if (locale_language_has_scripts(name)) {
		strbuf_addstr(sb, "\t\tif (script) {\n");
		for (i = 0; i < n; i++) {
			for (k = 0; k < i && c[k].script != c[i].script; k++)
				continue;
			if (k < i)
				continue;
			strbuf_reset(&body);
			write_territories(&body, c, n, english, name, c[i].script, territories, nt,
					  "\t\t\t\t");
			/* Braces only round several statements. */
			tests = strstr(strbuf_str(&body), "if (") != NULL;
			addf(sb, "\t\t\tif (script == 0x%lxUL)%s\n%s%s", c[i].script, tests ? " {" : "",
			     strbuf_str(&body), tests ? "\t\t\t}\n" : "");
		}
		strbuf_addstr(sb, "\t\t\treturn -1;\n\t\t}\n");
	}
	write_territories(sb, c, n, english, name, 0, territories, nt, "\t\t");
	strbuf_release(&body);
	free(territories);
}

/* http_status_choose_locale(): a case for each language whose entry in
 * the table is BY_SCRIPT_OR_TERRITORY. */
static void write_choose(struct strbuf *sb, const char *const *names, size_t nr,
			 const int *by_language)
{
	struct candidate *c = xcalloc(nr, sizeof(*c));
	int language;

	strbuf_addstr(sb, "/* The embedded locale of a locale whose language's entry in\n"
		      " * http_status_by_language is -2: by its script and territory, read with\n"
		      " * no loop; the general match for the rest. */\n"
		      "HTTP_STATUS_OUT_OF_LINE static int http_status_choose_locale(int language, "
		      "const char *locale)\n"
		      "{\n"
		      "\tunsigned long script, territory;\n"
		      "\n"
		      "\tif (language < 0)\n"
		      "\t\treturn http_status_match_locale(locale);\n"
		      "\tterritory = http_status_usual_subtags(locale, &script);\n"
		      "\tif (territory == HTTP_STATUS_UNUSUAL_TERRITORY)\n"
		      "\t\treturn http_status_match_locale(locale);\n"
		      "\tswitch (language) {\n");
	for (language = 0; language < NR_LANGUAGES; language++)
		if (by_language[language] == BY_SCRIPT_OR_TERRITORY)
			write_language_case(sb, names, nr, language, c);
	strbuf_addstr(sb, "\t}\n\treturn -1;\n}\n\n");
	free(c);
}

/* The table by language: the index of a language's one embedded locale
 * when nothing else can change the choice, -1 for a language with none,
 * BY_SCRIPT_OR_TERRITORY for the rest.  True if there is any of those. */
static bool fill_by_language(const char *const *names, size_t nr, int *by_language)
{
	struct locale_parts lp;
	bool any = false;
	size_t i;
	int n;

	for (n = 0; n < NR_LANGUAGES; n++)
		by_language[n] = -1;
	for (i = 0; i < nr; i++) {
		n = locale_language_number(names[i]);
		/* A language of three letters is the general matcher's. */
		if (n < 0)
			continue;
		locale_name_parts(names[i], &lp);
		/* English is the table's own language: a regional one only
		 * for its territory; a language of several scripts only for
		 * its own. */
		if (by_language[n] == -1 && strcmp(lp.language, "en") &&
		    !locale_language_has_scripts(names[i])) {
			by_language[n] = (int)i;
			continue;
		}
		by_language[n] = BY_SCRIPT_OR_TERRITORY;
		any = true;
	}
	return any;
}

static void write_by_language(struct strbuf *sb, const int *by_language, size_t nr)
{
	int n;

	strbuf_addstr(sb, "/* The embedded locale of a locale by the number of its language\n"
		      " * (http_status_language_number()) plus 2: the index of its one\n"
		      " * embedded locale when no script or territory can change the choice,\n"
		      " * -1 for none, -2 when they decide or the language is not of two\n"
		      " * letters.  Two more for a locale with no language (-1) and one with\n"
		      " * another (-2). */\n");
	addf(sb, "static const %s http_status_by_language[%d] = {\n\t-2, -1,", nr < 127 ? "signed char" :
	     nr < 32767 ? "short" : "int", NR_LANGUAGES + 2);
	for (n = 0; n < NR_LANGUAGES; n++) {
		if (n % 13 == 0)
			addf(sb, "\n\t/* %c%c-%c%c */", 'a' + n / 26, 'a' + n % 26, 'a' + (n + 12) / 26,
			     'a' + (n + 12) % 26);
		addf(sb, " %d,", by_language[n]);
	}
	strbuf_addstr(sb, "\n};\n\n");
}

char *c_locale_matcher(const char *const *names, size_t nr)
{
	struct strbuf sb = STRBUF_INIT;
	int *by_language;
	bool choose;

	if (!nr) {
		strbuf_addstr(&sb, "/* No locale is embedded: every name means English. */\n"
			      "static inline int http_status_find_locale(const char *locale)\n"
			      "{\n"
			      "\treturn http_status_language_number(locale) == -2 ?\n"
			      "\t       http_status_match_locale(locale) : -1;\n"
			      "}\n\n");
		return strbuf_detach(&sb);
	}
	by_language = xcalloc(NR_LANGUAGES, sizeof(*by_language));
	choose = fill_by_language(names, nr, by_language);
	write_by_language(&sb, by_language, nr);
	if (choose)
		write_choose(&sb, names, nr, by_language);
	addf(&sb, "/* The usual locale in one lookup by its language, whichever it names,\n"
	     " * with no branch that depends on it; for the rest,\n"
	     " * %s. */\n"
	     "static inline int http_status_find_locale(const char *locale)\n"
	     "{\n"
	     "\tint language = http_status_language_number(locale);\n"
	     "\tint i = http_status_by_language[language + 2];\n"
	     "\n"
	     "\treturn i != -2 ? i : %s;\n"
	     "}\n\n", choose ? "http_status_choose_locale()" : "the general match",
	     choose ? "http_status_choose_locale(language, locale)" : "http_status_match_locale(locale)");
	free(by_language);
	return strbuf_detach(&sb);
}
