/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canonical dataset as JSON (http-status.json). */
#ifndef STATUSGEN_EMIT_JSON_H
#define STATUSGEN_EMIT_JSON_H

#include <stdio.h>

#include "dataset/dataset.h"

/* The schema the JSON names in its "$schema" key: a reference relative
 * to the JSON file, since the schema is installed beside it.  It is the
 * schema's own "$id" (data/http-status.schema.json). */
#define JSON_SCHEMA_REF "http-status.schema.json"

/* Write ds to out, sorted by code, keys in a fixed order, UTF-8, ending
 * in a newline.  Return 0, or -1 if writing failed (errno is set). */
int emit_json(const struct dataset *ds, FILE *out);

#endif
