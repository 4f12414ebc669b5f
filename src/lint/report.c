/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "lint/report.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "emit/json_util.h"
#include "rules.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The version of the JSON report's layout (data/lint-report.schema.json):
 * raised when a key changes meaning or goes away, not when one is added. */
#define JSON_REPORT_VERSION 1

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

struct lint_report {
	enum lint_format format;
	FILE *out;
	unsigned long nr_findings;
	char **paths;               /* the documents, in order */
	size_t nr_paths, alloc_paths;
	char *json_path_of;         /* the path json_path holds, escaped */
	struct strbuf json_path;
};

int lint_format_of(const char *name)
{
	static const char *const names[] = { "gcc", "json", "sarif", "github" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return (int)i;
	return -1;
}

/* Write j compactly on one line ({"key": value, ...}, keys in the order
 * set), and drop it. */
static void put_json(FILE *out, json_t *j)
{
	json_dumpf(j, out, JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
	json_decref(j);
}

/* ---- URIs (SARIF) ------------------------------------------------------ */

/* path as a URI reference: relative paths as relative references,
 * absolute ones as file: URIs; every byte but unreserved ones and '/'
 * percent-encoded. */
static char *path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct strbuf sb = STRBUF_INIT;
	const unsigned char *p;

	if (path[0] == '/')
		strbuf_addstr(&sb, "file://");
	for (p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
			strbuf_addch(&sb, (char)*p);
		} else {
			strbuf_addch(&sb, '%');
			strbuf_addch(&sb, hex[*p >> 4]);
			strbuf_addch(&sb, hex[*p & 15]);
		}
	}
	return strbuf_detach(&sb);
}

/* ---- the start -------------------------------------------------------- */

static void begin_json(struct lint_report *r)
{
	fprintf(r->out, "{\n  \"version\": %d,\n  \"tool\": {\"name\": \"%s\", \"version\": \"%s\"},\n"
		"  \"findings\": [", JSON_REPORT_VERSION, PACKAGE, VERSION);
}

/* A rule of SARIF's tool.driver.rules. */
static json_t *sarif_rule(enum rule rule)
{
	json_t *d = json_object(), *level = json_object();

	json_object_set_new(d, "id", json_text(rule_name(rule)));
	json_object_set_new(d, "shortDescription", json_pack("{s:o}", "text",
							     json_text(rule_summary(rule))));
	json_object_set_new(d, "fullDescription", json_pack("{s:o}", "text",
							    json_text(rule_help(rule))));
	json_object_set_new(level, "level", json_string(rule_severity_name(rule_severity(rule))));
	json_object_set_new(d, "defaultConfiguration", level);
	if (rule_fix(rule) != RULE_NO_FIX)
		json_object_set_new(d, "properties",
				    json_pack("{s:s}", "fix", rule_fix(rule) == RULE_FIX ?
					      "--fix" : "--fix=RULE"));
	return d;
}

static void begin_sarif(struct lint_report *r)
{
	int rule;

	fprintf(r->out, "{\n  \"$schema\": \"%s\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n"
		"    {\n      \"tool\": {\n        \"driver\": {\n"
		"          \"name\": \"%s\",\n          \"version\": \"%s\",\n"
		"          \"semanticVersion\": \"%s\",\n          \"rules\": [",
		SARIF_SCHEMA, PACKAGE, VERSION, VERSION);
	for (rule = 1; rule < NR_RULES; rule++) {
		fputs(rule > 1 ? ",\n            " : "\n            ", r->out);
		put_json(r->out, sarif_rule((enum rule)rule));
	}
	fputs("\n          ]\n        }\n      },\n"
	      "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [", r->out);
}

struct lint_report *lint_report_new(enum lint_format format, FILE *out)
{
	struct lint_report *r = xcalloc(1, sizeof(*r));

	r->format = format;
	r->out = out;
	if (format == LINT_JSON)
		begin_json(r);
	else if (format == LINT_SARIF)
		begin_sarif(r);
	return r;
}

