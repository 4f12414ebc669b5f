/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/cells.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"
#include "util/xalloc.h"

bool cell_is_code(const char *text, int *code)
{
	return text_scan_code(text, code) == 3 && text[3] == '\0';
}

/* The code point at s (well-formed UTF-8: the readers only pass that),
 * its length in *len. */
static uint32_t decode(const char *str, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xe0 && s[1]) {
		*len = 2;
		return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
	}
	if (s[0] < 0xf0 && s[1] && s[2]) {
		*len = 3;
		return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) |
		       (s[2] & 0x3f);
	}
	if (s[1] && s[2] && s[3]) {
		*len = 4;
		return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
		       ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
	}
	*len = 1;
	return 0xfffd;
}

enum letter { NOT_LETTER, LATIN_LETTER, OTHER_LETTER };

/* Letters of the scripts status-code pages are written in; anything else
 * (digits, punctuation, symbols, spaces) is no letter. */
static enum letter letter_of(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return LATIN_LETTER;
	if (c < 0xc0)
		return NOT_LETTER;
	if ((c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x1e00 && c <= 0x1eff) ||
	    (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
		return LATIN_LETTER;
	if ((c >= 0x370 && c <= 0x52f) ||       /* Greek, Cyrillic */
	    (c >= 0x590 && c <= 0x6ff) ||       /* Hebrew, Arabic */
	    (c >= 0x900 && c <= 0xe7f) ||       /* Indic, Thai */
	    (c >= 0x1100 && c <= 0x11ff) ||     /* Hangul Jamo */
	    (c >= 0x3040 && c <= 0x30fa) ||     /* kana */
	    c == 0x30fc ||                      /* the prolonged sound mark */
	    (c >= 0x3130 && c <= 0x318f) ||     /* Hangul compatibility Jamo */
	    (c >= 0x31f0 && c <= 0x31ff) ||
	    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xac00 && c <= 0xd7af) ||     /* Hangul syllables */
	    (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xff66 && c <= 0xff9f) ||     /* half-width kana */
	    (c >= 0x20000 && c <= 0x3ffff))
		return OTHER_LETTER;
	return NOT_LETTER;
}

size_t cell_code_prefix(const char *text, int *code)
{
	size_t len;
	uint32_t next;

	if (!text_scan_code(text, code))
		return 0;
	if (!text[3])
		return 3;
	if ((text[3] == '.' || text[3] == ',') && text[4] >= '0' && text[4] <= '9')
		return 0;
	next = decode(text + 3, &len);
	if (letter_of(next) != NOT_LETTER || next == '_')
		return 0;
	return 3;
}

const char *cell_skip_separators(const char *s)
{
	for (;;) {
		if (*s == ' ' || *s == '-' || *s == ':' || *s == '.' || *s == ')')
			s++;
		else if (!strncmp(s, "\xe2\x80\x93", 3) || !strncmp(s, "\xe2\x80\x94", 3) ||
			 !strncmp(s, "\xef\xbc\x9a", 3))
			s += 3;
		else
			return s;
	}
}

enum cell_script cell_script(const char *text)
{
	bool latin = false, other = false;
	size_t len;

	while (*text) {
		enum letter l = letter_of(decode(text, &len));

		latin |= l == LATIN_LETTER;
		other |= l == OTHER_LETTER;
		text += len;
	}
	if (latin && other)
		return SCRIPT_MIXED;
	return latin ? SCRIPT_LATIN : other ? SCRIPT_OTHER : SCRIPT_NONE;
}

size_t cell_length(const char *text)
{
	size_t n = 0;

	for (; *text; text++)
		if (((unsigned char)*text & 0xc0) != 0x80)
			n++;
	return n;
}

/* Sentence punctuation of CJK text: 。，、；！？ */
static bool has_cjk_sentence_mark(const char *text)
{
	static const char *const marks[] = {
		"\xe3\x80\x82", "\xef\xbc\x8c", "\xe3\x80\x81", "\xef\xbc\x9b",
		"\xef\xbc\x81", "\xef\xbc\x9f",
	};
	size_t i;

	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (strstr(text, marks[i]))
			return true;
	return false;
}

bool cell_is_sentence(const char *text)
{
	size_t n = strlen(text), words = 0, letters = 0, unspaced = 0, len;
	const char *p;
	bool in_word = false;

	if (!n)
		return false;
	for (p = text; *p; p += len) {
		uint32_t c = decode(p, &len);

		if (letter_of(c) != NOT_LETTER || (c >= '0' && c <= '9'))
			letters++;
		/* Han, kana, Hangul, Thai: scripts whose words are not
		 * all set apart by spaces, and whose names are short. */
		if (letter_of(c) != NOT_LETTER &&
		    ((c >= 0x1100 && c < 0x1f000) || (c >= 0xe00 && c <= 0xe7f)))
			unspaced++;
		if (c == ' ') {
			in_word = false;
		} else if (!in_word) {
			in_word = true;
			words++;
		}
	}
	switch (cell_script(text)) {
	case SCRIPT_OTHER:
	case SCRIPT_MIXED:
		if (!unspaced)      /* Cyrillic, Greek, Arabic...: words */
			return words >= 8 || (words >= 2 && strchr(".!?", text[n - 1]));
		return letters > 12 || has_cjk_sentence_mark(text) || text[n - 1] == '.';
	default:
		return words >= 8 || (words >= 2 && strchr(".!?", text[n - 1]));
	}
}

/* Brackets trimmed from an end only when unmatched inside. */
static const char *const brackets[][2] = {
	{ "(", ")" }, { "[", "]" }, { "\xef\xbc\x88", "\xef\xbc\x89" },   /* （） */
	{ "\xe3\x80\x90", "\xe3\x80\x91" }, { "\xe3\x80\x8c", "\xe3\x80\x8d" },  /* 【】「」 */
	{ "\xef\xbc\xbb", "\xef\xbc\xbd" },      /* ［］ */
};
#define NR_BRACKETS (sizeof(brackets) / sizeof(brackets[0]))

/* Separators trimmed from both ends. */
static const char *const separators[] = {
	" ", "\t", "-", ":", "/", "|", ",", ";", "=",
	"\xc2\xb7", "\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x80\x94",  /* · • – — */
	"\xef\xbc\x9a", "\xef\xbc\x8c", "\xe3\x80\x81", "\xef\xbc\x8f",  /* ：，、／ */
	"\xe3\x80\x80", "\xe3\x83\xbb", "\xef\xbd\x9e", "~",   /* ideographic space ・ ～ */
};
#define NR_SEPARATORS (sizeof(separators) / sizeof(separators[0]))

static size_t count_in(const char *s, size_t len, const char *what)
{
	size_t n = 0, m = strlen(what), i;

	for (i = 0; i + m <= len; i++)
		if (!memcmp(s + i, what, m))
			n++;
	return n;
}

/* Length of the pictograph (emoji, dingbat, arrow, star, their
 * variation selector or joiner) that s[0..len) starts with (ends with,
 * at_end), or 0. */
static size_t pictograph(const char *s, size_t len, bool at_end)
{
	size_t i, n, got;
	uint32_t c;

	for (n = 3; n <= 4 && n <= len; n++) {
		i = at_end ? len - n : 0;
		if (((unsigned char)s[i] & 0xc0) == 0x80)
			continue;
		c = decode(s + i, &got);
		if (at_end && got != n)
			continue;
		if ((c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) ||
		    (c >= 0x2190 && c <= 0x21ff) ||
		    (c >= 0x1f000 && c <= 0x1faff) || c == 0xfe0f || c == 0x200d)
			return got;
		break;
	}
	return 0;
}

/* Length of what to trim at the start of s[0..len) (at the end, with
 * at_end), or 0. */
static size_t trimmable(const char *s, size_t len, bool at_end)
{
	size_t i, m;

	m = pictograph(s, len, at_end);
	if (m)
		return m;

	for (i = 0; i < NR_SEPARATORS; i++) {
		m = strlen(separators[i]);
		if (m <= len && !memcmp(at_end ? s + len - m : s, separators[i], m))
			return m;
	}
	for (i = 0; i < NR_BRACKETS; i++) {
		const char *b = brackets[i][at_end ? 1 : 0];
		/* An opening bracket at the end, a closing one at the start. */
		const char *stray = brackets[i][at_end ? 0 : 1];

		m = strlen(b);
		if (m <= len && !memcmp(at_end ? s + len - m : s, b, m) &&
		    count_in(s, len, stray) < count_in(s, len, b))
			return m;
		m = strlen(stray);
		if (m <= len && !memcmp(at_end ? s + len - m : s, stray, m))
			return m;
	}
	return 0;
}

/* Length of the bracket pair around all of s[0..len) ("(성공)"), or 0. */
static size_t enclosing(const char *s, size_t len, size_t *close_len)
{
	size_t i, o, c;

	for (i = 0; i < NR_BRACKETS; i++) {
		o = strlen(brackets[i][0]);
		c = strlen(brackets[i][1]);
		if (len > o + c && !memcmp(s, brackets[i][0], o) &&
		    !memcmp(s + len - c, brackets[i][1], c) &&
		    count_in(s, len, brackets[i][0]) == 1 && count_in(s, len, brackets[i][1]) == 1) {
			*close_len = c;
			return o;
		}
	}
	return 0;
}

char *cell_trim(const char *text, size_t len)
{
	size_t m, c;

	for (;;) {
		m = trimmable(text, len, false);
		if (!m)
			break;
		text += m;
		len -= m;
	}
	for (;;) {
		m = trimmable(text, len, true);
		if (!m)
			break;
		len -= m;
	}
	m = enclosing(text, len, &c);
	if (m)
		return cell_trim(text + m, len - m - c);
	return xstrndup(text, len);
}

/* A Latin name: letters, digits, spaces and the punctuation of reason
 * phrases ("I'm a teapot", "Request-URI Too Long", "HTTP/1.1"), starting
 * with a letter. */
static bool is_latin_name(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || strchr(" '-./,&", *s)))
			return false;
	return true;
}

