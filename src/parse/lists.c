/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/lists.h"

#include <stdlib.h>
#include <string.h>

#include "parse/cells.h"
#include "parse/phrases.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Words of an English name read from a list item, at most. */
#define MAX_NAME_WORDS 6

/* What may stand before the code of a list written as plain text. */
static const char *const bullets[] = {
	"-", "*", "+", "\xe2\x80\xa2", "\xe3\x83\xbb", "\xc2\xb7",       /* • ・ · */
	"\xe2\x94\x84", "\xe2\x94\x80", "\xe2\x94\x9c", "\xe2\x94\x94",   /* ┄ ─ ├ └ */
	"\xe2\x96\xaa", "\xe2\x96\xa0", "\xe2\x96\xa1", "\xe2\x97\x86",   /* ▪ ■ □ ◆ */
	"\xe2\x97\x87", "\xe2\x97\x8b", "\xe2\x97\x8f", "\xe2\x97\xa6",   /* ◇ ○ ● ◦ */
	"\xe2\x80\xa3", "\xe2\x81\x83", "\xe2\x86\x92", "\xe2\x9e\xa4",   /* ‣ ⁃ → ➤ */
	"\xe2\x96\xb6", "\xe2\x96\xba", "\xe2\x98\x85", "\xe2\x98\x86",   /* ▶ ► ★ ☆ */
	"\xe2\x9c\x93", "\xe2\x9c\x94", "\xe2\x80\xbb", "\xe3\x80\x8b",   /* ✓ ✔ ※ 》 */
	">",
};

/* The text after a bullet and white space; text itself if none. */
static const char *skip_bullet(const char *text)
{
	size_t i, n;

	while (*text == ' ')
		text++;
	for (i = 0; i < sizeof(bullets) / sizeof(bullets[0]); i++) {
		n = strlen(bullets[i]);
		if (!strncmp(text, bullets[i], n)) {
			text += n;
			while (*text == ' ')
				text++;
			return text;
		}
	}
	return text;
}

const char *list_next_bullet(const char *text)
{
	const char *after = skip_bullet(text), *p;
	size_t n;
	int code;

	while (*text == ' ')
		text++;
	if (after == text)
		return NULL;
	/* The bullet itself, without the spaces after it. */
	for (n = (size_t)(after - text); n && text[n - 1] == ' '; n--)
		;
	for (p = after; *p; p++) {
		if (p[0] == ' ' && !strncmp(p + 1, text, n) &&
		    cell_code_prefix(p + 1 + n + (p[1 + n] == ' '), &code))
			return p + 1;
	}
	return NULL;
}

bool list_is_bullet_line(const char *text)
{
	const char *after = skip_bullet(text);
	int code;

	return after != text && cell_code_prefix(after, &code);
}

/* ---- MDN macros ----------------------------------------------------------- */

/* The first (at most) max arguments of a macro call, "404, "404 Not
 * Found"", without quotes: their starts and lengths; return how many. */
static int macro_args(const char *args, size_t len, const char **start, size_t *n, int max)
{
	const char *p = args, *end = args + len;
	int k = 0;

	while (p < end && k < max) {
		while (p < end && (*p == ' ' || *p == ','))
			p++;
		if (p >= end)
			break;
		if (*p == '"' || *p == '\'') {
			char q = *p++;

			start[k] = p;
			while (p < end && *p != q)
				p++;
			n[k] = (size_t)(p - start[k]);
			if (p < end)
				p++;
		} else {
			start[k] = p;
			while (p < end && *p != ',')
				p++;
			n[k] = (size_t)(p - start[k]);
			while (n[k] && start[k][n[k] - 1] == ' ')
				n[k]--;
		}
		k++;
	}
	return k;
}

/* Whether the macro at name (after "{{") is named word, whole. */
static bool macro_is(const char *name, const char *end, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(end - name) >= n && text_equal_nocase_n(name, word, n) &&
	       (name + n == end || name[n] == '(' || name[n] == ' ' || name[n] == '}');
}

/* The length of the closing bracket at p matching the opening one that
 * out ends with (white space after it allowed, then cut off): "（" and
 * "）", "(" and ")"; 0 if none. */