void lint_report_document(struct lint_report *r, const char *path)
{
	if (r->format != LINT_JSON && r->format != LINT_SARIF)
		return;
	XGROW(r->paths, r->alloc_paths, r->nr_paths + 1);
	r->paths[r->nr_paths++] = xstrdup(path);
}

/* ---- findings --------------------------------------------------------- */

/* path as a JSON string (or null), escaped once for all the findings of
 * a document. */
static const char *json_path(struct lint_report *r, const char *path)
{
	if (!path)
		return "null";
	if (!r->json_path_of || strcmp(r->json_path_of, path)) {
		free(r->json_path_of);
		r->json_path_of = xstrdup(path);
		strbuf_reset(&r->json_path);
		json_append_text(&r->json_path, path);
	}
	return strbuf_str(&r->json_path);
}

/* ", \"key\": " and the number v, or null when v is 0 and zero_is_null. */
static void add_number(struct strbuf *sb, const char *key, unsigned long v, bool zero_is_null)
{
	char text[64];

	if (!v && zero_is_null)
		snprintf(text, sizeof(text), ", \"%s\": null", key);
	else
		snprintf(text, sizeof(text), ", \"%s\": %lu", key, v);
	strbuf_addstr(sb, text);
}

static void add_text(struct strbuf *sb, const char *key, const char *text)
{
	strbuf_addstr(sb, ", \"");
	strbuf_addstr(sb, key);
	strbuf_addstr(sb, "\": ");
	json_append_text(sb, text);
}

/* A finding as the JSON report has it: {"path": ..., "fix": ...} on one
 * line, written here rather than built as jansson objects (a third of
 * the time of a report), its strings escaped by jansson all the same. */
static void put_json_finding(struct lint_report *r, const struct lint_finding *lf)
{
	const struct diag_finding *f = &lf->f;
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, "{\"path\": ");
	strbuf_addstr(&sb, json_path(r, f->path));
	add_number(&sb, "line", f->line, true);
	add_number(&sb, "column", lf->has_fix ? lf->fix.column : 0, true);
	/* Names of [a-z-] only: nothing to escape. */
	strbuf_addstr(&sb, ", \"severity\": \"");
	strbuf_addstr(&sb, rule_severity_name(f->severity));
	strbuf_addstr(&sb, "\", \"rule\": \"");
	strbuf_addstr(&sb, rule_name(f->rule));
	strbuf_addch(&sb, '"');
	add_text(&sb, "message", f->message);
	if (lf->has_fix) {
		char line[48];

		snprintf(line, sizeof(line), ", \"fix\": {\"line\": %u", lf->fix.line);
		strbuf_addstr(&sb, line);
		add_number(&sb, "column", lf->fix.column, false);
		add_number(&sb, "end_column", lf->fix.end_column, false);
		add_number(&sb, "byte_offset", lf->fix.offset, false);
		add_number(&sb, "byte_length", lf->fix.length, false);
		add_text(&sb, "old", f->fix_old);
		add_text(&sb, "new", f->fix_new);
		strbuf_addstr(&sb, rule_fix(f->rule) == RULE_FIX_OPT_IN ? ", \"opt_in\": true}" :
			       ", \"opt_in\": false}");
	} else {
		strbuf_addstr(&sb, ", \"fix\": null");
	}
	strbuf_addch(&sb, '}');
	fwrite(sb.buf, 1, sb.len, r->out);
	strbuf_release(&sb);
}

/* The index of path in r->paths (the document a finding is about was
 * reported before it), or -1. */
static json_int_t path_index(const struct lint_report *r, const char *path)
{
	size_t i;

	for (i = r->nr_paths; i > 0; i--)
		if (!strcmp(r->paths[i - 1], path))
			return (json_int_t)i - 1;
	return -1;
}

