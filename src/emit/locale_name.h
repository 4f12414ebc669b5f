/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Locale names as the generated C tables read them, with the same code
 * (src/emit/c_locale.c): what language, script and territory a name
 * such as "zh_TW.UTF-8" or "zh-Hant-HK" stands for.  None of it
 * allocates. */
#ifndef STATUSGEN_EMIT_LOCALE_NAME_H
#define STATUSGEN_EMIT_LOCALE_NAME_H

#include <stdbool.h>
#include <stddef.h>

/* A locale name in its parts, each lower-cased, "" when absent:
 * "zh_TW.UTF-8" -> zh, "", tw, written in hant; "zh-Hant-HK" -> zh,
 * hant, hk, hant; "zh_CN.utf8@variant" -> zh, "", cn, hans; "de_DE" ->
 * de, "", de, "". */
struct locale_parts {
	char language[4];           /* two or three letters */
	char script[5];             /* a subtag of four, such as "hant" */
	char territory[4];          /* two letters or three digits */
	/* The script the locale is written in: its script subtag, or the one
	 * its language and territory imply ("hans" for zh, zh_CN, zh_SG;
	 * "hant" for zh_TW, zh_HK, zh_MO).  "" for a language written in one
	 * script, whose script subtag, if any, does not matter.  Two locales
	 * of one language may share texts only when these are the same. */
	char written_in[5];
};

/* Split name into *lp.  Return false (and *lp all "") if it does not
 * start with a language of two or three letters ("C", "POSIX", ""). */
bool locale_name_parts(const char *name, struct locale_parts *lp);

/* The number the generated C's locale matcher gives the language of name
 * in its first step: 0 (aa) to 675 (zz) for a language of two letters,
 * -1 for a name that has no language, -2 for the rest (a language of
 * three letters). */
int locale_language_number(const char *name);

/* True if the language of name is written in several scripts, so that
 * the script decides which text a locale of it gets (zh). */
bool locale_language_has_scripts(const char *name);

/* The territories that imply a script of the language of name ("tw",
 * "hk", "mo" for zh), each packed a byte a letter from the lowest, into
 * territories (max of them); how many there are. */
size_t locale_script_territories(const char *name, unsigned long *territories, size_t max);

#endif
