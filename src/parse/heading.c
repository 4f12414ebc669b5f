/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/heading.h"

#include <stdlib.h>
#include <string.h>

#include "parse/cells.h"
#include "parse/record.h"
#include "util/text.h"
#include "util/xalloc.h"

bool heading_ends_with_mark(const char *english)
{
	const char *open = strrchr(english, '(');
	size_t n = strlen(english);

	if (!open || english[n - 1] != ')')
		return false;
	return !strcmp(open, "(OBSOLETED)") || !strcmp(open, "(Unused)") ||
	       !strncmp(open, "(TEMPORARY", 10);
}

/* The phrase of a code heading is English ("Not Found"), localized
 * ("没有找到"), or both: "Not Found（没有找到）" (what statusgen writes:
 * full-width parentheses, which no English phrase holds, so any script
 * may stand inside), "Not Found (没有找到)" (non-ASCII inside), or a
 * name in brackets after a mark of the registry's ("Not Extended
 * (OBSOLETED) (Estensione obbligatoria)", statusgen's pages in Latin
 * script). */
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
		    (full_width || !text_is_ascii_phrase(open + open_len) ||
		     heading_ends_with_mark(english))) {
			*reason = english;
			*l10n = cell_trim(open + open_len,
					  (size_t)(phrase + n - close_len - (open + open_len)));
			if (!**l10n) {  /* "(OBSOLETED) ()": no name */
				free(*l10n);
				*l10n = NULL;
			}
			return;
		}
		free(english);
	}
	if (!*phrase)
		return;
	if (text_is_ascii_phrase(phrase))
		*reason = xstrdup(phrase);
	else if (!cell_split_scripts(phrase, reason, l10n))
		*l10n = xstrdup(phrase);
}

bool heading_read_code(const char *text, int *code, char **reason, char **l10n)
{
	const char *phrase;
	char *bare;

	*reason = *l10n = NULL;
	/* "➜ 404 Not Found ⭐": decoration is no part of it. */
	text = cell_skip_decoration(text);
	if (!cell_code_prefix(text, code))
		return false;
	if (record_code_in_range(*code)) {
		phrase = cell_skip_decoration(cell_skip_separators(text + 3));
		bare = xstrndup(phrase, cell_decoration_end(phrase, strlen(phrase)));
		split_heading_phrase(bare, reason, l10n);
		free(bare);
	}
	return true;
}

/* Words that name a class in a heading, a group row or a class cell;
 * ASCII ones compared without regard to case. */
static const char *const class_words[] = {
	"informational", "success", "redirect", "client error", "server error",
	"client-error", "server-error",
	"信息", "消息", "成功", "重定向", "客户端错误", "服务器错误", "服务端错误",
	"请求错误", "客户端請求錯誤", "伺服器錯誤", "資訊", "重新導向", "用戶端錯誤",
	"情報", "リダイレクト", "クライアントエラー", "サーバーエラー", "サーバエラー",
	"정보", "성공", "리다이렉션", "리다이렉트", "클라이언트 오류", "서버 오류",
	"요청 오류", "클라이언트 에러", "서버 에러",
};

/* Length of the wildcard of a class marker at p ("x", "X", "*" or "×"),
 * or 0. */
static size_t wildcard(const char *p)
{
	if (*p == 'x' || *p == 'X' || *p == '*')
		return 1;
	return !strncmp(p, "\xc3\x97", 2) ? 2 : 0;      /* × */
}

/* Length of the class marker at p ("4xx", "4XX", "4**", "4××"), or 0. */
static size_t class_marker(const char *p)
{
	size_t a, b;

	if (p[0] < '1' || p[0] > '5')
		return 0;
	a = wildcard(p + 1);
	b = a ? wildcard(p + 1 + a) : 0;
	return b ? 1 + a + b : 0;
}

/* True if text holds a class marker ("1xx" to "5xx", "4**", "4××") as a
 * word of its own. */
static bool has_class_pattern(const char *text)
{
	const char *p;
	size_t n;

	for (p = text; *p; p++) {
		n = class_marker(p);
		if (!n)
			continue;
		if (p > text && ((p[-1] >= '0' && p[-1] <= '9') ||
				 (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z')))
			continue;
		if ((p[n] >= '0' && p[n] <= '9') || (p[n] >= 'a' && p[n] <= 'z') ||
		    (p[n] >= 'A' && p[n] <= 'Z'))
			continue;
		return true;
	}
	return false;
}

/* What a class cell or group row holds, whole. */
static const char *const class_names[] = {
	"informational", "informational responses", "success", "successful",
	"successful responses", "redirection", "redirect", "redirection messages",
	"client error", "client errors", "client error responses", "server error",
	"server errors", "server error responses",
	"信息", "消息", "成功", "重定向", "客户端错误", "服务器错误", "服务端错误",
	"请求错误", "信息响应", "成功响应",
	"情報", "リダイレクト", "クライアントエラー", "サーバーエラー", "サーバエラー",
	"정보", "성공", "리다이렉션", "리다이렉트", "클라이언트 오류", "서버 오류",
	"요청 오류",
};

bool heading_has_class_marker(const char *text)
{
	return has_class_pattern(text);
}

bool cell_names_class(const char *text)
{
	size_t i;

	/* "4xx" may start a longer name: "4xx Client errors". */
	if (class_marker(text) && has_class_pattern(text))
		return true;
	for (i = 0; i < sizeof(class_names) / sizeof(class_names[0]); i++)
		if (text_equal_nocase(text, class_names[i]))
			return true;
	return false;
}

bool heading_names_class(const char *text)
{
	size_t i;

	if (has_class_pattern(text))
		return true;
	for (i = 0; i < sizeof(class_words) / sizeof(class_words[0]); i++)
		if (text_contains_nocase(text, class_words[i]))
			return true;
	return false;
}