static json_t *sarif_artifact_location(const struct lint_report *r, const char *path)
{
	char *uri = path_uri(path);
	json_t *loc = json_pack("{s:o}", "uri", json_text(uri));
	json_int_t index = path_index(r, path);

	if (index >= 0)
		json_object_set_new(loc, "index", json_integer(index));
	free(uri);
	return loc;
}

static json_t *sarif_fixes(const struct lint_report *r, const struct lint_finding *lf)
{
	const struct fix *fx = &lf->fix;
	json_t *region, *replacement, *change, *fix;

	region = json_pack("{s:I,s:I,s:I,s:I,s:I}", "startLine", (json_int_t)fx->line,
			   "startColumn", (json_int_t)fx->column,
			   "endColumn", (json_int_t)fx->end_column,
			   "byteOffset", (json_int_t)fx->offset,
			   "byteLength", (json_int_t)fx->length);
	replacement = json_pack("{s:o,s:{s:o}}", "deletedRegion", region,
				"insertedContent", "text", json_text(lf->f.fix_new));
	change = json_pack("{s:o,s:[o]}", "artifactLocation",
			   sarif_artifact_location(r, lf->f.path), "replacements", replacement);
	fix = json_pack("{s:{s:o},s:[o]}", "description", "text",
			json_text(rule_fix(lf->f.rule) == RULE_FIX ? "statusgen lint --fix" :
				  "statusgen lint --fix=former-name"),
			"artifactChanges", change);
	return json_pack("[o]", fix);
}

static json_t *sarif_result(const struct lint_report *r, const struct lint_finding *lf)
{
	const struct diag_finding *f = &lf->f;
	json_t *j = json_object();

	json_object_set_new(j, "ruleId", json_text(rule_name(f->rule)));
	json_object_set_new(j, "ruleIndex", json_integer(f->rule - 1));
	json_object_set_new(j, "level", json_string(rule_severity_name(f->severity)));
	json_object_set_new(j, "message", json_pack("{s:o}", "text", json_text(f->message)));
	if (f->path) {
		json_t *phys = json_object();

		json_object_set_new(phys, "artifactLocation", sarif_artifact_location(r, f->path));
		if (f->line) {
			json_t *region = json_pack("{s:I}", "startLine", (json_int_t)f->line);

			if (lf->has_fix) {
				json_object_set_new(region, "startColumn",
						    json_integer(lf->fix.column));
				json_object_set_new(region, "endColumn",
						    json_integer(lf->fix.end_column));
			}
			json_object_set_new(phys, "region", region);
		}
		json_object_set_new(j, "locations",
				    json_pack("[{s:o}]", "physicalLocation", phys));
	}
	if (lf->has_fix)
		json_object_set_new(j, "fixes", sarif_fixes(r, lf));
	return j;
}

/* GitHub's escaping of a workflow command's message, and (property) of
 * a property's value. */
static void add_github_escaped(struct strbuf *sb, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			strbuf_addstr(sb, "%25");
		else if (*s == '\r')
			strbuf_addstr(sb, "%0D");
		else if (*s == '\n')
			strbuf_addstr(sb, "%0A");
		else if (property && *s == ':')
			strbuf_addstr(sb, "%3A");
		else if (property && *s == ',')
			strbuf_addstr(sb, "%2C");
		else
			strbuf_addch(sb, *s);
	}
}

