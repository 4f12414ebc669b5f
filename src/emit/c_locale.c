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

/* Does byte c end a subtag: is it one of "_-.@" or the end?  One test,
 * not a branch per separator: below 0x60, each of them is a bit of a
 * 64-bit mask by its low six bits, NUL and '@' both bit 0, and no other
 * byte is. */
static int http_status_ends_subtag(unsigned c)
{
	return (int)((c < 0x60u) & (unsigned)(0x600080000001ULL >> (c & 63u)));
}

/* The place of byte c in the alphabet if it is a letter (either case),
 * 0-25; 26 or more for any other byte.  A letter or'ed with 0x20 is
 * lower-case; anything else is 26 or more from 'a' once wrapped round. */
static unsigned http_status_letter_place(char c)
{
	return ((unsigned)(unsigned char)c | 0x20u) - (unsigned)'a';
}

/* The usual locale in one step, with no loop: a language of two letters
 * (any case), then one of "_-.@" or the end.  Its number from 0 (aa) to
 * 675 (zz), 26 times its first letter's place in the alphabet plus its
 * second's.  -1 for a locale that starts with no language at all (NULL,
 * "", "C", "C.UTF-8", "12_CN"); -2 for the rest ("haw_US", "POSIX"),
 * which http_status_split_locale() reads as it reads any. */
static inline int http_status_language_number(const char *locale)
{
	unsigned first, second;

	if (!locale)
		return -1;
	first = http_status_letter_place(locale[0]);
	if (first >= 26u)
		return -1;
	second = http_status_letter_place(locale[1]);
	if (second >= 26u)
		return -1;
	if (!http_status_ends_subtag((unsigned char)locale[2]))
		return -2;
	return (int)(first * 26u + second);
}

/* A territory none can be, for a locale of an unusual shape. */
#define HTTP_STATUS_UNUSUAL_TERRITORY (~0UL)

/* Does byte c end a locale's subtags: is it the end, a codeset's '.' or
 * a modifier's '@'?  Bits 0 and 46 of the mask of
 * http_status_ends_subtag(). */
static int http_status_ends_subtags(unsigned c)
{
	return (int)((c < 0x60u) & (unsigned)(0x400000000001ULL >> (c & 63u)));
}

/* The territory of places first and second in the alphabet, packed. */
static unsigned long http_status_territory(unsigned first, unsigned second)
{
	return (unsigned long)((first + 'a') | (second + 'a') << 8);
}

/* Two letters at s that end the locale's subtags: a territory, packed;
 * else HTTP_STATUS_UNUSUAL_TERRITORY. */
static unsigned long http_status_usual_pair(const char *s)
{
	unsigned first = http_status_letter_place(s[0]), second;

	if (first >= 26u)
		return HTTP_STATUS_UNUSUAL_TERRITORY;
	second = http_status_letter_place(s[1]);
	if (second >= 26u || !http_status_ends_subtags((unsigned char)s[2]))
		return HTTP_STATUS_UNUSUAL_TERRITORY;
	return http_status_territory(first, second);
}

/* http_status_usual_subtags() for a locale whose first subtag after
 * the language, at s, is no territory: a script of four characters from
 * a letter, then perhaps a territory. */
static unsigned long http_status_usual_script(const char *s, unsigned long *script)
{
	unsigned c;
	size_t i;

	if (http_status_letter_place(s[0]) >= 26u || http_status_ends_subtag((unsigned char)s[1]) ||
	    http_status_ends_subtag((unsigned char)s[2]) ||
	    http_status_ends_subtag((unsigned char)s[3]) ||
	    !http_status_ends_subtag((unsigned char)s[4]))
		return HTTP_STATUS_UNUSUAL_TERRITORY;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)s[i];
		c += (unsigned)(c - (unsigned)'A' < 26u) << 5;
		*script |= (unsigned long)c << (8 * i);
	}
	c = (unsigned char)s[4];
	if (c != '_' && c != '-')
		return 0;
	return http_status_usual_pair(s + 5);
}

