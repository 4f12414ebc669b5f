/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry reader, on small registries written here and on the real
 * one in data/registry/. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dataset/dataset.h"
#include "helpers.h"
#include "parse/registry.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define REAL_REGISTRY SRCDIR "/data/registry/http-status-codes.xml"
#define REAL_FORMER SRCDIR "/data/registry/former-names.xml"

/* Read xml as a registry; keep what was printed in *printed (free it). */
static int read_registry_string(struct registry *reg, const char *xml, char **printed,
				char **path_out)
{
	char *dir = test_make_temp_dir(), *path = xasprintf("%s/r.xml", dir);
	size_t size = 0;
	FILE *mem;
	struct diag d;
	int ret;

	*printed = NULL;
	mem = open_memstream(printed, &size);
	assert_non_null(mem);
	test_write_file(path, xml, strlen(xml));
	diag_init(&d, mem);
	registry_init(reg);
	ret = registry_read(reg, path, NULL, &d);
	fclose(mem);
	test_remove_tree(dir);
	free(dir);
	*path_out = path;
	return ret;
}

#define HEAD "<?xml version='1.0' encoding='UTF-8'?>\n" \
	"<registry xmlns=\"http://www.iana.org/assignments\" id=\"http-status-codes\">\n" \
	"<updated>2025-09-15</updated>\n<registry id=\"http-status-codes-1\">\n"
#define TAIL "</registry>\n</registry>\n"

static void test_records_and_flags(void **state)
{
	struct registry reg;
	const struct registry_record *r;
	char *printed, *path;

	(void)state;
	assert_int_equal(read_registry_string(&reg, HEAD
		"<record><value>100</value><description>Continue</description>\n"
		"  <xref type=\"rfc\" data=\"rfc9110\"/>, Section 15.2.1</record>\n"
		"<record><value>104</value><description>Upload Resumption Supported (TEMPORARY - "
		"registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)"
		"</description><xref type=\"draft\" data=\"draft-x-05\"/></record>\n"
		"<record><value>105-199</value><description>Unassigned</description></record>\n"
		"<record><value>306</value><description>(Unused)</description></record>\n"
		"<record><value>510</value><description>Not Extended (OBSOLETED)</description>\n"
		"  <xref type=\"rfc\" data=\"rfc2774\"/>\n"
		"  <xref type=\"uri\" data=\"https://example.org/x\">Status change</xref></record>\n"
		TAIL, &printed, &path), 0);
	assert_string_equal(printed, "");
	assert_string_equal(reg.updated, "2025-09-15");
	assert_int_equal(reg.nr_records, 5);

	r = registry_find(&reg, 100);
	assert_non_null(r);
	assert_string_equal(r->phrase, "Continue");
	assert_string_equal(r->reference, "RFC9110, Section 15.2.1");
	assert_int_equal(r->flags, 0);
	assert_int_equal(r->line, 5);

	r = registry_find(&reg, 104);
	assert_string_equal(r->phrase, "Upload Resumption Supported");
	assert_int_equal(r->flags, REGISTRY_TEMPORARY);
	assert_string_equal(r->registered, "2024-11-13");
	assert_string_equal(r->expires, "2026-11-13");
	assert_string_equal(r->reference, "draft-x-05");

	r = registry_find(&reg, 150);
	assert_int_equal(r->lo, 105);
	assert_int_equal(r->hi, 199);
	assert_int_equal(r->flags, REGISTRY_UNASSIGNED);
	assert_null(r->phrase);
	assert_false(registry_is_registered(&reg, 150));

	r = registry_find(&reg, 306);
	assert_int_equal(r->flags, REGISTRY_UNUSED);
	assert_null(r->phrase);
	assert_true(registry_is_registered(&reg, 306));

	r = registry_find(&reg, 510);
	assert_string_equal(r->phrase, "Not Extended");
	assert_int_equal(r->flags, REGISTRY_OBSOLETE);
	assert_string_equal(r->reference, "RFC2774, Status change <https://example.org/x>");

	assert_null(registry_find(&reg, 404));
	registry_release(&reg);
	free(printed);
	free(path);
}

