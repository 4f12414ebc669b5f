/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the readers know of each language, all of it data: the words its
 * pages use (data/languages/LL.words, built into the program), and what
 * its catalog (po/LL.po) names the codes, the classes and unused codes.
 * From these: the class a heading names, the role a table header names,
 * a name that stands for an unused code, the language a catalog phrase
 * is in, and the language of a page's text. */
#ifndef STATUSGEN_LANGUAGES_H
#define STATUSGEN_LANGUAGES_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct lang_entry;
struct lang_char;

struct language {
	char *name;                 /* "de", "pt_BR": a catalog's locale name */
	char *display;              /* "German": the catalog's Language-Team,
				     * or NULL */
	int script;                 /* what its words are written in */
	bool has_common;            /* its words file lists common words */
};

/* Initialise with languages_init(); release with languages_release(). */
struct languages {
	struct language *langs;
	size_t nr, alloc;
	struct lang_entry *entries;         /* sorted by text, kind, language */
	size_t nr_entries, alloc_entries;
	struct lang_entry **header_words;   /* the "header-word" entries */
	size_t nr_header_words, alloc_header_words;
	struct lang_char *chars;            /* non-Latin letters: which
					     * languages' words hold them */
	size_t nr_chars;
	bool sorted;
};

void languages_init(struct languages *l);
void languages_release(struct languages *l);

/* Add the words files built into the program (data/languages/).  The
 * languages_add_*() functions may be called in any number and order;
 * languages_finish() after the last. */
void languages_add_builtin(struct languages *l);

/* Add words-file text text[0..len) (one or more files one after the
 * other, each starting with its "language:" line).  Lines it cannot
 * read are skipped: tests/language-words.sh checks the files. */
void languages_add_words(struct languages *l, const char *text, size_t len);

/* Add the catalogs of po_dir/LINGUAS (po_dir/LL.po each): their reason
 * phrases, class names, unused label and Language-Team.  They are hints:
 * a catalog that cannot be read gives none, and nothing is reported
 * ('statusgen check' reports what is wrong in them). */
void languages_add_catalogs(struct languages *l, const char *po_dir);

/* After the last languages_add_*(): sort what was added and make what
 * the lookups need.  Call it before any lookup. */
void languages_finish(struct languages *l);

/* Index of the language named name ("de"), or -1. */
int languages_find(const struct languages *l, const char *name);

/* A language tag as pages write it ("zh-CN", "pt-br", "zh-tw", "en-US",
 * "de") as a language name of l ("zh_CN", "pt_BR", "zh_TW", "en", "de"):
 * the language and region when l knows them, else the language alone,
 * else the one language of l with that language and some region.  A
 * tag of a language l does not know is kept as a locale name ("fi_FI")
 * when it reads as one; NULL otherwise.  Free the result. */
char *languages_normalize_tag(const struct languages *l, const char *tag);

/* The class (1..5) that text names whole in some language ("Réponses
 * informatives", "Ошибки клиента", "4xx Client error responses": a class
 * marker such as "4xx" is set aside), or 0. */
int languages_class_of(const struct languages *l, const char *text);

/* The column role (enum column_role) a header text names in some
 * language, whole ("Bezeichnung") or by a part ("beschreib"); -1. */
int languages_header_role(const struct languages *l, const char *text);

/* Does text stand in place of a name for a code not in use, in some
 * language ("(reserviert)", "Не используется", a catalog's unused
 * label)? */
bool languages_is_unused(const struct languages *l, const char *text);

/* The language (index) whose catalog calls code text, or -1; prefer is
 * tried first (-1: none). */
int languages_phrase_language(const struct languages *l, int code, const char *text,
			      int prefer);

/* The code that the catalog of language lang calls text, or 0. */
int languages_phrase_code(const struct languages *l, int lang, const char *text);

/* The language of a page from its text (HTML markup skipped when html):
 * its script, then among the languages written in it, the common words
 * and the catalogs' words for Latin and Cyrillic text, the letters only
 * one language's words use for Han.  -1 when the text is too short to
 * tell, or two languages are as likely. */
int languages_detect(const struct languages *l, const char *text, size_t len, bool html);

/* Is a word of text (Latin or Cyrillic) one of the common words of
 * language lang, or a word of its catalog's names ("nicht" in "Nicht
 * erweitert")? */
bool languages_has_words(const struct languages *l, int lang, const char *text);

#endif
