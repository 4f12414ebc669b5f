/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every generated C source holds beside its tables: the lookups,
 * the locale matcher and the localized lookups.  emit/c_table.c writes
 * the banner, the tables of codes and texts, the locales embedded and
 * http_status_find_locale() between the sections of this file and of
 * src/emit/c_locale.c; the sections are copied as c_locale.c says.
 *
 * The code here reads the generated data and calls the generated
 * http_status_find_locale(), never the other way round but for one
 * call: find_locale is the usual case of the matcher, any code that
 * returns an index into http_status_locales (-1: English) and may end
 * in http_status_match_locale(), the general one over that table.  It
 * is written by emit/c_matcher.c: a table by the two letters of the
 * language (http_status_language_number() of c_locale.c), then, for a
 * language whose script or territory decides, a case of its own.
 *
 * The parts that are not copied stand in for what the generator writes,
 * so that this file compiles as it is: tests/c-tables.sh compiles it as
 * C99 and C++ under the warnings doc/c-api.md promises consumers.  As a
 * special exception to the license of this file, the copied sections
 * may be used, copied, modified and distributed without restriction, as
 * the generated files that hold them say. */

#include "c_runtime.h"

/*** not copied: the generator writes the tables of codes here ***/
static const struct http_status_info http_status_table[1] = {
	{ 100, HTTP_STATUS_CLASS_INFORMATIONAL, "Continue", "", "RFC9110, Section 15.2.1", 0u },
};

static const size_t http_status_nr = 1;

static const unsigned char http_status_index[500] = { 1 };

static const char *const http_status_class_names[5] = {
	"Informational", "Successful", "Redirection", "Client Error", "Server Error",
};

#include "c_locale.c"

/*** copied as "types", after the scripts of c_locale.c ***/
struct http_status_locale {
	const char *name;
	unsigned long language, territory, script; /* as http_status_scripts */
	const char *const *reasons;        /* by table index; NULL: English */
	const char *const *descriptions;   /* NULL without descriptions */
	const char *const *class_names;    /* by class - 1 */
};

/*** not copied: the generator writes the locales embedded here ***/
static const char *const http_status_texts_xx[5] = { NULL, NULL, NULL, NULL, NULL };

static const struct http_status_locale http_status_locales[1] = {
	{ "xx", 0x7878UL, 0x0UL, 0x0UL, http_status_texts_xx, http_status_texts_xx, http_status_texts_xx },
};

static const size_t http_status_nr_locales = 1;

static const int http_status_with_descriptions = 1;

/*** copied as "lookups", after the locales ***/
const struct http_status_info *http_status_lookup(int code)
{
	unsigned i;

	if (code < 100 || code > 599)
		return NULL;
	i = http_status_index[code - 100];
	return i ? &http_status_table[i - 1] : NULL;
}

const char *http_status_reason(int code)
{
	const struct http_status_info *info = http_status_lookup(code);

	return info ? info->reason : NULL;
}

enum http_status_class http_status_class_of(int code)
{
	if (code < 100 || code > 599)
		return (enum http_status_class)0;
	return (enum http_status_class)(code / 100);
}

size_t http_status_count(void)
{
	return http_status_nr;
}

const struct http_status_info *http_status_at(size_t i)
{
	return i < http_status_nr ? &http_status_table[i] : NULL;
}

/* The rare cases of the locale lookup stay out of the common one. */
#if defined(__GNUC__) || defined(__clang__)
#define HTTP_STATUS_OUT_OF_LINE __attribute__((noinline))
#else
#define HTTP_STATUS_OUT_OF_LINE
#endif

/*** copied as "matching", after the names of c_locale.c ***/
/* The index of the embedded locale for locale, or -1: all but the
 * usual case of http_status_locale_index(). */
