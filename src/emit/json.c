/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/json.h"

#include <string.h>

#include <jansson.h>

#include "emit/json_util.h"

static json_t *text_or_null(const struct text_field *f)
{
	return f->text ? json_text(f->text) : json_null();
}

/* Append {"field": ..., "locale": ..., "file": ..., "line": ...} for f,
 * leaving out what is NULL; nothing for a text no document gave. */
static void add_source(json_t *sources, const char *field, const char *locale,
		       const struct text_field *f)
{
	json_t *s;

	if (!f->text || !f->at.file)
		return;
	s = json_object();
	if (field)
		json_object_set_new(s, "field", json_string(field));
	if (locale)
		json_object_set_new(s, "locale", json_text(locale));
	json_object_set_new(s, "file", json_text(f->at.file->name));
	json_object_set_new(s, "line", json_integer(f->at.line));
	json_array_append_new(sources, s);
}

static json_t *status_json(const struct dataset *ds, const struct status_entry *e)
{
	json_t *obj = json_object(), *former = json_array(), *variants = json_array();
	json_t *tr = json_object(), *sources = json_array(), *seen = json_array();
	size_t i;

	json_object_set_new(obj, "code", json_integer(e->code));
	json_object_set_new(obj, "class", json_integer(e->status_class));
	json_object_set_new(obj, "reason", text_or_null(&e->reason));
	for (i = 0; i < e->nr_former_names; i++)
		json_array_append_new(former, json_text(e->former_names[i].text));
	json_object_set_new(obj, "former_names", former);
	for (i = 0; i < e->nr_variants; i++)
		json_array_append_new(variants, json_text(e->variants[i].text));
	json_object_set_new(obj, "variants", variants);
	json_object_set_new(obj, "description", text_or_null(&e->description));
	json_object_set_new(obj, "reference", text_or_null(&e->reference));
	json_object_set_new(obj, "registered", json_boolean(e->registered));
	if (e->vendor)
		json_object_set_new(obj, "vendor", json_text(e->vendor));
	json_object_set_new(obj, "unused", json_boolean(e->flags & REGISTRY_UNUSED));
	json_object_set_new(obj, "obsolete", json_boolean(e->flags & REGISTRY_OBSOLETE));
	json_object_set_new(obj, "temporary", json_boolean(e->flags & REGISTRY_TEMPORARY));
	json_object_set_new(obj, "cacheable", json_boolean(e->flags & REGISTRY_CACHEABLE));
	json_object_set_new(obj, "retry_after", json_boolean(e->flags & REGISTRY_RETRY_AFTER));
	json_object_set_new(obj, "registration_date",
			    e->registered_on ? json_text(e->registered_on) : json_null());
	json_object_set_new(obj, "expires", e->expires ? json_text(e->expires) : json_null());
	json_object_set_new(obj, "expired", json_boolean(e->expired));
	add_source(sources, "reason", NULL, &e->reason);
	add_source(sources, "reference", NULL, &e->reference);
	for (i = 0; i < e->nr_former_names; i++)
		add_source(sources, "former_names", NULL, &e->former_names[i]);
	for (i = 0; i < e->nr_variants; i++)
		add_source(sources, "variants", NULL, &e->variants[i]);
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

		json_object_set_new(s, "file", json_text(e->seen[i].file->name));
		json_object_set_new(s, "line", json_integer(e->seen[i].line));
		json_array_append_new(seen, s);
	}
	json_object_set_new(obj, "seen_in", seen);
	return obj;
}

static json_t *class_json(const struct dataset *ds, int c)
{
	const struct class_entry *ce = &ds->classes[c];
	json_t *obj = json_object(), *tr = json_object(), *sources = json_array();
	size_t i;

	json_object_set_new(obj, "class", json_integer(c + 1));
	json_object_set_new(obj, "name", text_or_null(&ce->name));
	add_source(sources, NULL, NULL, &ce->name);
	for (i = 0; i < ds->nr_locales; i++) {
		json_object_set_new(tr, ds->locales[i], text_or_null(&ce->l10n[i]));
		add_source(sources, NULL, ds->locales[i], &ce->l10n[i]);
	}
	json_object_set_new(obj, "translations", tr);
	json_object_set_new(obj, "sources", sources);
	return obj;
}