/* Markers are flags wherever they stand in a description, and leap days
 * are dates. */
static void test_markers_anywhere(void **state)
{
	const struct registry_record *r;
	struct registry reg;
	char *printed, *path;

	(void)state;
	assert_int_equal(read_registry_string(&reg, HEAD
		"<record><value>104</value><description>(TEMPORARY - registered 2024-02-29, "
		"expires 2000-02-29) Upload (Resumption) Supported</description></record>\n"
		"<record><value>510</value><description>(OBSOLETED) Not Extended</description></record>\n"
		"<record><value>511</value><description>Network (OBSOLETED) Authentication "
		"Required</description></record>\n"
		TAIL, &printed, &path), 0);
	assert_string_equal(printed, "");
	r = registry_find(&reg, 104);
	assert_string_equal(r->phrase, "Upload (Resumption) Supported");
	assert_int_equal(r->flags, REGISTRY_TEMPORARY);
	assert_string_equal(r->registered, "2024-02-29");
	assert_string_equal(r->expires, "2000-02-29");
	r = registry_find(&reg, 510);
	assert_string_equal(r->phrase, "Not Extended");
	assert_int_equal(r->flags, REGISTRY_OBSOLETE);
	r = registry_find(&reg, 511);
	assert_string_equal(r->phrase, "Network Authentication Required");
	assert_int_equal(r->flags, REGISTRY_OBSOLETE);
	registry_release(&reg);
	free(printed);
	free(path);
}

/* Each bad registry gives exactly the one expected line (after "PATH:"). */
static void expect_error(const char *xml, const char *want)
{
	struct registry reg;
	char *printed, *path, *full;

	assert_int_equal(read_registry_string(&reg, xml, &printed, &path), -1);
	full = xasprintf("%s:%s\n", path, want);
	assert_string_equal(printed, full);
	registry_release(&reg);
	free(full);
	free(printed);
	free(path);
}