/* The script and territory of a locale of a usual shape, with no loop,
 * given that it starts with a language of two letters
 * (http_status_language_number() is 0 or more): after it, a territory
 * of two letters, a script of four characters from a letter, or both,
 * each after '_' or '-', then the end, a codeset or a modifier
 * ("zh_CN.UTF-8", "pt-BR", "zh-Hant", "zh-Hant-TW", "sr@latin").  The
 * territory, packed as http_status_split_locale() packs it (0 for none),
 * and the script in *script (0 for none); HTTP_STATUS_UNUSUAL_TERRITORY
 * for any other shape ("es-419", "de_DE_x"), which only
 * http_status_split_locale() reads. */
static inline unsigned long http_status_usual_subtags(const char *locale, unsigned long *script)
{
	unsigned c = (unsigned char)locale[2], first, second;

	*script = 0;
	if (c != '_' && c != '-')
		return 0;
	/* The usual of the usual: a territory. */
	first = http_status_letter_place(locale[3]);
	second = first < 26u ? http_status_letter_place(locale[4]) : 26u;
	if (second < 26u && http_status_ends_subtags((unsigned char)locale[5]))
		return http_status_territory(first, second);
	return http_status_usual_script(locale + 3, script);
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

/* A locale's subtags, each packed as http_status_split_locale() packs
 * it, 0 where there is none: "zh-Hant-HK" is zh, hant, hk;
 * "zh_TW.UTF-8" zh, none, tw; "sr@latin" sr alone. */
struct http_status_subtags {
	unsigned long language, script, territory;
};

/* Split locale into *t, whatever its shape, in one pass: a language of
 * two or three letters, then subtags after '_' or '-' up to a codeset
 * ('.') or modifier ('@'), each lower-cased and packed a byte each from
 * the lowest.  0, or -1 (and *t as it was) for a locale without such a
 * language ("", "C", "POSIX"). */
static int http_status_split_any(const char *locale, struct http_status_subtags *t)
{
	unsigned long tag = 0;
	unsigned c;
	size_t i, n = 0;
	char first;

	for (i = 0;; i++) {
		c = (unsigned char)locale[i];
		if (!http_status_ends_subtag(c)) {
			/* Lower-cased without a branch. */
			c += (unsigned)(c - (unsigned)'A' < 26u) << 5;
			tag |= n < 4 ? (unsigned long)c << (8 * n) : 0;
			n++;
			continue;
		}
		/* The end of a subtag of n bytes. */
		first = locale[i - n];
		if (i == n) {
			if (n < 2 || n > 3 || !http_status_is_letter(first) ||
			    !http_status_is_letter(locale[1]) || !http_status_is_letter(locale[n - 1]))
				return -1;
			t->language = tag;
		} else if (n == 4 && http_status_is_letter(first)) {
			/* Four characters from a letter are a script, two
			 * letters or three digits a territory (BCP 47); the
			 * rest is ignored. */
			if (!t->script)
				t->script = tag;
		} else if ((n == 2 && http_status_is_letter(first)) ||
			   (n == 3 && !http_status_is_letter(first))) {
			if (!t->territory)
				t->territory = tag;
		}
		if (c != '_' && c != '-')
			return 0;
		tag = 0;
		n = 0;
	}
}

/* Split locale into *t: its language, script and territory, each
 * lower-cased and packed a byte each from the lowest ("zh-Hant-HK" is
 * zh, hant, hk); the usual shapes with no loop.  0, or -1 (and *t all 0)
 * for a locale without a language (NULL, "", "C", "POSIX"). */
static int http_status_split_locale(const char *locale, struct http_status_subtags *t)
{
	int language = http_status_language_number(locale);
	unsigned long script = 0, territory = HTTP_STATUS_UNUSUAL_TERRITORY;

	t->language = t->script = t->territory = 0;
	if (language == -1)
		return -1;
	if (language >= 0)
		territory = http_status_usual_subtags(locale, &script);
	if (territory == HTTP_STATUS_UNUSUAL_TERRITORY)
		return http_status_split_any(locale, t);
	t->language = (unsigned long)(((unsigned char)locale[0] | 0x20u) |
				      ((unsigned char)locale[1] | 0x20u) << 8);
	t->script = script;
	t->territory = territory;
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
