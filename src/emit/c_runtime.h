/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The header of every generated C pair, beside the enumerators of the
 * codes and the banner, which emit/c_table.c writes.  Its sections are
 * copied as src/emit/c_locale.c says, with every identifier that is or
 * starts with http_status or HTTP_STATUS renamed for --prefix; as a
 * special exception to the license of this file, they may be used,
 * copied, modified and distributed without restriction, as the
 * generated files that hold them say.  src/emit/c_runtime.c includes
 * this file, so that it compiles as it is. */

/*** copied as "head", after the banner ***/
#ifndef HTTP_STATUS_H
#define HTTP_STATUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum http_status_class {
	HTTP_STATUS_CLASS_INFORMATIONAL = 1,
	HTTP_STATUS_CLASS_SUCCESSFUL = 2,
	HTTP_STATUS_CLASS_REDIRECTION = 3,
	HTTP_STATUS_CLASS_CLIENT_ERROR = 4,
	HTTP_STATUS_CLASS_SERVER_ERROR = 5
};

/* The range of codes, 100-599: the lookups take any int. */
#define HTTP_STATUS_CODE_MIN 100
#define HTTP_STATUS_CODE_MAX 599

/* Class predicates, for any int c: 1 if c is a code of the class, 0 if
 * not, and 0 outside 100-599 (INT_MIN, -1, 0, 600, INT_MAX).  Each is a
 * macro that evaluates c once (HTTP_STATUS_IS_ERROR(next()) calls next()
 * once) and is a constant expression when c is one.  HTTP_STATUS_IS_ERROR
 * is 4xx or 5xx.  They say what the code's first digit says, whether the
 * code is registered or not. */
#define HTTP_STATUS_IS_INFORMATIONAL(c) ((unsigned)(c) - 100u < 100u)
#define HTTP_STATUS_IS_SUCCESS(c) ((unsigned)(c) - 200u < 100u)
#define HTTP_STATUS_IS_REDIRECTION(c) ((unsigned)(c) - 300u < 100u)
#define HTTP_STATUS_IS_CLIENT_ERROR(c) ((unsigned)(c) - 400u < 100u)
#define HTTP_STATUS_IS_SERVER_ERROR(c) ((unsigned)(c) - 500u < 100u)
#define HTTP_STATUS_IS_ERROR(c) ((unsigned)(c) - 400u < 200u)

/* Former names are deprecated: a compiler that can says so where one
 * is used.  Define HTTP_STATUS_NO_DEPRECATED to keep it quiet. */
#if !defined(HTTP_STATUS_NO_DEPRECATED) && \
    (defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 6))
#define HTTP_STATUS_DEPRECATED(why) __attribute__((deprecated(why)))
#else
#define HTTP_STATUS_DEPRECATED(why)
#endif

/* One enumerator per code, named from its reason phrase (upper-cased,
 * every run of other characters one '_'), then one per former name
 * from the registry's history, deprecated unless the code has no
 * other name (418).  Other names documents use make none.  Only codes
 * are members, so a switch that handles each code handles the enum. */