static void test_bad_records(void **state)
{
	(void)state;
	expect_error(HEAD "<record><description>Continue</description></record>\n" TAIL,
		     "5: error: record has no <value>");
	expect_error(HEAD "<record><value>4x4</value><description>X</description></record>\n" TAIL,
		     "5: error: '4x4' is not a status code or a range within 100-599");
	expect_error(HEAD "<record><value>600</value><description>X</description></record>\n" TAIL,
		     "5: error: '600' is not a status code or a range within 100-599");
	expect_error(HEAD "<record><value>404</value></record>\n" TAIL,
		     "5: error: record 404 has no description");
	expect_error(HEAD "<record><value>400-410</value><description>Bad</description></record>\n" TAIL,
		     "5: error: range 400-410 is not 'Unassigned'");
	expect_error(HEAD "<record><value>404</value><description>Not Found</description></record>\n"
		     "<record><value>404</value><description>Lost</description></record>\n" TAIL,
		     "6: error: code 404 is listed twice (also at line 5)");
	expect_error(HEAD "<record><value>400-410</value><description>Unassigned</description></record>\n"
		     "<record><value>404</value><description>Not Found</description></record>\n" TAIL,
		     "6: error: code 404 is listed twice (also at line 5)");
	expect_error("<?xml version='1.0'?>\n<records/>\n",
		     "2: error: not an IANA registry (no <registry> root element)");
	expect_error(HEAD "<record><value>404</value>\n<description>Not Found</record>\n" TAIL,
		     "6: error: malformed XML: Opening and ending tag mismatch: description line 6 and record");
	expect_error(HEAD TAIL, "1: error: registry has no records");
	expect_error(HEAD "<record><value>404</value><value>405</value>"
		     "<description>Not Found</description></record>\n" TAIL,
		     "5: error: record has a second <value>");
	expect_error(HEAD "<record><value>104</value><description>X (TEMPORARY)</description></record>\n" TAIL,
		     "5: error: temporary registration of 104 needs valid 'registered' and 'expires' dates");
	expect_error(HEAD "<record><value>104</value><description>X (TEMPORARY - registered "
		     "2024-13-45, expires 2025-01-01)</description></record>\n" TAIL,
		     "5: error: the registration date of 104, '2024-13-45', is not a calendar date (YYYY-MM-DD)");
	/* Dates are of the calendar: no 30 February, 29 February in leap
	 * years only. */
	expect_error(HEAD "<record><value>104</value><description>X (TEMPORARY - registered "
		     "2024-11-13, expires 2100-02-29)</description></record>\n" TAIL,
		     "5: error: the expiry date of 104, '2100-02-29', is not a calendar date (YYYY-MM-DD)");
	expect_error(HEAD "<record><value>104</value><description>X (TEMPORARY - registered "
		     "2023-02-29, expires 2025-01-01)</description></record>\n" TAIL,
		     "5: error: the registration date of 104, '2023-02-29', is not a calendar date (YYYY-MM-DD)");
	expect_error("<?xml version='1.0'?>\n<registry><updated>2025-04-31</updated>\n<registry>\n"
		     "<record><value>404</value><description>Not Found</description></record>\n" TAIL,
		     "2: error: <updated> '2025-04-31' is not a calendar date (YYYY-MM-DD)");
	/* Entities of an internal DTD can blow a small file up: refused. */
	expect_error("<?xml version='1.0'?>\n<!DOCTYPE registry [<!ENTITY a \"aaaa\">]>\n"
		     "<registry><registry><record><value>404</value><description>&a;</description>"
		     "</record></registry></registry>\n",
		     "2: error: a DOCTYPE is not allowed in a registry");
}

/* A former name is bounded as a phrase is, in characters, not bytes. */
static int read_former_string(struct registry *reg, const char *xml, char **printed)
{
	size_t size = 0;
	FILE *mem;
	struct diag d;
	int ret;

	*printed = NULL;
	mem = open_memstream(printed, &size);
	assert_non_null(mem);
	diag_init(&d, mem);
	ret = registry_read_former_names_memory(reg, "f.xml", xml, strlen(xml), &d);
	fclose(mem);
	return ret;
}

static void test_former_name_length(void **state)
{
	struct strbuf xml = STRBUF_INIT;
	struct registry reg;
	char *printed, *path;
	int i;

	(void)state;
	assert_int_equal(read_registry_string(&reg, HEAD
		"<record><value>404</value><description>Not Found</description></record>\n"
		TAIL, &printed, &path), 0);
	free(printed);
	strbuf_addstr(&xml, "<former-names>\n<name code=\"404\" source=\"RFC 1\">");
	for (i = 0; i < 200; i++)
		strbuf_addstr(&xml, "\xc3\xa9");
	strbuf_addstr(&xml, "</name>\n</former-names>\n");
	assert_int_equal(read_former_string(&reg, strbuf_str(&xml), &printed), 0);
	assert_string_equal(printed, "");
	free(printed);
	strbuf_reset(&xml);
	strbuf_addstr(&xml, "<former-names>\n<name code=\"404\" source=\"RFC 1\">");
	for (i = 0; i < 201; i++)
		strbuf_addstr(&xml, "x");
	strbuf_addstr(&xml, "</name>\n</former-names>\n");
	assert_int_equal(read_former_string(&reg, strbuf_str(&xml), &printed), -1);
	assert_string_equal(printed, "f.xml:2: error: former name of 404 is longer than 200 characters\n");
	free(printed);
	free(path);
	strbuf_release(&xml);
	registry_release(&reg);
}

