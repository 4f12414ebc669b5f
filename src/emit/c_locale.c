/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Locale names, read as every generated C source reads them, and as the
 * program reads them: one piece of code for both.
 *
 * The sections below the first marker line are copied into every
 * generated source (emit/c_table.c, through the byte array make builds
 * in src/emit/c_runtime_text.c), with every identifier that is or starts
 * with http_status or HTTP_STATUS renamed for --prefix.  The program
 * compiles the same text as its own (emit/locale_name.c includes this
 * file), and tests/c-tables.sh compiles it as C99 and C++ under the
 * warnings doc/c-api.md promises consumers (it is included by
 * src/emit/c_runtime.c).  Hence no #include here, and nothing a C99
 * compiler without a library does not have.
 *
 * A marker line is a comment line of its own that starts with three
 * stars; a section runs to the next marker or the end of the file.  As a
 * special exception to the license of this file, the copied sections may
 * be used, copied, modified and distributed without restriction, as the
 * generated files that hold them say. */

/*** copied as "scripts", after the tables of codes ***/
/* Scripts by language and territory (each packed a byte a letter,
 * lower-cased), for the languages written in more than one; territory
 * 0 is the language's default.  A locale gets only text of its own
 * script: zh_TW never gets zh_CN's. */
static const struct http_status_script {
	unsigned long language, territory, script;
} http_status_scripts[4] = {
	{ 0x687aUL, 0x7774UL, 0x746e6168UL }, /* zh, tw: hant */
	{ 0x687aUL, 0x6b68UL, 0x746e6168UL }, /* zh, hk: hant */
	{ 0x687aUL, 0x6f6dUL, 0x746e6168UL }, /* zh, mo: hant */
	{ 0x687aUL, 0x0UL, 0x736e6168UL }, /* zh, any: hans */
};

/*** copied as "names", before the locale matcher ***/
static int http_status_is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The subtag at s, up to one of "_-.@" or the end, lower-cased and
 * packed a byte each into *tag (0 if longer than 4 bytes); its length. */
static size_t http_status_subtag(const char *s, unsigned long *tag)
{
	unsigned long t = 0;
	size_t n;

	for (n = 0; s[n] && s[n] != '_' && s[n] != '-' && s[n] != '.' && s[n] != '@'; n++)
		if (n < 4)
			t |= (unsigned long)(unsigned char)(s[n] >= 'A' && s[n] <= 'Z' ?
							  s[n] - 'A' + 'a' : s[n]) << (8 * n);
	*tag = n <= 4 ? t : 0;
	return n;
}

/* The script language and territory imply, where the language is
 * written in several; 0 where it is not. */
static unsigned long http_status_implied_script(unsigned long language, unsigned long territory)
{
	unsigned long script = 0;
	size_t i;

	for (i = 0; i < sizeof(http_status_scripts) / sizeof(http_status_scripts[0]); i++) {
		if (http_status_scripts[i].language != language)
			continue;
		if (http_status_scripts[i].territory == territory)
			return http_status_scripts[i].script;
		if (!http_status_scripts[i].territory)
			script = http_status_scripts[i].script;
	}
	return script;
}

/* A locale's subtags, each packed as http_status_subtag() packs it, 0
 * where there is none: "zh-Hant-HK" is zh, hant, hk; "zh_TW.UTF-8" zh,
 * none, tw; "sr@latin" sr alone. */
struct http_status_subtags {
	unsigned long language, script, territory;
};

/* Split locale into *t: a language of two or three letters, then
 * subtags after '_' or '-' up to a codeset ('.') or modifier ('@').  0,
 * or -1 (and *t all 0) for a locale without such a language (NULL, "",
 * "C", "POSIX"). */
static int http_status_split_locale(const char *locale, struct http_status_subtags *t)
{
	unsigned long tag;
	size_t n;

	t->language = t->script = t->territory = 0;
	if (!locale)
		return -1;
	n = http_status_subtag(locale, &tag);
	if (n < 2 || n > 3 || !http_status_is_letter(locale[0]) || !http_status_is_letter(locale[1]) ||
	    !http_status_is_letter(locale[n - 1]))
		return -1;
	t->language = tag;
	/* Four characters from a letter are a script, two letters or three
	 * digits a territory (BCP 47); the rest is ignored. */
	for (locale += n; *locale == '_' || *locale == '-'; locale += n) {
		n = http_status_subtag(++locale, &tag);
		if (n == 4 && http_status_is_letter(*locale) && !t->script)
			t->script = tag;
		else if (((n == 2 && http_status_is_letter(*locale)) || (n == 3 && !http_status_is_letter(*locale))) &&
			 !t->territory)
			t->territory = tag;
	}
	return 0;
}

/* The script a locale is written in: its own script subtag if its
 * language is written in several, else the one its language and
 * territory imply (zh_TW: hant); 0 for a language written in one. */
static unsigned long http_status_script_of(const struct http_status_subtags *t)
{
	unsigned long implied = http_status_implied_script(t->language, t->territory);

	return implied && t->script ? t->script : implied;
}

/*** end of the copied sections ***/