bool cell_split_scripts(const char *text, char **latin, char **other)
{
	enum letter first = NOT_LETTER;
	const char *p, *cut = NULL;
	size_t len;
	char *a, *b;

	*latin = *other = NULL;
	for (p = text; *p; p += len) {
		enum letter l = letter_of(decode(p, &len));

		if (l == NOT_LETTER)
			continue;
		if (first == NOT_LETTER) {
			first = l;
		} else if (!cut && l != first) {
			cut = p;
			if (first == LATIN_LETTER)
				break;
		} else if (cut && l == OTHER_LETTER) {
			/* Other letters after the Latin part: not a pair. */
			return false;
		}
	}
	if (!cut)
		return false;
	a = cell_trim(text, (size_t)(cut - text));
	b = cell_trim(cut, strlen(cut));
	if (!*a || !*b || !is_latin_name(first == LATIN_LETTER ? a : b)) {
		free(a);
		free(b);
		return false;
	}
	*latin = first == LATIN_LETTER ? a : b;
	*other = first == LATIN_LETTER ? b : a;
	return true;
}

const char *cell_skip_decoration(const char *text)
{
	size_t len = strlen(text), m;
	const char *p = text;

	for (;;) {
		while (*p == ' ')
			p++;
		m = pictograph(p, len - (size_t)(p - text), false);
		if (!m)
			return p == text || !*p ? text : p;
		p += m;
	}
}

size_t cell_decoration_end(const char *text, size_t len)
{
	size_t m, n = len;

	for (;;) {
		while (n && text[n - 1] == ' ')
			n--;
		m = pictograph(text, n, true);
		if (!m)
			return n ? n : len;
		n -= m;
	}
}