/* An external entity is never loaded: its file does not reach a phrase. */
static void test_external_entity_not_loaded(void **state)
{
	char *dir = test_make_temp_dir(), *secret = xasprintf("%s/secret.txt", dir);
	char *xml = xasprintf("<?xml version='1.0'?>\n"
			      "<!DOCTYPE registry [<!ENTITY x SYSTEM \"file://%s\">]>\n"
			      "<registry><registry>\n"
			      "<record><value>404</value><description>Not &x; Found</description></record>\n"
			      "</registry></registry>\n", secret);
	struct registry reg;
	char *printed, *path;
	int ret;

	(void)state;
	test_write_file(secret, "TOP-SECRET", 10);
	ret = read_registry_string(&reg, xml, &printed, &path);
	assert_int_equal(ret, -1);
	assert_null(strstr(printed, "TOP-SECRET"));
	assert_non_null(strstr(printed, ":2: error: a DOCTYPE is not allowed in a registry\n"));
	assert_int_equal(reg.nr_records, 0);
	registry_release(&reg);
	test_remove_tree(dir);
	free(dir);
	free(secret);
	free(xml);
	free(printed);
	free(path);
}

/* Entities nested ten deep, ten wide ("billion laughs"): refused, not
 * expanded into gigabytes. */
static void test_entity_expansion_bounded(void **state)
{
	struct strbuf xml = STRBUF_INIT;
	struct registry reg;
	char *printed, *path, *full;
	int i, k;

	(void)state;
	strbuf_addstr(&xml, "<?xml version='1.0'?>\n<!DOCTYPE registry [<!ENTITY l0 \"lol\">");
	for (i = 1; i < 10; i++) {
		char *decl = xasprintf("<!ENTITY l%d \"", i);

		strbuf_addstr(&xml, decl);
		free(decl);
		for (k = 0; k < 10; k++) {
			char *ref = xasprintf("&l%d;", i - 1);

			strbuf_addstr(&xml, ref);
			free(ref);
		}
		strbuf_addstr(&xml, "\">");
	}
	strbuf_addstr(&xml, "]>\n<registry><registry><record><value>404</value>"
		      "<description>&l9;</description></record></registry></registry>\n");
	assert_int_equal(read_registry_string(&reg, xml.buf, &printed, &path), -1);
	/* Refused where the DOCTYPE starts, before an entity is declared. */
	full = xasprintf("%s:2: error: a DOCTYPE is not allowed in a registry\n", path);
	assert_string_equal(printed, full);
	free(full);
	registry_release(&reg);
	strbuf_release(&xml);
	free(printed);
	free(path);
}

static void read_real(struct registry *reg)
{
	struct diag d;

	diag_init(&d, stderr);
	registry_init(reg);
	assert_int_equal(registry_read(reg, REAL_REGISTRY, NULL, &d), 0);
	assert_int_equal(registry_read_former_names(reg, REAL_FORMER, NULL, &d), 0);
	assert_int_equal(d.count[DIAG_ERROR] + d.count[DIAG_WARNING], 0);
}

static void test_real_registry_coverage(void **state)
{
	struct registry reg;
	unsigned assigned = 0, unused = 0, ranges = 0, covered = 0;
	size_t i;
	int code;

	(void)state;
	read_real(&reg);
	for (i = 0; i < reg.nr_records; i++) {
		const struct registry_record *r = &reg.records[i];

		if (r->flags & REGISTRY_UNASSIGNED)
			ranges++;
		else if (r->flags & REGISTRY_UNUSED)
			unused++;
		else
			assigned++;
		covered += (unsigned)(r->hi - r->lo + 1);
	}
	/* The 2025-09-15 registry: 62 assigned codes, 306 and 418 unused. */
	assert_int_equal(assigned, 62);
	assert_int_equal(unused, 2);
	assert_int_equal(ranges, 11);
	/* Every code from 100 to 599 exactly once (overlaps are errors). */
	assert_int_equal(covered, 500);
	for (code = 100; code <= 599; code++)
		assert_non_null(registry_find(&reg, code));
	registry_release(&reg);
}

