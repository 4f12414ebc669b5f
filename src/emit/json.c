/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/json.h"

#include <jansson.h>

#include "emit/json_util.h"

static json_t *text_or_null(const struct text_field *f)
{
	return f->text ? json_string_checked(f->text) : json_null();
}

static void add_source(json_t *sources, const char *field, const char *locale,
		       const struct text_field *f)
{
	json_t *s;

	if (!f->text || !f->at.file)
		return;
	s = json_object();
	json_object_set_new(s, "field", json_string(field));
	if (locale)
		json_object_set_new(s, "locale", json_string_checked(locale));
	json_object_set_new(s, "file", json_string_checked(f->at.file->name));
	json_object_set_new(s, "line", json_integer(f->at.line));
	json_array_append_new(sources, s);
}

static json_t *status_json(const struct dataset *ds, const struct status_entry *e)
{
	json_t *obj = json_object(), *aliases = json_array();
	json_t *tr = json_object(), *sources = json_array(), *seen = json_array();
	size_t i;

	json_object_set_new(obj, "code", json_integer(e->code));
	json_object_set_new(obj, "class", json_integer(e->status_class));
	json_object_set_new(obj, "reason", text_or_null(&e->reason));
	for (i = 0; i < e->nr_aliases; i++)
		json_array_append_new(aliases, json_string_checked(e->aliases[i]));
	json_object_set_new(obj, "aliases", aliases);
	json_object_set_new(obj, "description", text_or_null(&e->description));
	add_source(sources, "reason", NULL, &e->reason);
	add_source(sources, "description", NULL, &e->description);
	for (i = 0; i < ds->nr_locales; i++) {
		json_t *t = json_object();

		json_object_set_new(t, "reason", text_or_null(&e->l10n[i].reason));
		json_object_set_new(t, "description", text_or_null(&e->l10n[i].description));
		json_object_set_new(tr, ds->locales[i], t);
		add_source(sources, "reason", ds->locales[i], &e->l10n[i].reason);
		add_source(sources, "description", ds->locales[i], &e->l10n[i].description);
	}
	json_object_set_new(obj, "translations", tr);
	json_object_set_new(obj, "sources", sources);
	for (i = 0; i < e->nr_seen; i++) {
		json_t *s = json_object();

		json_object_set_new(s, "file", json_string_checked(e->seen[i].file->name));
		json_object_set_new(s, "line", json_integer(e->seen[i].line));
		json_array_append_new(seen, s);
	}
	json_object_set_new(obj, "seen_in", seen);
	return obj;
}

static json_t *class_json(const struct dataset *ds, int c)
{
	const struct class_entry *ce = &ds->classes[c];
	json_t *obj = json_object(), *tr = json_object();
	size_t i;

	json_object_set_new(obj, "class", json_integer(c + 1));
	json_object_set_new(obj, "name", text_or_null(&ce->name));
	for (i = 0; i < ds->nr_locales; i++)
		json_object_set_new(tr, ds->locales[i], text_or_null(&ce->l10n[i]));
	json_object_set_new(obj, "translations", tr);
	return obj;
}

int emit_json(const struct dataset *ds, FILE *out)
{
	json_t *root = json_object(), *arr;
	size_t i;
	int c, ret;

	json_object_set_new(root, "generator", json_string(PACKAGE_STRING));
	json_object_set_new(root, "notice",
			    json_string("Generated from the inputs below; do not edit. "
					"This data carries no license of statusgen's."));
	arr = json_array();
	for (i = 0; i < ds->nr_files; i++)
		json_array_append_new(arr, json_string_checked(ds->files[i]->name));
	json_object_set_new(root, "inputs", arr);
	arr = json_array();
	for (i = 0; i < ds->nr_locales; i++)
		json_array_append_new(arr, json_string_checked(ds->locales[i]));
	json_object_set_new(root, "locales", arr);
	arr = json_array();
	for (c = 0; c < NR_CLASSES; c++)
		json_array_append_new(arr, class_json(ds, c));
	json_object_set_new(root, "classes", arr);
	arr = json_array();
	for (i = 0; i < ds->nr_entries; i++)
		json_array_append_new(arr, status_json(ds, &ds->entries[i]));
	json_object_set_new(root, "statuses", arr);
	ret = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (ret < 0 || fputc('\n', out) == EOF)
		return -1;
	return 0;
}
