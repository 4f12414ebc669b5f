/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which of a record's names is English and which the page's own, by the
 * registry and the catalogs rather than by script: a name is English
 * when it is a registry phrase or former name or close to one;
 * otherwise, on a page in a Latin-script language other than English,
 * or when a catalog calls the code so, it is the page's localized name.
 * "Not Found (Não encontrado)" is split at the registry phrase. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "parse/cells.h"
#include "parse/heading.h"
#include "parse/languages.h"
#include "parse/phrases.h"
#include "parse/recognize_impl.h"
#include "parse/registry.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Is text, folded, within a quarter of its length of b, folded? */
static bool close_to(const char *text, const char *b)
{
	char *x = phrases_fold(text), *y = phrases_fold(b);
	size_t n = strlen(y), d = text_edit_distance(x, y);
	bool close = *x && d <= (n < 4 ? 0 : n / 4);

	free(x);
	free(y);
	return close;
}

/* Is text English for code: a registry phrase or former name (of any
 * code), or close to code's phrase or one of its former names? */
static bool is_english(const struct recognizer *rz, int code, const char *text)
{
	const struct registry_record *rec;
	size_t i;

	if (phrases_has(rz->phrases, text))
		return true;
	if (!rz->reg)
		return false;
	rec = registry_find(rz->reg, code);
	if (rec && rec->phrase && close_to(text, rec->phrase))
		return true;
	for (i = 0; i < rz->reg->nr_former; i++)
		if (rz->reg->former[i].code == code && close_to(text, rz->reg->former[i].phrase))
			return true;
	return false;
}

/* Is the page's language one written in Latin script, other than
 * English? */
static bool latin_page(const struct recognizer *rz)
{
	return rz->lang >= 0 && rz->langs->langs[rz->lang].script == 0 &&
	       strcmp(rz->langs->langs[rz->lang].name, "en");
}

/* Has text a word of two or more capital ASCII letters and nothing else
 * ("HTTP", "TLS")? */
static bool has_acronym(const char *text)
{
	const char *p = text, *start;

	while (*p) {
		while (*p == ' ' || *p == '(' || *p == ')')
			p++;
		start = p;
		while (*p >= 'A' && *p <= 'Z')
			p++;
		if (p - start >= 2 && (!*p || *p == ' ' || *p == ')'))
			return true;
		while (*p && *p != ' ')
			p++;
	}
	return false;
}

/* Could text be code's name in the page's language: a catalog's name
 * for it, or, on a page in a Latin-script language other than English,
 * the catalog's name of some code, or words with a small letter and no
 * digit (a note such as "(RFC 2518)" or "WebDAV" is none)? */
static bool is_localized(const struct recognizer *rz, int code, const char *text)
{
	const char *p;
	bool space = false, lower = false, inner_upper = false;

	if (languages_phrase_language(rz->langs, code, text, rz->lang) >= 0 ||
	    languages_is_unused(rz->langs, text))
		return true;
	if (!latin_page(rz))
		return false;
	if (languages_phrase_code(rz->langs, rz->lang, text))
		return true;
	/* An acronym ("HTTP Delta encoding", MDN's note on 226) marks a
	 * note in English, not the page's name for the code. */
	if (has_acronym(text))
		return false;
	for (p = text; *p; p++) {
		if (*p >= '0' && *p <= '9')
			return false;
		space |= *p == ' ';
		lower |= *p >= 'a' && *p <= 'z';
		inner_upper |= p > text && *p >= 'A' && *p <= 'Z' && p[-1] != ' ';
	}
	return lower && (space || !inner_upper);
}

/* Is text, ASCII in brackets after a mark of the registry's ("510 Not
 * Extended (OBSOLETED) (Estensione obbligatoria)"), the page's name for
 * code: a catalog's name, an unused label after "(Unused)", or two
 * words or more, one of
 * them a word of the page's language (languages_has_words()), that are
 * no registry phrase or former name?  One word there ("historic"),
 * English words ("no longer used") and "I'm a teapot" are notes. */
static bool mark_name(const struct recognizer *rz, int code, const char *reason,
		      const char *text)
{
	size_t n = strlen(reason);

	if (languages_phrase_language(rz->langs, code, text, rz->lang) >= 0 ||
	    (n >= 8 && !strcmp(reason + n - 8, "(Unused)") && languages_is_unused(rz->langs, text)))
		return true;
	return strchr(text, ' ') && languages_has_words(rz->langs, rz->lang, text) &&
	       !is_english(rz, code, text) && is_localized(rz, code, text);
}