static void test_real_registry_spot_checks(void **state)
{
	static const struct {
		int code;
		const char *phrase, *reference;
		unsigned flags;
	} want[] = {
		{ 100, "Continue", "RFC9110, Section 15.2.1", 0 },
		{ 102, "Processing", "RFC2518", 0 },
		{ 103, "Early Hints", "RFC8297", 0 },
		{ 104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload-05",
		  REGISTRY_TEMPORARY },
		{ 200, "OK", "RFC9110, Section 15.3.1", 0 },
		{ 207, "Multi-Status", "RFC4918", 0 },
		{ 226, "IM Used", "RFC3229", 0 },
		{ 302, "Found", "RFC9110, Section 15.4.3", 0 },
		{ 306, NULL, "RFC9110, Section 15.4.7", REGISTRY_UNUSED },
		{ 308, "Permanent Redirect", "RFC9110, Section 15.4.9", 0 },
		{ 404, "Not Found", "RFC9110, Section 15.5.5", 0 },
		{ 413, "Content Too Large", "RFC9110, Section 15.5.14", 0 },
		{ 418, NULL, "RFC9110, Section 15.5.19", REGISTRY_UNUSED },
		{ 422, "Unprocessable Content", "RFC9110, Section 15.5.21", 0 },
		{ 429, "Too Many Requests", "RFC6585", 0 },
		{ 451, "Unavailable For Legal Reasons", "RFC7725", 0 },
		{ 500, "Internal Server Error", "RFC9110, Section 15.6.1", 0 },
		{ 505, "HTTP Version Not Supported", "RFC9110, Section 15.6.6", 0 },
		{ 510, "Not Extended", NULL, REGISTRY_OBSOLETE },
		{ 511, "Network Authentication Required", "RFC6585", 0 },
	};
	struct registry reg;
	size_t i;

	(void)state;
	read_real(&reg);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct registry_record *r = registry_find(&reg, want[i].code);

		assert_non_null(r);
		assert_int_equal(r->lo, want[i].code);
		assert_int_equal(r->flags, want[i].flags);
		if (want[i].phrase)
			assert_string_equal(r->phrase, want[i].phrase);
		else
			assert_null(r->phrase);
		if (want[i].reference)
			assert_string_equal(r->reference, want[i].reference);
	}
	assert_string_equal(registry_find(&reg, 104)->expires, "2026-11-13");
	assert_false(registry_is_registered(&reg, 509));
	assert_false(registry_is_registered(&reg, 599));
	registry_release(&reg);
}

static bool has_name(const struct text_field *names, size_t n, const char *phrase)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i].text, phrase))
			return true;
	return false;
}

#define has_former(e, p) has_name((e)->former_names, (e)->nr_former_names, p)
#define has_variant(e, p) has_name((e)->variants, (e)->nr_variants, p)

/* The merged data of the project: former names from the registry's
 * list, kept apart from the variants documents use. */