static size_t empty_brackets(struct strbuf *out, const char *p)
{
	size_t n = out->len;

	while (n && out->buf[n - 1] == ' ')
		n--;
	while (*p == ' ')
		p++;
	if (n >= 3 && !memcmp(out->buf + n - 3, "\xef\xbc\x88", 3) &&
	    !strncmp(p, "\xef\xbc\x89", 3)) {
		out->len = n - 3;
		out->buf[out->len] = '\0';
		return 3;
	}
	if (n >= 1 && out->buf[n - 1] == '(' && *p == ')') {
		out->len = n - 1;
		out->buf[out->len] = '\0';
		return 1;
	}
	return 0;
}

/* What the macro named at name, with the arguments args[0..len), shows:
 * the second argument if there are two, else the first ({{HTTPStatus(404,
 * "404 Not Found")}}, {{Glossary("WebDAV")}}); {{RFC("2774")}} shows "RFC
 * 2774", {{RFC("6585", "Additional Codes")}} "RFC 6585: Additional Codes". */
static void macro_display(const char *name, const char *args, size_t len, struct strbuf *out)
{
	const char *start[2];
	size_t n[2];
	int k = macro_args(args, len, start, n, 2);

	if (k && n[0] && macro_is(name, args, "rfc")) {
		strbuf_addstr(out, "RFC ");
		strbuf_add(out, start[0], n[0]);
		if (k == 2 && n[1]) {
			strbuf_addstr(out, ": ");
			strbuf_add(out, start[1], n[1]);
		}
	} else if (k) {
		strbuf_add(out, start[k - 1], n[k - 1]);
	}
}

char *list_expand_macros(const char *text)
{
	struct strbuf out = STRBUF_INIT;
	const char *p = text, *open, *close, *paren;
	size_t before;

	if (!strstr(text, "{{"))
		return NULL;
	for (;;) {
		open = strstr(p, "{{");
		close = open ? strstr(open + 2, "}}") : NULL;
		if (!close) {
			strbuf_addstr(&out, p);
			break;
		}
		strbuf_add(&out, p, (size_t)(open - p));
		before = out.len;
		paren = memchr(open + 2, '(', (size_t)(close - open - 2));
		if (paren && close > paren && close[-1] == ')')
			macro_display(open + 2, paren + 1, (size_t)(close - 1 - (paren + 1)), &out);
		p = close + 2;
		/* A macro that shows nothing in brackets ("（{{Glossary}}）")
		 * leaves no empty brackets behind. */
		if (out.len == before)
			p += empty_brackets(&out, p);
	}
	text_collapse_space(&out);
	return strbuf_detach(&out);
}

/* ---- items ------------------------------------------------------------------ */

/* Where the name of an item ends and its description starts: a colon
 * (ASCII, followed by a space, or full-width), or a dash with spaces
 * around it. */
static const char *find_description(const char *s, size_t *sep_len)
{
	static const char *const seps[] = {
		"\xef\xbc\x9a", ": ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ",
		"\xe2\x80\x94", " -- ",
		" \xe2\x9e\x9c ", " \xe2\x86\x92 ",        /* " ➜ ", " → " */
	};
	const char *best = NULL;
	size_t i;

	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		const char *at = strstr(s, seps[i]);

		if (at && (!best || at < best)) {
			best = at;
			*sep_len = strlen(seps[i]);
		}
	}
	if (!best && s[0] && s[strlen(s) - 1] == ':') {
		*sep_len = 1;
		return s + strlen(s) - 1;
	}
	return best;
}

/* Whether an English name read from an item is one: registered, or a
 * short phrase that starts with a capital ("Not Found", "I'm a teapot",
 * "Method not allowed"), not "things" or "is not a record". */
static bool looks_like_reason(const char *s, const struct phrases *phrases, bool bulleted)
{
	if (phrases && phrases_has(phrases, s))
		return true;
	/* "(처리, RFC 2518)": a reference is no name. */
	if (text_equal_nocase_n(s, "rfc", 3) && (s[3] == ' ' || (s[3] >= '0' && s[3] <= '9')))
		return false;
	/* After a bullet, the line is an item whatever the case: "┄ 421
	 * too many connections". */
	return ((*s >= 'A' && *s <= 'Z') || (bulleted && *s >= 'a' && *s <= 'z')) &&
	       text_count_words(s) <= MAX_NAME_WORDS && !cell_is_sentence(s);
}

