/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/records_json.h"

#include <jansson.h>

#include "emit/json_util.h"

void records_json_begin(struct records_json *w, FILE *out)
{
	w->out = out;
	w->nr_records = 0;
	fputs("{\"records\": [\n", out);
}

static void set_field(json_t *obj, const char *key, const char *text,
		      const char *line_key, unsigned line)
{
	if (!text)
		return;
	json_object_set_new(obj, key, json_text(text));
	json_object_set_new(obj, line_key, json_integer(line));
}

void records_json_write(struct records_json *w, const struct source_record *rec,
			const char *locale, bool duplicate)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "file", json_text(rec->path));
	json_object_set_new(obj, "line", json_integer(rec->line));
	json_object_set_new(obj, "code", json_integer(rec->code));
	json_object_set_new(obj, "kind", json_string(rec->origin == RECORD_TABLE_ROW ?
						       "table-row" : "heading"));
	json_object_set_new(obj, "locale", locale ? json_text(locale) : json_null());
	set_field(obj, "class_name", rec->class_name, "class_name_line", rec->class_line);
	set_field(obj, "reason", rec->reason, "reason_line", rec->reason_line);
	set_field(obj, "localized_reason", rec->l10n_reason,
		  "localized_reason_line", rec->l10n_reason_line);
	set_field(obj, "description", rec->description,
		  "description_line", rec->description_line);
	if (duplicate)
		json_object_set_new(obj, "duplicate", json_true());
	if (w->nr_records++)
		fputs(",\n", w->out);
	json_dumpf(obj, w->out, JSON_PRESERVE_ORDER);
	json_decref(obj);
}

int records_json_end(struct records_json *w)
{
	if (w->nr_records)
		fputc('\n', w->out);
	fputs("]}\n", w->out);
	return fflush(w->out) == EOF || ferror(w->out) ? -1 : 0;
}
