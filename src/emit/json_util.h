/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one way strings enter JSON output: through jansson, which escapes
 * them.  Text from documents is valid UTF-8 (the readers check it); file
 * names and locales given by the user may not be, and their invalid bytes
 * are written as U+FFFD. */
#ifndef STATUSGEN_JSON_UTIL_H
#define STATUSGEN_JSON_UTIL_H

#include <jansson.h>

/* A new JSON string for s.  Never returns NULL. */
json_t *json_text(const char *s);

struct strbuf;

/* Append s to sb as a JSON string (quoted, escaped by jansson). */
void json_append_text(struct strbuf *sb, const char *s);

#endif