/* The name part: English, localized, or both ("Bad Request（不正なリクエ
 * スト）", "Continue 继续", "(성공)"). */
static void read_name(const char *name, struct list_item *item)
{
	char *trimmed = cell_trim(name, strlen(name));

	switch (cell_script(trimmed)) {
	case SCRIPT_LATIN:
		item->reason = trimmed;
		return;
	case SCRIPT_OTHER:
		item->l10n = trimmed;
		return;
	case SCRIPT_MIXED:
		if (cell_split_scripts(trimmed, &item->reason, &item->l10n)) {
			free(trimmed);
			return;
		}
		item->l10n = trimmed;
		return;
	case SCRIPT_NONE:
		break;
	}
	free(trimmed);
}

/* Whether s[0..len), what stands between a code and its name, holds a
 * separator: a colon, a dash. */
static bool has_separator(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ':' || s[i] == '-' ||
		    (i + 3 <= len && (!memcmp(s + i, "\xef\xbc\x9a", 3) ||
				      !memcmp(s + i, "\xe2\x80\x94", 3) ||
				      !memcmp(s + i, "\xe2\x80\x93", 3))))
			return true;
	return false;
}

/* "Processing (WebDAV)", "Found (Previously 'Moved temporarily')": a
 * registered phrase and a note in parentheses is the phrase; the note,
 * which may be the localized name ("Not Found (Nicht gefunden)"), goes
 * to *note. */
static void drop_note(char *reason, const struct phrases *phrases, char **note)
{
	char *open;
	size_t n = reason ? strlen(reason) : 0;

	if (!n || !phrases || reason[n - 1] != ')')
		return;
	open = strrchr(reason, '(');
	if (!open || open == reason || open[-1] != ' ' || phrases_has(phrases, reason))
		return;
	open[-1] = '\0';
	if (!phrases_has(phrases, reason))
		open[-1] = ' ';
	else
		*note = cell_trim(open, strlen(open));
}

bool list_read_item(const char *text, const struct phrases *phrases, struct list_item *item)
{
	const char *p = skip_bullet(text), *desc, *after_code;
	size_t n, sep_len = 0;
	bool separated, bulleted;
	char *name;

	memset(item, 0, sizeof(*item));
	while (*text == ' ')
		text++;
	bulleted = p != text;
	/* "🚫 403 Forbidden", "➜ 404 Not Found": decoration before the code. */
	p = cell_skip_decoration(p);
	n = cell_code_prefix(p, &item->code);
	if (!n)
		return false;
	p += n;
	after_code = p;
	while (*p == ' ' || *p == '.' || *p == ')' || *p == ':' ||
	       !strncmp(p, "\xef\xbc\x9a", 3) || !strncmp(p, "\xe2\x80\x94", 3) ||
	       !strncmp(p, "\xe2\x80\x93", 3) || (*p == '-' && p[1] == ' '))
		p += (unsigned char)*p >= 0x80 ? 3 : 1;
	/* "404: 服务器找不到请求的网页。": a code, a separator and a sentence
	 * is a code and its description. */
	separated = has_separator(after_code, (size_t)(p - after_code));
	desc = find_description(p, &sep_len);
	name = cell_trim(p, desc ? (size_t)(desc - p) : strlen(p));
	/* "404 – Not found.": a registered name with a full stop is no
	 * sentence. */
	if (separated && !desc && cell_is_sentence(name) && !phrases_has(phrases, name)) {
		item->description = name;
		return true;
	}
	read_name(name, item);
	free(name);
	if (desc) {
		struct strbuf d = STRBUF_INIT;

		strbuf_addstr(&d, desc + sep_len);
		text_collapse_space(&d);
		if (d.len)
			item->description = strbuf_detach(&d);
		strbuf_release(&d);
	}
	drop_note(item->reason, phrases, &item->note);
	phrases_clean_name(phrases, item->reason);
	if (item->reason && !looks_like_reason(item->reason, phrases, bulleted)) {
		free(item->reason);
		item->reason = NULL;
		if (!item->l10n)
			return false;
	}
	if (!item->reason && !item->l10n)
		return false;
	return true;
}

void list_item_release(struct list_item *item)
{
	free(item->reason);
	free(item->l10n);
	free(item->description);
	free(item->note);
	memset(item, 0, sizeof(*item));
}
