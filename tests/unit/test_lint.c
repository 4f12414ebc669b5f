/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lint (src/lint/): one document checked against the built-in registry,
 * with no merge; what it prints and returns.  tests/lint.sh and the
 * corpus's .lint files run the same through the command. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "helpers.h"
#include "lint/lint.h"
#include "util/xalloc.h"

/* The built-in registry, and a document written to a temporary
 * directory, linted; its findings with the directory taken out. */
struct fixture {
	char *dir;
	struct registry reg;
	struct input_options input;
	struct diag diag;
	FILE *mem;
	char *text;
	size_t size;
	struct lint_summary summary;    /* of the last lint() */
};

static void begin(struct fixture *f)
{
	static const struct input_options defaults = INPUT_OPTIONS_INIT;

	memset(f, 0, sizeof(*f));
	f->dir = test_make_temp_dir();
	f->mem = open_memstream(&f->text, &f->size);
	assert_non_null(f->mem);
	diag_init(&f->diag, f->mem);
	f->diag.show_rules = true;
	registry_init(&f->reg);
	assert_int_equal(registry_read_builtin(&f->reg, &f->diag), 0);
	f->input = defaults;
	f->input.registry = &f->reg;
}

/* Write DIR/name and lint it as of locale (NULL: its own), reported in
 * the gcc format; return -1 if an error is among the findings (what
 * makes the command's exit status 1), -2 if lint_document() failed (an
 * error of the program's own), else 0; the findings in f->text. */
static int lint(struct fixture *f, const char *locale, const char *name, const char *content)
{
	char *path = xasprintf("%s/%s", f->dir, name);
	char *p, *prefix = xasprintf("%s/", f->dir);
	size_t n = strlen(prefix);
	struct lint lint;
	int ret;

	test_write_file(path, content, strlen(content));
	lint_init(&lint, &f->reg, &f->input, locale);
	lint.report = lint_report_new(LINT_GCC, f->mem);
	ret = lint_document(&lint, path, (enum source_format)source_format_of(name), &f->diag);
	lint_report_finish(lint.report, &lint.summary);
	lint_report_free(lint.report);
	f->summary = lint.summary;
	lint_release(&lint);
	fflush(f->mem);
	while ((p = strstr(f->text, prefix)) != NULL)
		memmove(p, p + n, strlen(p + n) + 1);
	free(prefix);
	free(path);
	if (ret < 0)
		return -2;
	return f->summary.count[DIAG_ERROR] ? -1 : 0;
}

static void end(struct fixture *f)
{
	registry_release(&f->reg);
	fclose(f->mem);
	free(f->text);
	test_remove_tree(f->dir);
	free(f->dir);
}

/* Every check on a code's first listing, and the reader's own findings,
 * sorted by line.  A bad row is an error that fails the document, whose
 * records are checked all the same.  A clean document prints nothing. */
static void test_every_check_in_line_order(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(lint(&f, "en", "page.md",
			      "## Client Error\n"
			      "\n"
			      "| Code | Reason |\n"
			      "|------|--------|\n"
			      "| 499 | Client Closed Request |\n"
			      "| 40x | Something |\n"
			      "| 404 | not found |\n"
			      "| 408 | Request Time-out |\n"
			      "| 413 | Payload Too Larg |\n"
			      "| 418 | I'm a teapot |\n"
			      "| 201 | Created |\n"), -1);
	assert_string_equal(f.text,
			    "page.md:5: note: 499 is not registered; nginx uses it for 'Client Closed Request' [vendor-code]\n"
			    "page.md:6: error: '40x' is not a status code [bad-code]\n"
			    "page.md:7: note: 404 is written 'not found' here; the registry writes it 'Not Found' [case-only]\n"
			    "page.md:8: note: 408 is called 'Request Time-out' here, its former name (RFC 2616); the registry now calls it 'Request Timeout' [former-name]\n"
			    "page.md:9: warning: 413 is called 'Payload Too Larg' here, but is registered as 'Content Too Large' (closest known name: 'Payload Too Large', its former name) [misspelled-phrase]\n"
			    "page.md:10: warning: 418 is unused, but is called 'I'm a teapot' here (its former name, RFC 2324) as if it were in use [unused-code-in-use]\n"
			    "page.md:11: warning: 201 is listed under 'Client Error' (line 1), which names class 4xx here [wrong-class]\n");
	end(&f);

	begin(&f);
	assert_int_equal(lint(&f, NULL, "clean.md", "### 404 Not Found\n\n### 200 OK\n"), 0);
	assert_string_equal(f.text, "");
	end(&f);
}

/* A code listed again is an error, its phrase checked where it stands;
 * the first 20 are shown, then a count, and lint_document() fails. */
