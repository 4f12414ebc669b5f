/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a heading: a code heading ("### 404 Not Found", "404 - 未找到",
 * "404 Not Found（没有找到）") or a plain one. */
#ifndef STATUSGEN_HEADING_H
#define STATUSGEN_HEADING_H

#include <stdbool.h>

/* If text starts with a status code, return true with the code in *code
 * (maybe out of range: the caller says so) and its phrase split into the
 * English reason *reason and the localized one *l10n, each NULL when the
 * heading has none (free() them).  Return false for a plain heading. */
bool heading_read_code(const char *text, int *code, char **reason, char **l10n);

#endif
