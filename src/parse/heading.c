/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/heading.h"

#include <stdlib.h>
#include <string.h>

#include "util/text.h"
#include "util/xalloc.h"

/* Skip the separators that may stand between a code and its phrase:
 * white space, '-', ':', '.', ')', en and em dashes, full-width colon. */
static const char *skip_separators(const char *s)
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

/* The phrase of a code heading is English ("Not Found"), localized
 * ("没有找到"), or both: "Not Found（没有找到）" (what statusgen writes:
 * full-width parentheses, which no English phrase holds, so any script
 * may stand inside) or "Not Found (没有找到)" (non-ASCII inside). */
static void split_heading_phrase(const char *phrase, char **reason, char **l10n)
{
	const char *open = strstr(phrase, "\xef\xbc\x88");     /* （ */
	size_t n = strlen(phrase), open_len = 3, close_len = 3;
	bool full_width = true;
	char *english;

	*reason = *l10n = NULL;
	if (!open || n < 3 || strcmp(phrase + n - 3, "\xef\xbc\x89")) {
		open = strrchr(phrase, '(');
		open_len = close_len = 1;
		full_width = false;
		if (!open || phrase[n - 1] != ')')
			open = NULL;
	}
	if (open && open > phrase) {
		english = xstrndup(phrase, (size_t)(open - phrase));
		while (*english && english[strlen(english) - 1] == ' ')
			english[strlen(english) - 1] = '\0';
		if (text_is_ascii_phrase(english) &&
		    (full_width || !text_is_ascii_phrase(open + open_len))) {
			*reason = english;
			*l10n = xstrndup(open + open_len,
					 (size_t)(phrase + n - close_len - (open + open_len)));
			return;
		}
		free(english);
	}
	if (!*phrase)
		return;
	if (text_is_ascii_phrase(phrase))
		*reason = xstrdup(phrase);
	else
		*l10n = xstrdup(phrase);
}

bool heading_read_code(const char *text, int *code, char **reason, char **l10n)
{
	*reason = *l10n = NULL;
	if (!text_scan_code(text, code))
		return false;
	if (*code >= 100 && *code <= 599)
		split_heading_phrase(skip_separators(text + 3), reason, l10n);
	return true;
}
