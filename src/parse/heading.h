/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a heading: a code heading ("### 404 Not Found", "404 - 未找到",
 * "404 Not Found（没有找到）") or a plain one. */
#ifndef STATUSGEN_HEADING_H
#define STATUSGEN_HEADING_H

#include <stdbool.h>

/* If text starts with a status code (see cell_code_prefix()), return true with the code in *code
 * (maybe out of range: the caller says so) and its phrase split into the
 * English reason *reason and the localized one *l10n, each NULL when the
 * heading has none (free() them).  Return false for a plain heading. */
bool heading_read_code(const char *text, int *code, char **reason, char **l10n);

/* Does english end with a mark of the registry's, "(OBSOLETED)",
 * "(Unused)" or "(TEMPORARY, ...)", as statusgen writes them?  A name in
 * brackets after one is read as the localized name, whatever its
 * script. */
bool heading_ends_with_mark(const char *english);

/* Does text hold a class marker ("3xx", "4**", "5××") as a word of its
 * own ("3xx: Redirection.", "Redirection (3xx)")? */
bool heading_has_class_marker(const char *text);

/* True if a heading (or a group row of a table) names a class: it says
 * "4xx" (any case), or a class's name in English, Chinese, Japanese or
 * Korean ("Client errors", "成功", "リダイレクト", "서버 오류").  "Common
 * codes" and "常见状态码" do not. */
bool heading_names_class(const char *text);

/* True if a cell of a table is a class's name, whole: "4xx", "4xx Client
 * errors", "Client Error", "客户端错误", "クライアントエラー". */
bool cell_names_class(const char *text);

#endif
