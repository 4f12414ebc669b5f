/* SPDX-License-Identifier: GPL-3.0-or-later */
/* source_read(), what both readers promise whatever the document: the
 * contract of every record and of the result, checked on every document of
 * the reader corpus (tests/corpus/, whose records and findings
 * tests/corpus.sh checks); the front matter's title and lang, which no
 * record shows; a callback that stops the reading; a missing file. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>

#include <cmocka.h>

#include "helpers.h"
#include "parse/registry.h"
#include "util/xalloc.h"

#define CORPUS SRCDIR "/tests/corpus"

/* ---- every document of the corpus -------------------------------------- */

static struct registry hints;
static unsigned long nr_documents;

/* A field the document does not give is NULL with line 0; one it gives
 * has a line. */
static void check_field(const struct test_read *t, const struct test_record *r,
			const char *name, const char *text, unsigned line)
{
	if (!text == !line)
		return;
	fail_msg("%s: record %d at line %u: %s is %s%s%s at line %u", t->path, r->code,
		 r->line, name, text ? "'" : "", text ? text : "NULL", text ? "'" : "", line);
}

/* The result is -1 exactly when an error was reported; every record has
 * a code in range and a line, and comes in document order. */
static void check_contract(const struct test_read *t)
{
	bool in_order = true;
	unsigned last = 0;
	size_t i;

	if ((t->ret < 0) != (t->diag.count[DIAG_ERROR] > 0))
		fail_msg("%s: source_read returned %d after %u errors:\n%s", t->path, t->ret,
			 t->diag.count[DIAG_ERROR], t->diagnostics);
	for (i = 0; i < t->nr; i++) {
		const struct test_record *r = &t->recs[i];

		if (r->code < 100 || r->code > 599 || !r->line)
			fail_msg("%s: record %d at line %u", t->path, r->code, r->line);
		if (r->line < last)
			in_order = false;
		last = r->line;
		check_field(t, r, "class_name", r->class_name, r->class_line);
		check_field(t, r, "reason", r->reason, r->reason_line);
		check_field(t, r, "l10n_reason", r->l10n_reason, r->l10n_reason_line);
		check_field(t, r, "description", r->description, r->description_line);
	}
	if (!in_order)
		fail_msg("%s: records out of document order", t->path);
}

static int check_document(const char *path, const struct stat *st, int flag,
			  struct FTW *ftw)
{
	struct input_options opt = INPUT_OPTIONS_INIT;
	struct test_read t;

	(void)st;
	(void)ftw;
	if (flag != FTW_F || source_format_of(path) < 0)
		return 0;
	nr_documents++;
	/* As extract and lint read it, and without the registry's hints. */
	opt.registry = &hints;
	test_read_file_with(&t, path, &opt);
	check_contract(&t);
	test_read_release(&t);
	test_read_file(&t, path);
	check_contract(&t);
	test_read_release(&t);
	return 0;
}

static void test_every_corpus_document(void **state)
{
	struct diag d;

	(void)state;
	diag_init(&d, stderr);
	registry_init(&hints);
	assert_int_equal(registry_read_builtin(&hints, &d), 0);
	nr_documents = 0;
	assert_int_equal(nftw(CORPUS, check_document, 16, FTW_PHYS), 0);
	assert_true(nr_documents >= 150);
	registry_release(&hints);
}

/* ---- front matter ------------------------------------------------------ */

/* What the front matter of corpus documents gives, NULL for nothing. */
static void test_front_matter_meta(void **state)
{
	static const struct {
		const char *path, *title, *lang;
	} cases[] = {
		{ "reader-front-matter/front-matter.html", "HTTP 状态码", "zh-CN" },
		{ "reader-front-matter/front-matter.md", "HTTP 状态码", "zh-CN" },
		{ "reader-front-matter/after-bom.html", "Codes", "en" },
		{ "reader-front-matter/after-bom.md", NULL, "zh-CN" },
		{ "reader-front-matter/closed-by-dots.md", NULL, "en" },
		{ "reader-front-matter/not-at-start.html", NULL, NULL },
		{ "reader-front-matter/thematic-break.md", NULL, NULL },
		{ "reader-encodings-en/crlf.md", "T", "en" },
		{ "reader-sections-en/code-headings.md", NULL, NULL },
		{ "reader-sections-en/mdn-code-page.md", "404 Not Found", NULL },
	};
	struct test_read t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *path = xasprintf("%s/%s", CORPUS, cases[i].path);

		test_read_file(&t, path);
		if (!t.nr)
			print_error("%s: no record\n", cases[i].path);
		assert_true(t.nr > 0);
		assert_field(t.meta.title, cases[i].title);
		assert_field(t.meta.lang, cases[i].lang);
		test_read_release(&t);
		free(path);
	}
}

/* ---- the callback ------------------------------------------------------ */

struct stop_after {
	const char *path;
	unsigned seen, stop_at;
	int ret;
};

static int count_and_stop(const struct source_record *rec, void *arg)
{
	struct stop_after *s = arg;

	(void)rec;
	return ++s->seen == s->stop_at ? -1 : 0;
}

static void read_until_stop(struct diag *d, void *arg)
{
	struct stop_after *s = arg;
	struct source_meta meta = { NULL, NULL, NULL, NULL };

	s->ret = source_read(s->path, (enum source_format)source_format_of(s->path), NULL,
			     &meta, d, count_and_stop, s);
	source_meta_release(&meta);
}

/* A callback that asks to stop at the second record gets no record more
 * (each document has three or four), and the read fails without a
 * message of its own. */
static void test_callback_stops(void **state)
{
	static const char *const docs[] = {
		"reader-tables-en/short-rows.md", "reader-sections-en/code-headings.html",
		"reader-sections-en/code-headings.md", "reader-tables-en/rowspan-class.html",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		char *path = xasprintf("%s/%s", CORPUS, docs[i]);
		struct stop_after s = { path, 0, 2, 0 };
		char *out = test_capture_diag(read_until_stop, &s);

		assert_int_equal(s.ret, -1);
		assert_int_equal(s.seen, 2);
		assert_string_equal(out, "");
		free(out);
		free(path);
	}
}

/* ---- files ------------------------------------------------------------- */

static void test_missing_file(void **state)
{
	static const char *const names[] = { "none.html", "none.md" };
	char *dir = test_make_temp_dir();
	struct test_read t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *want = xasprintf("%s: error: cannot open '%s': No such file or directory\n",
				       PACKAGE, path);

		test_read_file(&t, path);
		assert_int_equal(t.ret, -1);
		assert_int_equal(t.nr, 0);
		assert_string_equal(t.diagnostics, want);
		test_read_release(&t);
		free(want);
		free(path);
	}
	test_remove_tree(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_corpus_document),
		cmocka_unit_test(test_front_matter_meta),
		cmocka_unit_test(test_callback_stops),
		cmocka_unit_test(test_missing_file),
	};

	return cmocka_run_group_tests_name("source", tests, NULL, NULL);
}