static void test_duplicates(void **state)
{
	struct fixture f;
	struct strbuf doc = STRBUF_INIT;
	int i;

	(void)state;
	begin(&f);
	assert_int_equal(lint(&f, NULL, "twice.md",
			      "### 404 Not Found\n\n### 404 Not Fuond\n"), -1);
	assert_string_equal(f.text,
			    "twice.md:3: error: duplicate code 404 (first at line 1) [duplicate-code]\n"
			    "twice.md:3: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]\n");
	end(&f);

	begin(&f);
	for (i = 0; i < 23; i++)
		strbuf_addstr(&doc, "- 500 Internal Server Error\n");
	assert_int_equal(lint(&f, NULL, "many.md", doc.buf), -1);
	assert_non_null(strstr(f.text, "many.md:21: error: duplicate code 500 (first at line 1) [duplicate-code]\n"));
	assert_null(strstr(f.text, "many.md:22:"));
	assert_int_equal(strncmp(f.text, "many.md: error: 2 more duplicate codes not shown [duplicate-code]\n",
				 66), 0);
	/* 20 shown, and the line that counts the others. */
	assert_int_equal(f.diag.count[DIAG_ERROR], 21);
	strbuf_release(&doc);
	end(&f);
}

/* Findings on one line come as the merge gave them: the reader's first,
 * then a repeat's, then by code (not in the order of the row's codes). */
static void test_findings_on_one_line(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(lint(&f, NULL, "row.html",
			      "<table><tr><td>404</td><td>Not Fuond</td></tr>"
			      "<tr><td>301</td><td>Moved Permantly</td></tr>"
			      "<tr><td>404</td><td>not found</td></tr>\n"), -1);
	assert_string_equal(f.text,
			    "row.html:1: error: table is not closed before the end of the document [table-not-closed]\n"
			    "row.html:1: error: duplicate code 404 (first at line 1) [duplicate-code]\n"
			    "row.html:1: note: 404 is written 'not found' here; the registry writes it 'Not Found' [case-only]\n"
			    "row.html:1: warning: 301 is called 'Moved Permantly' here, but is registered as 'Moved Permanently' [misspelled-phrase]\n"
			    "row.html:1: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]\n");
	end(&f);
}

static const char unused_names[] =
	"---\n"
	"lang: ja\n"
	"---\n"
	"## 客户端错误\n"
	"\n"
	"| 代码 | 名称 |\n"
	"|---|---|\n"
	"| 306 | 未使用 |\n"
	"| 418 | 其他 |\n"
	"| 404 | 未找到 |\n"
	"\n"
	"## 请求错误\n"
	"\n"
	"| 代码 | 名称 |\n"
	"|---|---|\n"
	"| 401 | 未授权 |\n"
	"| 503 | 服务不可用 |\n";

/* Codes the registry marks unused are all called by one name in a
 * language other than English; one class has one name; the front
 * matter's lang, when the document is read as another locale. */
static void test_names_in_a_language(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(lint(&f, "zh_CN", "codes.md", unused_names), 0);
	assert_string_equal(f.text,
			    "codes.md:1: warning: front matter gives lang 'ja' but the document is read as 'zh_CN' [lang-mismatch]\n"
			    "codes.md:8: warning: 306 is listed under '客户端错误' (line 4), which names class 4xx here [wrong-class]\n"
			    "codes.md:9: warning: 418 is unused, and unused codes are called '其他' here but '未使用' in codes.md:8 [unused-code-label]\n"
			    "codes.md:12: warning: class 4xx is called '请求错误' here but '客户端错误' in codes.md:4 [class-name-mismatch]\n"
			    "codes.md:17: warning: 503 is listed under '请求错误' (line 12), which names class 4xx here [wrong-class]\n");
	end(&f);

	/* Read as its front matter says: no lang warning. */
	begin(&f);
	assert_int_equal(lint(&f, NULL, "codes.md", unused_names), 0);
	assert_null(strstr(f.text, "front matter"));
	assert_non_null(strstr(f.text, "codes.md:9: warning: 418 is unused, and unused codes"));
	end(&f);

	/* Read as English, it gives no localized names to compare. */
	begin(&f);
	assert_int_equal(lint(&f, "en", "codes.md", unused_names), 0);
	assert_null(strstr(f.text, "unused codes are called"));
	end(&f);
}

/* With a cap per kind, as the command sets it, the findings of the lowest
 * lines are the ones shown, though the checks come after the reading. */
static void test_cap_keeps_lowest_lines(void **state)
{
	struct fixture f;
	struct strbuf doc = STRBUF_INIT;
	int i;

	(void)state;
	begin(&f);
	f.diag.kind_limit = 2;
	for (i = 0; i < 3; i++)
		strbuf_addstr(&doc, "- 404 Not Fuond\n");
	strbuf_addstr(&doc, "- 410 Gonee\n");
	assert_int_equal(lint(&f, NULL, "cap.md", doc.buf), -1);
	assert_string_equal(f.text,
			    "cap.md:1: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]\n"
			    "cap.md:2: error: duplicate code 404 (first at line 1) [duplicate-code]\n"
			    "cap.md:2: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]\n"
			    "cap.md:3: error: duplicate code 404 (first at line 1) [duplicate-code]\n"
			    "cap.md:3: warning: 2 more findings like the one at line 2 not shown [misspelled-phrase]\n");
	strbuf_release(&doc);
	end(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_check_in_line_order),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_findings_on_one_line),
		cmocka_unit_test(test_names_in_a_language),
		cmocka_unit_test(test_cap_keeps_lowest_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