/* {"name": "Unused", "translations": {"zh_CN": "未使用"}, "sources": [...]} */
static json_t *unused_label_json(const struct dataset *ds)
{
	const struct class_entry *ul = &ds->unused_label;
	json_t *obj = json_object(), *tr = json_object(), *sources = json_array();
	size_t i;

	json_object_set_new(obj, "name", text_or_null(&ul->name));
	add_source(sources, NULL, NULL, &ul->name);
	for (i = 0; i < ds->nr_locales; i++) {
		json_object_set_new(tr, ds->locales[i], text_or_null(&ul->l10n[i]));
		add_source(sources, NULL, ds->locales[i], &ul->l10n[i]);
	}
	json_object_set_new(obj, "translations", tr);
	json_object_set_new(obj, "sources", sources);
	return obj;
}

/* jansson's text, gathered in a buffer on the stack and written a block
 * at a time: json_dumpf() makes one stdio call per token, json_dumps()
 * copies the whole text twice. */
struct dump_buffer {
	FILE *out;
	size_t len;
	char buf[16384];
};

static int flush_dump(struct dump_buffer *b)
{
	size_t n = b->len;

	b->len = 0;
	return fwrite(b->buf, 1, n, b->out) == n ? 0 : -1;
}

static int to_dump(const char *text, size_t size, void *arg)
{
	struct dump_buffer *b = arg;

	if (b->len + size > sizeof(b->buf) && flush_dump(b) < 0)
		return -1;
	if (size > sizeof(b->buf))
		return fwrite(text, 1, size, b->out) == size ? 0 : -1;
	memcpy(b->buf + b->len, text, size);
	b->len += size;
	return 0;
}

int emit_json(const struct dataset *ds, FILE *out)
{
	json_t *root = json_object(), *arr;
	struct dump_buffer block;
	size_t i;
	int c, ret;

	block.out = out;
	block.len = 0;

	json_object_set_new(root, "$schema", json_string(JSON_SCHEMA_REF));
	json_object_set_new(root, "generator", json_string(PACKAGE_STRING));
	json_object_set_new(root, "notice",
			    json_string("Generated by " PACKAGE_STRING " from the inputs below; "
					"do not edit. You may use, copy, modify and distribute "
					"this file without restriction."));
	arr = json_array();
	if (ds->registry_file.name)
		json_array_append_new(arr, json_text(ds->registry_file.name));
	if (ds->former_file.name)
		json_array_append_new(arr, json_text(ds->former_file.name));
	if (ds->semantics_file.name)
		json_array_append_new(arr, json_text(ds->semantics_file.name));
	if (ds->vendor_file.name)
		json_array_append_new(arr, json_text(ds->vendor_file.name));
	for (i = 0; i < ds->nr_files; i++)
		json_array_append_new(arr, json_text(ds->files[i]->name));
	for (i = 0; i < ds->nr_catalogs; i++)
		json_array_append_new(arr, json_text(ds->catalogs[i].file.name));
	json_object_set_new(root, "inputs", arr);
	json_object_set_new(root, "registry_updated",
			    ds->registry.updated ? json_text(ds->registry.updated) : json_null());
	arr = json_array();
	for (i = 0; i < ds->nr_locales; i++)
		json_array_append_new(arr, json_text(ds->locales[i]));
	json_object_set_new(root, "locales", arr);
	arr = json_array();
	for (c = 0; c < NR_CLASSES; c++)
		json_array_append_new(arr, class_json(ds, c));
	json_object_set_new(root, "classes", arr);
	json_object_set_new(root, "unused_label", unused_label_json(ds));
	arr = json_array();
	for (i = 0; i < ds->nr_entries; i++)
		json_array_append_new(arr, status_json(ds, &ds->entries[i]));
	json_object_set_new(root, "statuses", arr);
	ret = json_dump_callback(root, to_dump, &block, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (ret < 0 || flush_dump(&block) < 0 || fputc('\n', out) == EOF)
		return -1;
	return 0;
}