/* Split text at a registry phrase that starts or ends it ("Not Found
 * (Não encontrado)", "Nicht gefunden – Not Found"): the phrase in
 * *english, the rest, trimmed, in *other.  False if there is none. */
static bool split_at_phrase(const struct recognizer *rz, const char *text, char **english,
			    char **other)
{
	size_t n = strlen(text), i;

	*english = *other = NULL;
	for (i = 1; i < n; i++) {
		char *head, *tail;

		if (text[i] != ' ' && text[i] != '(' && text[i] != '/')
			continue;
		head = cell_trim(text, i);
		tail = cell_trim(text + i, n - i);
		if (*head && *tail && phrases_has(rz->phrases, head) &&
		    !phrases_has(rz->phrases, text)) {
			*english = head;
			*other = tail;
			return true;
		}
		if (*head && *tail && phrases_has(rz->phrases, tail)) {
			*english = tail;
			*other = head;
			return true;
		}
		free(head);
		free(tail);
	}
	return false;
}

bool rz_read_item(const struct recognizer *rz, const char *text, struct list_item *item)
{
	if (!list_read_item(text, rz->phrases, item))
		return false;
	if (item->note && !item->l10n && rz->langs && is_localized(rz, item->code, item->note)) {
		item->l10n = item->note;
		item->note = NULL;
	}
	return true;
}

/* Does r's reason hold a registry phrase and something else: a note
 * after it in brackets ("Processing (WebDAV)", even when the whole is
 * close to the phrase), or, for a reason that is no English name, the
 * page's own name before or after it ("Nicht gefunden – Not Found")?
 * The two parts in *english and *other (free() them). */
static bool split_note(const struct recognizer *rz, const struct source_record *r,
		       char **english, char **other)
{
	size_t n;

	if (phrases_has(rz->phrases, r->reason) ||
	    !split_at_phrase(rz, r->reason, english, other))
		return false;
	n = strlen(r->reason);
	if (r->reason[n - 1] == ')' || !is_english(rz, r->code, r->reason))
		return true;
	free(*english);
	free(*other);
	*english = *other = NULL;
	return false;
}

/* Hand rec to the callback as it is. */
static int deliver(struct recognizer *rz, const struct source_record *rec)
{
	rz->nr_records++;
	if (rz->fn(rec, rz->arg) < 0) {
		rz->failed = true;
		rz->stopped = true;
		return -1;
	}
	return 0;
}

int rz_settle_names(struct recognizer *rz, const struct source_record *rec)
{
	struct source_record r = *rec;
	char *english = NULL, *other = NULL;
	int ret;

	if (!rz->langs || (!r.reason && !r.l10n_reason))
		return deliver(rz, rec);
	if (r.reason && r.l10n_reason && heading_ends_with_mark(r.reason) &&
	    text_is_ascii_phrase(r.l10n_reason) && !mark_name(rz, r.code, r.reason, r.l10n_reason)) {
		/* "Not Extended (OBSOLETED) (RFC 2774)", "(historic)": a
		 * note after the registry's mark, not the page's name. */
		r.l10n_reason = NULL;
		r.l10n_reason_line = 0;
	}
	if (r.reason && r.l10n_reason && !is_english(rz, r.code, r.reason)) {
		/* "継続 Content Too Large" beside a column of names: the
		 * phrase is the English name. */
		if (split_at_phrase(rz, r.reason, &english, &other))
			r.reason = english;
	} else if (r.reason && split_note(rz, &r, &english, &other)) {
		/* "Processing (WebDAV)": a phrase and a note, which is no part
		 * of the name, or the page's own name ("Not Found (Não
		 * encontrado)"). */
		if (is_localized(rz, r.code, other)) {
			r.l10n_reason = other;
			r.l10n_reason_line = r.reason_line;
		}
		r.reason = english;
	} else if (r.reason && !is_english(rz, r.code, r.reason) &&
		   is_localized(rz, r.code, r.reason)) {
		r.l10n_reason = r.reason;
		r.l10n_reason_line = r.reason_line;
		r.reason = NULL;
		r.reason_line = 0;
	}
	ret = deliver(rz, &r);
	free(english);
	free(other);
	return ret;
}