static void test_dataset_names(void **state)
{
	struct dataset ds;
	struct diag d;
	const struct status_entry *e;
	FILE *devnull = fopen("/dev/null", "w");

	(void)state;
	assert_non_null(devnull);
	diag_init(&d, devnull);
	dataset_init(&ds);
	assert_int_equal(dataset_load(&ds, SRCDIR "/data", &d), 0);
	assert_int_equal(dataset_merge(&ds, &d), 0);
	assert_int_equal(ds.nr_entries, 64);
	e = dataset_find(&ds, 413);
	assert_int_equal(e->nr_former_names, 2);
	assert_string_equal(e->former_names[0].text, "Request Entity Too Large");
	assert_string_equal(e->former_names[1].text, "Payload Too Large");
	assert_int_equal(e->nr_variants, 0);
	e = dataset_find(&ds, 302);
	assert_string_equal(e->reason.text, "Found");
	assert_true(has_former(e, "Moved Temporarily"));
	/* The seed's misspelling is a variant, never a former name. */
	assert_false(has_former(e, "Move Temporarily"));
	assert_true(has_variant(e, "Move Temporarily"));
	assert_string_equal(e->variants[0].at.file->name, "sources/zh_CN/status-codes.md");
	assert_int_equal(e->variants[0].at.line, 61);
	e = dataset_find(&ds, 306);
	assert_null(e->reason.text);
	assert_false(has_variant(e, "Unused"));
	assert_int_equal(e->nr_former_names + e->nr_variants, 0);
	assert_true(has_former(dataset_find(&ds, 418), "I'm a teapot"));
	dataset_release(&ds);
	fclose(devnull);
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* The registry built into the program is data/registry/, read alike. */
static void test_builtin_registry(void **state)
{
	struct registry real;
	struct dataset ds;
	struct diag d;
	size_t i;

	(void)state;
	read_real(&real);
	diag_init(&d, stderr);
	dataset_init(&ds);
	assert_int_equal(dataset_load_builtin_registry(&ds, &d), 0);
	assert_int_equal(d.count[DIAG_ERROR] + d.count[DIAG_WARNING], 0);
	assert_string_equal(ds.registry_file.path, "<built-in registry>");
	assert_string_equal(ds.former_file.path, "<built-in former names>");
	assert_int_equal(ds.registry.nr_records, real.nr_records);
	for (i = 0; i < real.nr_records; i++) {
		const struct registry_record *a = &real.records[i], *b = &ds.registry.records[i];

		assert_int_equal(a->lo, b->lo);
		assert_int_equal(a->hi, b->hi);
		assert_int_equal(a->flags, b->flags);
		assert_int_equal(a->line, b->line);
		assert_true(same_text(a->phrase, b->phrase));
		assert_true(same_text(a->reference, b->reference));
	}
	assert_int_equal(ds.registry.nr_former, real.nr_former);
	for (i = 0; i < real.nr_former; i++) {
		assert_int_equal(real.former[i].code, ds.registry.former[i].code);
		assert_string_equal(real.former[i].phrase, ds.registry.former[i].phrase);
		assert_string_equal(real.former[i].source, ds.registry.former[i].source);
	}
	dataset_release(&ds);
	registry_release(&real);
}

static void read_memory_doctype(struct diag *d, void *arg)
{
	static const char xml[] =
		"<?xml version='1.0'?>\n"
		"<!DOCTYPE registry [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
		"<registry><record><value>200</value><description>&x;</description></record></registry>\n";
	struct registry reg;

	(void)arg;
	registry_init(&reg);
	assert_int_equal(registry_read_memory(&reg, "<mem>", xml, sizeof(xml) - 1, d), -1);
	registry_release(&reg);
}

/* Read from memory, the registry is parsed as safely as from a file. */
static void test_memory_doctype_refused(void **state)
{
	char *text = test_capture_diag(read_memory_doctype, NULL);

	(void)state;
	assert_string_equal(text, "<mem>:2: error: a DOCTYPE is not allowed in a registry\n");
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_records_and_flags),
		cmocka_unit_test(test_bad_records),
		cmocka_unit_test(test_markers_anywhere),
		cmocka_unit_test(test_former_name_length),
		cmocka_unit_test(test_external_entity_not_loaded),
		cmocka_unit_test(test_entity_expansion_bounded),
		cmocka_unit_test(test_real_registry_coverage),
		cmocka_unit_test(test_real_registry_spot_checks),
		cmocka_unit_test(test_dataset_names),
		cmocka_unit_test(test_builtin_registry),
		cmocka_unit_test(test_memory_doctype_refused),
	};

	return cmocka_run_group_tests_name("registry", tests, NULL, NULL);
}