HTTP_STATUS_OUT_OF_LINE static int http_status_match_locale(const char *locale)
{
	struct http_status_subtags t;
	unsigned long script;
	size_t i;
	int best = -1, score, best_score = 0;

	if (http_status_split_locale(locale, &t) < 0)
		return -1;
	script = http_status_script_of(&t);
	/* Same language and script; then the same territory, else none,
	 * else any. */
	for (i = 0; i < http_status_nr_locales; i++) {
		const struct http_status_locale *l = &http_status_locales[i];

		if (l->language != t.language || l->script != script)
			continue;
		/* English is the table's own language: a regional English
		 * only for its own territory, the registry's for any
		 * other (en, en_US). */
		if (t.language == 0x6e65UL && l->territory != t.territory)
			continue;
		score = l->territory == t.territory ? 3 : !l->territory ? 2 : 1;
		if (score > best_score) {
			best = (int)i;
			best_score = score;
		}
	}
	return best;
}

/*** not copied: the generator writes http_status_find_locale() here ***/
static int http_status_find_locale(const char *locale)
{
	return http_status_language_number(locale) == -1 ? -1 : http_status_match_locale(locale);
}

/*** copied as "l10n", after http_status_find_locale() ***/
int http_status_locale_index(const char *locale)
{
	return http_status_find_locale(locale);
}

/* Is locale_index English (-1, or any index out of range)?  Without a
 * branch: a server's clients change locale from call to call. */
static int http_status_is_english(int locale_index)
{
	return (locale_index < 0) | ((size_t)locale_index >= http_status_nr_locales);
}

/* locale_index, or 0 if other is 1, without a branch. */
static size_t http_status_index_or_0(int locale_index, int other)
{
	return (size_t)((unsigned)locale_index & ((unsigned)other - 1u));
}

/* a, or b if second is 1, without a branch. */
static const char *http_status_choose(const char *a, const char *b, int second)
{
	const char *both[2];

	both[0] = a;
	both[1] = b;
	return both[second];
}

/* The reason (description 0) or the description (1) of code in the
 * embedded locale at locale_index, else in English; NULL for a code not
 * in the table.  The locale's text and the English are both read, and
 * one is chosen without a branch. */
static const char *http_status_text_by_index(int code, int locale_index, int description)
{
	const struct http_status_locale *l;
	const char *s, *english;
	int other;
	unsigned i;

	if (code < 100 || code > 599)
		return NULL;
	i = http_status_index[code - 100];
	if (!i)
		return NULL;
	english = description ? http_status_table[i - 1].description : http_status_table[i - 1].reason;
	if (!http_status_nr_locales || (description && !http_status_with_descriptions))
		return english;
	other = http_status_is_english(locale_index);
	l = &http_status_locales[http_status_index_or_0(locale_index, other)];
	s = (description ? l->descriptions : l->reasons)[i - 1];
	return http_status_choose(s, english, (s == NULL) | other);
}

const char *http_status_reason_by_index(int code, int locale_index)
{
	return http_status_text_by_index(code, locale_index, 0);
}

const char *http_status_description_by_index(int code, int locale_index)
{
	return http_status_text_by_index(code, locale_index, 1);
}

const char *http_status_class_name_by_index(enum http_status_class c, int locale_index)
{
	const char *s, *english;
	int other;

	if ((int)c < 1 || (int)c > 5)
		return NULL;
	english = http_status_class_names[(int)c - 1];
	if (!http_status_nr_locales)
		return english;
	other = http_status_is_english(locale_index);
	s = http_status_locales[http_status_index_or_0(locale_index, other)].class_names[(int)c - 1];
	return http_status_choose(s, english, (s == NULL) | other);
}

const char *http_status_reason_l10n(int code, const char *locale)
{
	return http_status_reason_by_index(code, http_status_find_locale(locale));
}

const char *http_status_description_l10n(int code, const char *locale)
{
	return http_status_description_by_index(code, http_status_find_locale(locale));
}

const char *http_status_class_name_l10n(enum http_status_class c, const char *locale)
{
	return http_status_class_name_by_index(c, http_status_find_locale(locale));
}

const char *http_status_locale_at(size_t i)
{
	return i < http_status_nr_locales ? http_status_locales[i].name : NULL;
}

/*** not copied: c_fold.c's sections stand here ***/
#include "../util/c_fold.c"

