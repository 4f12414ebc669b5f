/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "util/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

size_t utf8_invalid_offset(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		size_t n, k;
		unsigned cp, min;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
			min = 0x10000;
		} else {
			return i;
		}
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += n + 1;
	}
	return len;
}

size_t utf8_prefix_length(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char lo = 0x80, hi = 0xbf;
	size_t need, k;

	if (!len)
		return 0;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		need = 1;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		need = 2;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		need = 3;
	else
		return 0;
	/* The second byte's range excludes overlongs, surrogates and code
	 * points past U+10FFFF. */
	if (s[0] == 0xe0)
		lo = 0xa0;
	else if (s[0] == 0xed)
		hi = 0x9f;
	else if (s[0] == 0xf0)
		lo = 0x90;
	else if (s[0] == 0xf4)
		hi = 0x8f;
	for (k = 1; k <= need && k < len; k++) {
		if (s[k] < (k == 1 ? lo : 0x80) || s[k] > (k == 1 ? hi : 0xbf))
			return k;
	}
	return k;
}

unsigned line_of_offset(const char *s, size_t off)
{
	unsigned line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (s[i] == '\n')
			line++;
	return line;
}

/* Length of the white-space character at s, or 0. */
static size_t space_len(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' ||
	    *u == '\f' || *u == '\v')
		return 1;
	if (u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	return 0;
}

void text_collapse_space(struct strbuf *sb)
{
	size_t in = 0, out = 0;
	bool pending = false;

	if (!sb->buf)
		return;
	while (in < sb->len) {
		size_t n = space_len(sb->buf + in);

		if (n) {
			pending = out > 0;
			in += n;
			continue;
		}
		if (pending) {
			sb->buf[out++] = ' ';
			pending = false;
		}
		sb->buf[out++] = sb->buf[in++];
	}
	sb->len = out;
	sb->buf[out] = '\0';
}

size_t text_scan_code(const char *s, int *code)
{
	if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	    s[2] >= '0' && s[2] <= '9' && !(s[3] >= '0' && s[3] <= '9')) {
		*code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
		return 3;
	}
	return 0;
}

unsigned text_count_words(const char *s)
{
	unsigned words = 0;
	bool in_word = false;

	for (; *s; s++) {
		if (*s == ' ') {
			in_word = false;
		} else if (!in_word) {
			in_word = true;
			words++;
		}
	}
	return words;
}

bool text_is_ascii_phrase(const char *s)
{
	bool letter = false;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c > 0x7e)
			return false;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			letter = true;
	}
	return letter;
}

char text_lower_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int text_compare_ptrs(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

bool text_equal_nocase_n(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (text_lower_ascii(a[i]) != text_lower_ascii(b[i]))
			return false;
		if (!a[i])
			return true;
	}
	return true;
}

bool text_contains_nocase(const char *text, const char *word)
{
	size_t n = strlen(word);

	for (; *text; text++)
		if (text_equal_nocase_n(text, word, n))
			return true;
	return false;
}

bool text_equal_nocase(const char *a, const char *b)
{
	size_t n = strlen(a);

	return n == strlen(b) && text_equal_nocase_n(a, b, n);
}

bool text_is_locale_name(const char *s)
{
	size_t n = 0;

	while (s[n] >= 'a' && s[n] <= 'z')
		n++;
	if (n < 2 || n > 3)
		return false;
	if (!s[n])
		return true;
	return s[n] == '_' && s[n + 1] >= 'A' && s[n + 1] <= 'Z' &&
	       s[n + 2] >= 'A' && s[n + 2] <= 'Z' && !s[n + 3];
}

int text_parse_size(const char *s, size_t *size)
{
	size_t n = 0, unit = 1;
	const char *p;

	if (*s < '0' || *s > '9')
		return -1;
	for (p = s; *p >= '0' && *p <= '9'; p++) {
		if (n > (SIZE_MAX - 9) / 10)
			return -1;
		n = n * 10 + (size_t)(*p - '0');
	}
	switch (text_lower_ascii(*p)) {
	case '\0':
		break;
	case 'k':
		unit = (size_t)1 << 10;
		break;
	case 'm':
		unit = (size_t)1 << 20;
		break;
	case 'g':
		unit = (size_t)1 << 30;
		break;
	default:
		return -1;
	}
	if (*p && p[1])
		return -1;
	if (n == 0 || n > SIZE_MAX / unit)
		return -1;
	*size = n * unit;
	return 0;
}

size_t text_edit_distance(const char *a, const char *b)
{
	size_t n = strlen(b), i, j, *row = xcalloc(n + 1, sizeof(*row)), d;

	for (j = 0; j <= n; j++)
		row[j] = j;
	for (i = 1; a[i - 1]; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= n; j++) {
			size_t up = row[j], best;

			best = diag + (text_lower_ascii(a[i - 1]) != text_lower_ascii(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	d = row[n];
	free(row);
	return d;
}