#if defined(__cplusplus) && __cplusplus >= 201103L
enum http_status : int {
#else
enum http_status {
#endif
/*** not copied: the generator writes an enumerator per code here ***/
	HTTP_STATUS_NOT_FOUND = 404
/*** copied as "tail", after the enumerators ***/
};

/* Flags of a code.  A code the registry lacks is in the table only
 * when it was generated with --allow-unregistered. */
#define HTTP_STATUS_FLAG_UNUSED 1u        /* registered as unused: no phrase, never sent */
#define HTTP_STATUS_FLAG_OBSOLETE 2u      /* marked obsoleted in the registry */
#define HTTP_STATUS_FLAG_TEMPORARY 4u     /* a temporary registration */
#define HTTP_STATUS_FLAG_EXPIRED 8u       /* ... past its expiry when generated */
#define HTTP_STATUS_FLAG_UNREGISTERED 16u /* not in the IANA registry */
/* What the HTTP specifications say of a code (statusgen's
 * data/registry/semantics.xml, each with its reference):
 * CACHEABLE: heuristically cacheable by default (RFC 9110, section 15.1:
 * 200 203 204 206 300 301 308 404 405 410 414 501): a cache may reuse
 * the response without explicit freshness information.
 * RETRY_AFTER: a Retry-After field has a defined meaning in a response of
 * the code (every 3xx in use, RFC 9110, section 10.2.3; 413, 15.5.14;
 * 429, RFC 6585, section 4; 503, RFC 9110, 15.6.4).  It is not a list of
 * statuses that may be retried: no specification gives one, and
 * whether a request may be repeated depends on its method and on the
 * application, not on this flag. */
#define HTTP_STATUS_FLAG_CACHEABLE 32u
#define HTTP_STATUS_FLAG_RETRY_AFTER 64u

struct http_status_info {
	int code;
	enum http_status_class status_class;
	const char *reason;        /* English reason phrase; "" for an unused code */
	const char *description;   /* English description; "" if none */
	const char *reference;     /* e.g. "RFC9110, Section 15.5.5"; "" if none */
	unsigned flags;            /* HTTP_STATUS_FLAG_* */
};

/* The entry of a code in the table, or NULL.  Every code the registry
 * lists is there, those it marks unused (306, 418) included, so that a
 * tool can tell a reserved code from one never assigned.  An unused
 * code has no reason phrase: its reason is "" in every language, and
 * HTTP_STATUS_FLAG_UNUSED says why.  No function returns a marker such as
 * "(Unused)", which a server could send.  A server sends neither. */
const struct http_status_info *http_status_lookup(int code);
/* The English reason phrase of a code in the table, or NULL. */
const char *http_status_reason(int code);
/* The class of any code from 100 to 599, 0 outside. */
enum http_status_class http_status_class_of(int code);
/* The number of codes in the table, and each in ascending order (NULL
 * past the end). */
size_t http_status_count(void);
const struct http_status_info *http_status_at(size_t i);

/* Localized text from tables embedded at generation time.  A locale is
 * written "zh_CN", "zh_CN.UTF-8", "zh_CN.utf8@variant", "zh-CN",
 * "zh" or "zh-Hant-TW" (any case).  It gets an embedded locale of
 * its language written in its script: of the same territory, else one
 * without a territory, else any other.  Chinese is written in two
 * scripts: zh_TW, zh_HK, zh_MO and zh-Hant are Traditional, every
 * other zh (zh, zh_CN, zh_SG, zh-Hans) Simplified, and a locale never
 * gets text of the other script: zh_TW falls back to English unless a
 * Traditional locale is embedded.  A NULL, empty or unknown locale
 * ("C", "POSIX") means English, and so does a text no locale
 * has.  NULL only for a code not in the table (or, for class names, a
 * class outside 1-5). */
const char *http_status_reason_l10n(int code, const char *locale);
const char *http_status_description_l10n(int code, const char *locale);
const char *http_status_class_name_l10n(enum http_status_class c, const char *locale);
/* The index of the best embedded locale for a name such as
 * "zh_CN.UTF-8", or -1 for English.  A server resolves its locale
 * once, then looks up by index; an index out of range means English. */
int http_status_locale_index(const char *locale);
const char *http_status_reason_by_index(int code, int locale_index);
const char *http_status_description_by_index(int code, int locale_index);
const char *http_status_class_name_by_index(enum http_status_class c, int locale_index);
/* The embedded locales ("zh_CN", ...), NULL past the end:
 * http_status_locale_at(i) names the locale of index i. */
const char *http_status_locale_at(size_t i);

/*** copied as "reasons", after the tail ***/
/* Reverse lookup: the code whose reason phrase, or one of whose former
 * names (RFC history: "Request Entity Too Large", "Moved Temporarily"),
 * phrase is, compared as statusgen lint compares phrases: ASCII case,
 * white space, ASCII punctuation and the dashes and quotation marks
 * U+2010-U+201F do not count, so "request time-out" gives 408 and
 * "Request Entity Too Large" 413.  0 for any other phrase (a misspelling,
 * "Unused", "") and for NULL.  Where one phrase names two codes, a
 * code's own name wins over another's former name, then the lower code.
 * Its time grows with the phrase's length, not with the table's: the
 * phrase is folded once and looked up in a perfect hash the generator
 * built, then compared whole. */
int http_status_from_reason(const char *phrase);
/* The same over the reason phrases of the embedded locale that
 * http_status_reason_l10n() would pick for locale, then over the English
 * names: with zh_CN embedded, http_status_from_reason_l10n(
 * "\346\262\241\346\234\211\346\211\276\345\210\260", "zh_CN.UTF-8") is 404 (those bytes are
 * the UTF-8 of zh_CN's name for it), and so is ("not found", "zh_CN"). */
int http_status_from_reason_l10n(const char *phrase, const char *locale);

/*** copied as "end", last ***/
#ifdef __cplusplus
}
#endif

#endif /* HTTP_STATUS_H */