/*** copied as "reason types", after the fold of c_fold.c ***/
/* The reason-phrase indexes: one perfect hash of phrases folded as
 * above, for English, the table's names and former names, then one
 * for each embedded locale, in the order of http_status_locales.  A
 * phrase's hash picks a bucket, whose displacement picks its slot; the
 * slot's phrase is compared whole, eight bytes at a time (each phrase in
 * keys is padded with zeros to a multiple of eight). */
struct http_status_reason_slot {
	unsigned key;              /* offset of the folded phrase in keys */
	unsigned char len;         /* its length; 0: an empty slot */
	unsigned short code;
};

struct http_status_reason_index {
	unsigned long long seed;
	int full;                  /* hash every byte, not the first eight */
	const unsigned short *displacements;      /* by bucket */
	size_t bucket_mask;
	const struct http_status_reason_slot *slots;
	size_t slot_mask;
	const unsigned char *keys;
};

/*** not copied: the generator writes the reason-phrase indexes here ***/
enum { HTTP_STATUS_REASON_MAX = 8 };

static const unsigned short http_status_reason_displacements_0[1] = { 0 };

static const unsigned char http_status_reason_keys_0[8] = {
	99, 111, 110, 116, 105, 110, 117, 101,
};

static const struct http_status_reason_slot http_status_reason_slots_0[1] = {
	{ 0, 8, 100 },
};

static const struct http_status_reason_index http_status_reason_indexes[2] = {
	{ 0x0ULL, 0, http_status_reason_displacements_0, 0, http_status_reason_slots_0, 0,
	  http_status_reason_keys_0 },
	{ 0x0ULL, 1, http_status_reason_displacements_0, 0, http_status_reason_slots_0, 0,
	  http_status_reason_keys_0 },
};

/*** copied as "from reason", after the reason-phrase indexes ***/
/* The code of the folded phrase key[0..n) (followed by eight zeros) in
 * index x, or 0. */
static int http_status_reason_find(const struct http_status_reason_index *x,
				   const unsigned char *key, size_t n)
{
	unsigned long long h = http_status_fold_hash(key, n, x->seed, x->full);
	unsigned d = x->displacements[http_status_fold_bucket(h, x->bucket_mask)];
	const struct http_status_reason_slot *s = &x->slots[http_status_fold_slot(h, d, x->slot_mask)];
	const unsigned char *k = x->keys + s->key;
	size_t i;

	if (s->len != n)
		return 0;
	for (i = 0; i < n; i += 8)
		if (http_status_fold_word(k + i) != http_status_fold_word(key + i))
			return 0;
	return s->code;
}

/* Fold phrase into key (HTTP_STATUS_REASON_MAX + 9 bytes), zeros after
 * it; its length, or 0 for a phrase no index can hold (NULL, nothing
 * that counts, or longer than every phrase of the tables). */
static size_t http_status_reason_key(const char *phrase, unsigned char *key)
{
	size_t n, i;

	if (!phrase)
		return 0;
	n = http_status_fold_fast(phrase, key, (size_t)HTTP_STATUS_REASON_MAX);
	if (n > (size_t)HTTP_STATUS_REASON_MAX)
		return 0;
	for (i = 0; i < 8; i++)
		key[n + i] = 0;
	return n;
}

int http_status_from_reason(const char *phrase)
{
	unsigned char key[HTTP_STATUS_REASON_MAX + 9];
	size_t n = http_status_reason_key(phrase, key);

	return n ? http_status_reason_find(&http_status_reason_indexes[0], key, n) : 0;
}

int http_status_from_reason_l10n(const char *phrase, const char *locale)
{
	unsigned char key[HTTP_STATUS_REASON_MAX + 9];
	size_t n = http_status_reason_key(phrase, key);
	int l, code = 0;

	if (!n)
		return 0;
	l = http_status_find_locale(locale);
	if (l >= 0 && (size_t)l < http_status_nr_locales)
		code = http_status_reason_find(&http_status_reason_indexes[l + 1], key, n);
	return code ? code : http_status_reason_find(&http_status_reason_indexes[0], key, n);
}
