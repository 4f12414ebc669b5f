/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one way strings enter JSON output: through jansson, which escapes
 * them.  Every string reaching an emitter is valid UTF-8 (the readers and
 * the dataset check it), so jansson never refuses one; if it did, that is a
 * bug, and the program stops rather than write a null. */
#ifndef STATUSGEN_JSON_UTIL_H
#define STATUSGEN_JSON_UTIL_H

#include <jansson.h>

/* A new JSON string for s; s must be valid UTF-8.  Never returns NULL. */
json_t *json_string_checked(const char *s);

#endif