static void put_github(FILE *out, const struct lint_finding *lf)
{
	static const char *const commands[] = { "notice", "warning", "error" };
	const struct diag_finding *f = &lf->f;
	struct strbuf sb = STRBUF_INIT;
	char number[48];
	char *title;

	strbuf_addstr(&sb, "::");
	strbuf_addstr(&sb, commands[f->severity]);
	strbuf_addch(&sb, ' ');
	if (f->path) {
		strbuf_addstr(&sb, "file=");
		add_github_escaped(&sb, f->path, true);
		strbuf_addch(&sb, ',');
	}
	if (f->path && f->line) {
		snprintf(number, sizeof(number), "line=%u,", f->line);
		strbuf_addstr(&sb, number);
		if (lf->has_fix) {
			snprintf(number, sizeof(number), "col=%u,endColumn=%u,", lf->fix.column,
				 lf->fix.end_column);
			strbuf_addstr(&sb, number);
		}
	}
	title = xasprintf("%s %s", PACKAGE, rule_name(f->rule));
	strbuf_addstr(&sb, "title=");
	add_github_escaped(&sb, title, true);
	free(title);
	strbuf_addstr(&sb, "::");
	add_github_escaped(&sb, f->message, false);
	strbuf_addch(&sb, '\n');
	fwrite(sb.buf, 1, sb.len, out);
	strbuf_release(&sb);
}

void lint_report_finding(struct lint_report *r, const struct lint_finding *lf)
{
	struct strbuf line = STRBUF_INIT;

	switch (r->format) {
	case LINT_GCC:
		diag_format(&line, &lf->f, true);
		fwrite(line.buf, 1, line.len, r->out);
		strbuf_release(&line);
		break;
	case LINT_JSON:
		fputs(r->nr_findings ? ",\n    " : "\n    ", r->out);
		put_json_finding(r, lf);
		break;
	case LINT_SARIF:
		fputs(r->nr_findings ? ",\n        " : "\n        ", r->out);
		put_json(r->out, sarif_result(r, lf));
		break;
	case LINT_GITHUB:
		put_github(r->out, lf);
		break;
	}
	r->nr_findings++;
}

/* ---- the end ---------------------------------------------------------- */

static void finish_json(struct lint_report *r, const struct lint_summary *s)
{
	size_t i;

	fputs(r->nr_findings ? "\n  ],\n  \"files\": [" : "],\n  \"files\": [", r->out);
	for (i = 0; i < r->nr_paths; i++) {
		fputs(i ? ",\n    " : "\n    ", r->out);
		put_json(r->out, json_text(r->paths[i]));
	}
	fputs(r->nr_paths ? "\n  ],\n  \"summary\": " : "],\n  \"summary\": ", r->out);
	put_json(r->out, json_pack("{s:I,s:I,s:I,s:I,s:b}",
				   "errors", (json_int_t)s->count[DIAG_ERROR],
				   "warnings", (json_int_t)s->count[DIAG_WARNING],
				   "notes", (json_int_t)s->count[DIAG_NOTE],
				   "fixed", (json_int_t)s->fixed,
				   "complete", s->complete));
	fputs("\n}\n", r->out);
}

static void finish_sarif(struct lint_report *r, const struct lint_summary *s)
{
	size_t i;

	fputs(r->nr_findings ? "\n      ],\n      \"artifacts\": [" :
	      "],\n      \"artifacts\": [", r->out);
	for (i = 0; i < r->nr_paths; i++) {
		char *uri = path_uri(r->paths[i]);

		fputs(i ? ",\n        " : "\n        ", r->out);
		put_json(r->out, json_pack("{s:{s:o}}", "location", "uri", json_text(uri)));
		free(uri);
	}
	fputs(r->nr_paths ? "\n      ],\n      \"invocations\": [\n        " :
	      "],\n      \"invocations\": [\n        ", r->out);
	put_json(r->out, json_pack("{s:b}", "executionSuccessful", s->complete));
	fputs("\n      ]\n    }\n  ]\n}\n", r->out);
}

void lint_report_finish(struct lint_report *r, const struct lint_summary *s)
{
	if (r->format == LINT_JSON)
		finish_json(r, s);
	else if (r->format == LINT_SARIF)
		finish_sarif(r, s);
}

void lint_report_free(struct lint_report *r)
{
	if (!r)
		return;
	while (r->nr_paths)
		free(r->paths[--r->nr_paths]);
	free(r->paths);
	free(r->json_path_of);
	strbuf_release(&r->json_path);
	free(r);
}
