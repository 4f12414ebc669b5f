/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/records_json.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "emit/json_util.h"
#include "util/xalloc.h"

/* A record is written as jansson would dump it with JSON_PRESERVE_ORDER
 * and no indentation ({"key": value, ...}), but built by hand: building
 * and dumping a jansson object per record was two thirds of the time on
 * a large table.  Strings are still escaped by jansson, and the ones that
 * repeat from record to record (file, locale, class name) once each. */

void records_json_begin(struct records_json *w, FILE *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	fputs("{\"records\": [\n", out);
}

/* The JSON text of s, escaped once while s stays the same. */
static const char *cached(struct json_cache *c, const char *s)
{
	if (!s)
		return "null";
	if (!c->text || strcmp(c->text, s)) {
		free(c->text);
		c->text = xstrdup(s);
		strbuf_reset(&c->json);
		json_append_text(&c->json, s);
	}
	return strbuf_str(&c->json);
}

static void add_uint(struct strbuf *sb, unsigned long v)
{
	char digits[24];
	size_t n = 0;

	do {
		digits[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		strbuf_addch(sb, digits[--n]);
}

/* Append a literal, its length known at compile time. */
#define ADD_LITERAL(sb, lit) strbuf_add((sb), (lit), sizeof(lit) - 1)

static void add_key(struct strbuf *sb, const char *key, size_t len)
{
	ADD_LITERAL(sb, ", \"");
	strbuf_add(sb, key, len);
	ADD_LITERAL(sb, "\": ");
}

#define ADD_KEY(sb, key) add_key((sb), (key), sizeof(key) - 1)

#define ADD_FIELD(sb, key, text, line) \
	do { \
		if (text) { \
			ADD_KEY(sb, key); \
			json_append_text(sb, text); \
			ADD_KEY(sb, key "_line"); \
			add_uint(sb, line); \
		} \
	} while (0)

void records_json_write(struct records_json *w, const struct source_record *rec,
			const char *locale, bool duplicate)
{
	struct strbuf *sb = &w->line;

	strbuf_reset(sb);
	if (w->nr_records++)
		ADD_LITERAL(sb, ",\n");
	ADD_LITERAL(sb, "{\"file\": ");
	strbuf_addstr(sb, cached(&w->file, rec->path));
	ADD_KEY(sb, "line");
	add_uint(sb, rec->line);
	ADD_KEY(sb, "code");
	add_uint(sb, (unsigned long)rec->code);
	ADD_KEY(sb, "kind");
	switch (rec->origin) {
	case RECORD_TABLE_ROW:
		ADD_LITERAL(sb, "\"table-row\"");
		break;
	case RECORD_LIST_ITEM:
		ADD_LITERAL(sb, "\"list-item\"");
		break;
	case RECORD_DEFINITION:
		ADD_LITERAL(sb, "\"definition\"");
		break;
	case RECORD_PAGE:
		ADD_LITERAL(sb, "\"page\"");
		break;
	default:
		ADD_LITERAL(sb, "\"heading\"");
		break;
	}
	ADD_KEY(sb, "locale");
	strbuf_addstr(sb, cached(&w->locale, locale));
	if (rec->class_name) {
		ADD_KEY(sb, "class_name");
		strbuf_addstr(sb, cached(&w->class_name, rec->class_name));
		ADD_KEY(sb, "class_name_line");
		add_uint(sb, rec->class_line);
	}
	ADD_FIELD(sb, "reason", rec->reason, rec->reason_line);
	ADD_FIELD(sb, "localized_reason", rec->l10n_reason, rec->l10n_reason_line);
	ADD_FIELD(sb, "description", rec->description, rec->description_line);
	if (duplicate)
		ADD_LITERAL(sb, ", \"duplicate\": true");
	strbuf_addch(sb, '}');
	fwrite(sb->buf, 1, sb->len, w->out);
}

static void release_cache(struct json_cache *c)
{
	free(c->text);
	strbuf_release(&c->json);
}

int records_json_end(struct records_json *w)
{
	strbuf_release(&w->line);
	release_cache(&w->file);
	release_cache(&w->locale);
	release_cache(&w->class_name);
	if (w->nr_records)
		fputc('\n', w->out);
	fputs("]}\n", w->out);
	return fflush(w->out) == EOF || ferror(w->out) ? -1 : 0;
}
