/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON for 'statusgen extract': records written one per line as they are
 * read, so memory does not grow with the input:
 *
 *   {"records": [
 *   {"file": "x.html", "line": 9, "code": 200, "locale": "zh_CN", ...},
 *   ...
 *   ]}
 */
#ifndef STATUSGEN_RECORDS_JSON_H
#define STATUSGEN_RECORDS_JSON_H

#include <stdbool.h>
#include <stdio.h>

#include "parse/record.h"
#include "util/strbuf.h"

/* A string and its JSON text, kept while it repeats. */
struct json_cache {
	char *text;
	struct strbuf json;
};

struct records_json {
	FILE *out;
	size_t nr_records;
	struct strbuf line;         /* one record's text, reused */
	struct json_cache file, locale, class_name;
};

/* Write the opening line to out. */
void records_json_begin(struct records_json *w, FILE *out);
/* Write one record of a document in locale (NULL when unknown); duplicate
 * marks a code seen before in the same document. */
void records_json_write(struct records_json *w, const struct source_record *rec,
			const char *locale, bool duplicate);
/* Write the closing line and flush, and free what the writer holds;
 * return 0, or -1 if any write failed. */
int records_json_end(struct records_json *w);

#endif
