/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The merge rules of doc/data.md, one test each. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "dataset/dataset.h"
#include "helpers.h"
#include "util/xalloc.h"

/* A data directory built file by file, merged, and what it printed. */
struct fixture {
	char *dir;
	struct dataset ds;
	struct diag diag;
	FILE *mem;
	char *text;
	size_t size;
	int ret;
};

static void begin(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	f->dir = test_make_temp_dir();
	dataset_init(&f->ds);
	f->mem = open_memstream(&f->text, &f->size);
	assert_non_null(f->mem);
	diag_init(&f->diag, f->mem);
}

/* Write DIR/sources/LOCALE/NAME and read it into the dataset. */
static int add(struct fixture *f, const char *locale, const char *name,
	       const char *content)
{
	char *sub = xasprintf("%s/sources/%s", f->dir, locale);
	char *cmd = xasprintf("mkdir -p '%s'", sub);
	char *path = xasprintf("%s/%s", sub, name);
	char *rel = xasprintf("sources/%s/%s", locale, name);
	int ret;

	assert_int_equal(system(cmd), 0);
	test_write_file(path, content, strlen(content));
	ret = dataset_add_file(&f->ds, path, rel, locale,
			       (enum source_format)source_format_of(name), &f->diag);
	free(sub);
	free(cmd);
	free(path);
	free(rel);
	return ret;
}

/* Merge, and return the diagnostics with DIR/ removed from paths. */
static const char *merge(struct fixture *f)
{
	char *p, *prefix = xasprintf("%s/", f->dir);
	size_t n = strlen(prefix);

	f->ret = dataset_merge(&f->ds, &f->diag);
	fflush(f->mem);
	while ((p = strstr(f->text, prefix)) != NULL)
		memmove(p, p + n, strlen(p + n) + 1);
	free(prefix);
	return f->text;
}

static void end(struct fixture *f)
{
	dataset_release(&f->ds);
	fclose(f->mem);
	free(f->text);
	test_remove_tree(f->dir);
	free(f->dir);
}

static const char table_302[] =
	"<table>\n"
	"<tr><th>状态</th><th>状态码</th><th>状态值</th><th>状态描述</th></tr>\n"
	"<tr><td>重定向</td><td>302</td><td>Found</td><td>找到</td></tr>\n"
	"<tr><td>客户端错误</td><td>404</td><td>Not Found</td><td>没有找到</td></tr>\n"
	"</table>\n";

static const char sections_302[] =
	"## 重定向\n"
	"\n"
	"### 302 Move Temporarily\n"
	"\n"
	"请求的资源临时从不同的 URI 响应请求。\n"
	"\n"
	"## 请求错误\n"
	"\n"
	"### 404 Not Found\n"
	"\n"
	"请求失败\n";

static void test_table_names_heading_describes(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	assert_int_equal(add(&f, "zh_CN", "a.md", sections_302), 0);
	assert_int_equal(add(&f, "zh_CN", "b.html", table_302), 0);
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.md:3: warning: 302 is called 'Move Temporarily' here but 'Found' in sources/zh_CN/b.html:3\n"
		"sources/zh_CN/a.md:7: warning: class 4xx is called '请求错误' here but '客户端错误' in sources/zh_CN/b.html:4\n");
	assert_int_equal(f.ret, 0);
	assert_int_equal(f.ds.nr_entries, 2);
	e = dataset_find(&f.ds, 302);
	assert_non_null(e);
	/* The table row names the code, though its file sorts second... */
	assert_string_equal(e->reason.text, "Found");
	assert_string_equal(e->reason.at.file->name, "sources/zh_CN/b.html");
	assert_int_equal(e->reason.at.line, 3);
	/* ...and the other name is kept as a variant (there is no
	 * registry, so no former name). */
	assert_int_equal(e->nr_former_names, 0);
	assert_int_equal(e->nr_variants, 1);
	assert_string_equal(e->variants[0].text, "Move Temporarily");
	assert_int_equal(e->variants[0].at.line, 3);
	assert_string_equal(e->l10n[0].reason.text, "找到");
	/* The heading section describes it. */
	assert_string_equal(e->l10n[0].description.text, "请求的资源临时从不同的 URI 响应请求。");
	assert_string_equal(e->l10n[0].description.at.file->name, "sources/zh_CN/a.md");
	assert_int_equal(e->l10n[0].description.at.line, 5);
	assert_string_equal(f.ds.classes[3].l10n[0].text, "客户端错误");
	assert_string_equal(f.ds.classes[2].l10n[0].text, "重定向");
	assert_string_equal(f.ds.classes[3].name.text, "Client Error");
	end(&f);
}

static void test_first_file_wins_between_equals(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.html", "<table><tr><td>404</td><td>Not Found</td><td>没有找到</td></tr></table>\n");
	add(&f, "zh_CN", "b.html", "<table><tr><td>404</td><td>Not Found</td><td>未找到</td></tr></table>\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/b.html:1: warning: 404 is translated '未找到' here but '没有找到' in sources/zh_CN/a.html:1\n");
	assert_string_equal(dataset_find(&f.ds, 404)->l10n[0].reason.text, "没有找到");
	assert_int_equal(dataset_find(&f.ds, 404)->nr_variants, 0);
	end(&f);
}

/* Variants are sorted, whatever order the documents come in. */
static void test_variants_sorted(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.html", "<table><tr><td>404</td><td>Not Found</td></tr></table>\n");
	add(&f, "zh_CN", "b.html", "<table><tr><td>404</td><td>Zot</td></tr></table>\n");
	add(&f, "zh_CN", "c.html", "<table><tr><td>404</td><td>Lost</td></tr></table>\n");
	merge(&f);
	e = dataset_find(&f.ds, 404);
	assert_string_equal(e->reason.text, "Not Found");
	assert_int_equal(e->nr_variants, 2);
	assert_string_equal(e->variants[0].text, "Lost");
	assert_string_equal(e->variants[0].at.file->name, "sources/zh_CN/c.html");
	assert_string_equal(e->variants[1].text, "Zot");
	end(&f);
}

static void test_description_disagreement(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.md", "### 404 Not Found\n\n请求失败\n");
	add(&f, "zh_CN", "b.md", "### 404 Not Found\n\n找不到\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/b.md:3: warning: 404 is described differently here and in sources/zh_CN/a.md:3\n");
	assert_string_equal(dataset_find(&f.ds, 404)->l10n[0].description.text, "请求失败");
	end(&f);
}

static void test_duplicate_code_is_an_error(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.html",
	    "<table>\n<tr><td>404</td><td>Not Found</td></tr>\n"
	    "<tr><td>404</td><td>Gone</td></tr>\n<tr><td>404</td><td>Lost</td></tr>\n</table>\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.html:3: error: duplicate code 404 (first at line 2)\n"
		"sources/zh_CN/a.html:4: error: duplicate code 404 (first at line 2)\n");
	assert_int_equal(f.ret, -1);
	/* The first sighting is kept; the repeats are neither names nor variants. */
	assert_string_equal(dataset_find(&f.ds, 404)->reason.text, "Not Found");
	assert_int_equal(dataset_find(&f.ds, 404)->nr_variants, 0);
	end(&f);
}

static void test_coverage_notes(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.md", "### 100 Continue\n\n继续\n\n### 404 Not Found\n\n没有\n");
	add(&f, "zh_CN", "b.html", "<table><tr><td>404</td><td>Not Found</td></tr>\n<tr><td>507</td><td>Insufficient Storage</td></tr></table>\n");
	add(&f, "de", "c.md", "### 418 Teapot\n\nTeekanne\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.md:1: note: 100 is not in sources/zh_CN/b.html\n"
		"sources/zh_CN/b.html:2: note: 507 is not in sources/zh_CN/a.md\n");
	assert_int_equal(f.ret, 0);
	assert_int_equal(f.ds.nr_locales, 2);
	assert_string_equal(f.ds.locales[0], "de");
	assert_string_equal(f.ds.locales[1], "zh_CN");
	end(&f);
}

static void test_misplaced_code(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.md",
	    "## 成功\n\n### 200 OK\n\n好\n\n### 201 Created\n\n建\n\n### 404 Not Found\n\n无\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.md:11: warning: 404 is listed under '成功' (line 1), which names class 2xx here\n");
	assert_string_equal(f.ds.classes[1].l10n[0].text, "成功");
	assert_null(f.ds.classes[3].l10n[0].text);
	end(&f);
}

static void test_english_document(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	add(&f, "en", "http-status.md",
	    "---\nlang: en\n---\n## Client Error\n\n### 404 Not Found\n\nNothing is here.\n");
	add(&f, "zh_CN", "a.md", "---\nlang: zh_CN\n---\n### 404 Not Found\n\n没有\n");
	assert_string_equal(merge(&f), "");
	assert_string_equal(f.text, "");
	e = dataset_find(&f.ds, 404);
	assert_string_equal(e->description.text, "Nothing is here.");
	assert_string_equal(e->l10n[0].description.text, "没有");
	assert_int_equal(f.ds.nr_locales, 1);
	assert_string_equal(f.ds.classes[3].name.text, "Client Error");
	end(&f);
}

static void test_lang_mismatch_warns(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "a.md", "---\nlang: zh_TW\n---\n### 404 Not Found\n\n没有\n");
	fflush(f.mem);
	assert_non_null(strstr(f.text,
		"/sources/zh_CN/a.md:1: warning: front matter gives lang 'zh_TW' but the document is read as 'zh_CN'\n"));
	end(&f);
}

static void test_failed_document_takes_no_part(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(add(&f, "zh_CN", "a.html",
			     "<table><tr><td>404</td><td>Not Found</td></tr>\n<tr><td>4x4</td><td>Bad</td></tr></table>\n"), -1);
	assert_int_equal(add(&f, "zh_CN", "b.html",
			     "<table><tr><td>500</td><td>Internal Server Error</td></tr></table>\n"), 0);
	merge(&f);
	assert_null(dataset_find(&f.ds, 404));
	assert_non_null(dataset_find(&f.ds, 500));
	assert_null(strstr(f.text, "is not in"));
	end(&f);
}

static void test_load_directory(void **state)
{
	struct fixture f;
	char *other;

	(void)state;
	begin(&f);
	add(&f, "zh_CN", "b.html", table_302);
	add(&f, "zh_CN", "a.md", sections_302);
	dataset_release(&f.ds);
	dataset_init(&f.ds);
	other = xasprintf("%s/sources/not-a-locale", f.dir);
	assert_int_equal(mkdir(other, 0777), 0);
	free(other);
	other = xasprintf("%s/sources/zh_CN/notes.txt", f.dir);
	test_write_file(other, "x", 1);
	free(other);
	assert_int_equal(dataset_load(&f.ds, f.dir, &f.diag), 0);
	merge(&f);
	/* Files are read in sorted order, whatever order they were made in. */
	assert_string_equal(f.ds.files[0]->name, "sources/zh_CN/a.md");
	assert_string_equal(f.ds.files[1]->name, "sources/zh_CN/b.html");
	assert_non_null(strstr(f.text, "sources/not-a-locale: warning: ignored: 'not-a-locale' is not a locale name like 'zh_CN'\n"));
	assert_non_null(strstr(f.text, "sources/zh_CN/notes.txt: warning: ignored: not an .html or .md document\n"));
	end(&f);
}

static void test_load_missing_directory(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(dataset_load(&f.ds, "/nonexistent", &f.diag), -1);
	fflush(f.mem);
	assert_string_equal(f.text,
		"statusgen: error: cannot open '/nonexistent/sources': No such file or directory\n");
	end(&f);
}

static const char small_registry[] =
	"<?xml version='1.0'?>\n<registry><registry>\n"
	"<record><value>104</value><description>Upload Resumption Supported (TEMPORARY - "
	"registered 2024-11-13, expires 2026-11-13)</description></record>\n"
	"<record><value>302</value><description>Found</description></record>\n"
	"<record><value>306</value><description>(Unused)</description></record>\n"
	"<record><value>404</value><description>Not Found</description></record>\n"
	"<record><value>413</value><description>Content Too Large</description></record>\n"
	"<record><value>420-499</value><description>Unassigned</description></record>\n"
	"</registry></registry>\n";

static const char small_former[] =
	"<former-names>\n"
	"<name code=\"302\" source=\"RFC 1945\">Moved Temporarily</name>\n"
	"<name code=\"413\" source=\"RFC 2616\">Request Entity Too Large</name>\n"
	"</former-names>\n";

/* Write DIR/registry/ (registry, and small_former) and read it into the
 * fixture's dataset. */
static void add_registry_text(struct fixture *f, const char *registry)
{
	char *cmd = xasprintf("mkdir -p '%s/registry'", f->dir);
	char *path = xasprintf("%s/registry/http-status-codes.xml", f->dir);

	assert_int_equal(system(cmd), 0);
	test_write_file(path, registry, strlen(registry));
	free(path);
	path = xasprintf("%s/registry/former-names.xml", f->dir);
	test_write_file(path, small_former, strlen(small_former));
	assert_int_equal(dataset_load_registry(&f->ds, f->dir, &f->diag), 0);
	free(path);
	free(cmd);
}

static void add_registry(struct fixture *f)
{
	add_registry_text(f, small_registry);
}

/* An unused code has no phrase in any language: what a document gives
 * it as a localized name is the label of every unused code. */
static void test_unused_label(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	add_registry_text(&f, "<?xml version='1.0'?>\n<registry><registry>\n"
			  "<record><value>302</value><description>Found</description></record>\n"
			  "<record><value>306</value><description>(Unused)</description></record>\n"
			  "<record><value>404</value><description>Not Found</description></record>\n"
			  "<record><value>413</value><description>Content Too Large</description></record>\n"
			  "<record><value>418</value><description>(Unused)</description></record>\n"
			  "</registry></registry>\n");
	add(&f, "zh_CN", "a.html",
	    "<table>\n<tr><td>306</td><td>Unused</td><td>未使用</td></tr>\n"
	    "<tr><td>404</td><td>Not Found</td><td>没有找到</td></tr>\n</table>\n");
	add(&f, "zh_CN", "b.html",
	    "<table>\n<tr><td>418</td><td>(Unused)</td><td>保留</td></tr>\n</table>\n");
	add(&f, "zh_CN", "c.html",
	    "<table>\n<tr><td>418</td><td>Teapot</td><td>茶壶</td></tr>\n</table>\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.html:2: note: 306 is not in sources/zh_CN/b.html\n"
		"sources/zh_CN/a.html:2: note: 306 is not in sources/zh_CN/c.html\n"
		"sources/zh_CN/a.html:3: note: 404 is not in sources/zh_CN/b.html\n"
		"sources/zh_CN/a.html:3: note: 404 is not in sources/zh_CN/c.html\n"
		"sources/zh_CN/b.html:2: note: 418 is not in sources/zh_CN/a.html\n"
		/* 茶壶 names a teapot, not an unused code: it is no label. */
		"sources/zh_CN/c.html:2: warning: 418 is unused, but is called 'Teapot' here as if it were in use\n"
		"sources/zh_CN/b.html:2: warning: 418 is unused, and unused codes are called '保留' here but '未使用' in sources/zh_CN/a.html:2\n");
	assert_int_equal(f.ret, 0);
	assert_string_equal(f.ds.unused_label.name.text, "Unused");
	assert_string_equal(f.ds.unused_label.name.at.file->name, "registry/http-status-codes.xml");
	assert_string_equal(f.ds.unused_label.l10n[0].text, "未使用");
	assert_string_equal(f.ds.unused_label.l10n[0].at.file->name, "sources/zh_CN/a.html");
	e = dataset_find(&f.ds, 306);
	assert_null(e->reason.text);
	assert_null(e->l10n[0].reason.text);
	assert_null(dataset_find(&f.ds, 418)->l10n[0].reason.text);
	assert_string_equal(dataset_find(&f.ds, 404)->l10n[0].reason.text, "没有找到");
	assert_true(dataset_has_unused(&f.ds));
	end(&f);
}

static void test_registry_decides_names(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	add_registry(&f);
	add(&f, "zh_CN", "a.html",
	    "<table>\n<tr><td>302</td><td>Move Temporarily</td></tr>\n"
	    "<tr><td>413</td><td>Request Entity Too Large</td></tr>\n"
	    "<tr><td>404</td><td>Not Fuond</td></tr>\n"
	    "<tr><td>306</td><td>Unused</td></tr>\n</table>\n");
	assert_string_equal(merge(&f),
		"sources/zh_CN/a.html:2: warning: 302 is called 'Move Temporarily' here, but is registered as 'Found' (closest known name: 'Moved Temporarily', its former name)\n"
		"sources/zh_CN/a.html:4: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found'\n"
		"sources/zh_CN/a.html:3: note: 413 is called 'Request Entity Too Large' here, its former name (RFC 2616); the registry now calls it 'Content Too Large'\n");
	assert_int_equal(f.ret, 0);
	/* Every registered code is an entry, listed by a document or not. */
	assert_int_equal(f.ds.nr_entries, 5);
	e = dataset_find(&f.ds, 302);
	assert_string_equal(e->reason.text, "Found");
	assert_string_equal(e->reason.at.file->name, "registry/http-status-codes.xml");
	assert_int_equal(e->reason.at.line, 4);
	/* The registry's former name and the document's variant, apart. */
	assert_int_equal(e->nr_former_names, 1);
	assert_string_equal(e->former_names[0].text, "Moved Temporarily");
	assert_string_equal(e->former_names[0].at.file->name, "registry/former-names.xml");
	assert_int_equal(e->nr_variants, 1);
	assert_string_equal(e->variants[0].text, "Move Temporarily");
	assert_string_equal(e->variants[0].at.file->name, "sources/zh_CN/a.html");
	/* A former name a document uses is no variant. */
	e = dataset_find(&f.ds, 413);
	assert_int_equal(e->nr_variants, 0);
	e = dataset_find(&f.ds, 306);
	assert_true(e->registered);
	assert_int_equal(e->flags, REGISTRY_UNUSED);
	assert_null(e->reason.text);
	assert_int_equal(e->nr_former_names + e->nr_variants, 0);
	assert_non_null(dataset_find(&f.ds, 104));
	end(&f);
}

static void test_unused_code_presented_as_live(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add_registry(&f);
	add(&f, "en", "a.md", "### 306 Switch Proxy\n\nGone.\n");
	assert_string_equal(merge(&f),
		"sources/en/a.md:1: warning: 306 is unused, but is called 'Switch Proxy' here as if it were in use\n");
	end(&f);
}

static void test_unregistered_codes(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add_registry(&f);
	add(&f, "en", "a.md", "### 404 Not Found\n\n### 499 Client Closed Request\n\n### 599 Network Timeout\n");
	assert_string_equal(merge(&f),
		"sources/en/a.md:3: warning: 499 is not a registered status code; left out (--allow-unregistered keeps it)\n"
		"sources/en/a.md:5: warning: 599 is not a registered status code; left out (--allow-unregistered keeps it)\n");
	assert_null(dataset_find(&f.ds, 499));
	assert_null(dataset_find(&f.ds, 599));
	end(&f);

	begin(&f);
	f.ds.allow_unregistered = true;
	add_registry(&f);
	add(&f, "en", "a.md", "### 499 Client Closed Request\n");
	assert_string_equal(merge(&f),
		"sources/en/a.md:1: note: 499 is not a registered status code; kept\n");
	assert_string_equal(dataset_find(&f.ds, 499)->reason.text, "Client Closed Request");
	assert_false(dataset_find(&f.ds, 499)->registered);
	end(&f);
}

static void test_temporary_registration_expiry(void **state)
{
	struct fixture f;
	const struct status_entry *e;

	(void)state;
	begin(&f);
	f.ds.today = "2026-11-13";
	add_registry(&f);
	add(&f, "en", "a.md", "### 404 Not Found\n");
	assert_string_equal(merge(&f), "");
	e = dataset_find(&f.ds, 104);
	assert_int_equal(e->flags, REGISTRY_TEMPORARY);
	assert_string_equal(e->expires, "2026-11-13");
	assert_string_equal(e->registered_on, "2024-11-13");
	assert_false(e->expired);
	end(&f);

	begin(&f);
	f.ds.today = "2026-11-14";
	add_registry(&f);
	add(&f, "en", "a.md", "### 404 Not Found\n");
	assert_string_equal(merge(&f),
		"registry/http-status-codes.xml:3: warning: 104's temporary registration expired on 2026-11-13\n");
	assert_true(dataset_find(&f.ds, 104)->expired);
	end(&f);
}

static void test_duplicate_unregistered_is_an_error(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	add_registry(&f);
	add(&f, "en", "a.md", "### 299 Odd\n\n### 299 Odd\n");
	assert_string_equal(merge(&f),
		"sources/en/a.md:3: error: duplicate code 299 (first at line 1)\n"
		"sources/en/a.md:1: warning: 299 is not a registered status code; left out (--allow-unregistered keeps it)\n");
	assert_int_equal(f.ret, -1);
	end(&f);
}

static void test_broken_registry_is_not_used(void **state)
{
	struct fixture f;
	char *path;

	(void)state;
	begin(&f);
	add_registry(&f);
	dataset_release(&f.ds);
	dataset_init(&f.ds);
	path = xasprintf("%s/registry/former-names.xml", f.dir);
	test_write_file(path, "<former-names><name code=\"302\">Moved</name></former-names>\n",
			strlen("<former-names><name code=\"302\">Moved</name></former-names>\n"));
	assert_int_equal(dataset_load_registry(&f.ds, f.dir, &f.diag), -1);
	assert_int_equal(f.ds.registry.nr_records, 0);
	fflush(f.mem);
	assert_non_null(strstr(f.text, "former-names.xml:1: error: a former name needs a text and a 'source'\n"));
	free(path);
	end(&f);
}

static void test_missing_registry_warns(void **state)
{
	struct fixture f;

	(void)state;
	begin(&f);
	assert_int_equal(dataset_load_registry(&f.ds, f.dir, &f.diag), 0);
	assert_string_equal(merge(&f),
		"statusgen: warning: no registry at 'registry/http-status-codes.xml': codes and phrases are not checked\n");
	end(&f);
}

/* ---- catalogs and the source language ------------------------------ */

static const char small_catalog[] =
	"msgid \"\"\n"
	"msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	"\n"
	"msgctxt \"status 404 reason\"\n"
	"msgid \"Not Found\"\n"
	"msgstr \"Page Not Found\"\n";

/* Write DIR/po/LINGUAS (len bytes of linguas) and DIR/po/LL.po, a small
 * catalog, for each of the locales (NULL-terminated); return DIR/po. */
static char *po_dir(struct fixture *f, const char *linguas, size_t len,
		    const char *const *locales)
{
	char *dir = xasprintf("%s/po", f->dir);
	char *path = xasprintf("%s/LINGUAS", dir);

	assert_int_equal(mkdir(dir, 0777), 0);
	test_write_file(path, linguas, len);
	for (; *locales; locales++) {
		free(path);
		path = xasprintf("%s/%s.po", dir, *locales);
		test_write_file(path, small_catalog, strlen(small_catalog));
	}
	free(path);
	return dir;
}

#define SOURCE_REASON "'en' is the source language; its text comes from the registry and " \
	"data/sources/en, not from a catalog (a regional English is a locale such as 'en_GB')"

/* An 'en' catalog is refused at its LINGUAS line and never read: English
 * has no l10n[] slot (dataset_locale_index() gives -1 for it), and its
 * text comes from the registry.  A regional English is read as any
 * language is. */
static void test_source_language_catalog_refused(void **state)
{
	static const char *const locales[] = { "en", "en_GB", NULL };
	static const char linguas[] = "en_GB\nen\n";
	struct fixture f;
	char *dir;

	(void)state;
	begin(&f);
	add_registry(&f);
	dir = po_dir(&f, linguas, strlen(linguas), locales);
	assert_int_equal(dataset_load_catalogs(&f.ds, dir, &f.diag), -1);
	assert_int_equal(f.ds.nr_catalogs, 1);
	assert_string_equal(f.ds.catalogs[0].file.locale, "en_GB");
	assert_string_equal(merge(&f),
		"po/LINGUAS:2: error: " SOURCE_REASON "\n"
		"po/en_GB.po: note: 1 translated, 0 fuzzy, 14 untranslated messages\n");
	assert_int_equal(f.ret, 0);
	assert_int_equal(f.ds.nr_locales, 1);
	assert_string_equal(dataset_find(&f.ds, 404)->reason.text, "Not Found");
	assert_string_equal(dataset_find(&f.ds, 404)->l10n[0].reason.text, "Page Not Found");
	free(dir);
	end(&f);
}

/* A catalog whose locale is none of the dataset's (only the source
 * language's can be, if a caller adds one as dataset_load_catalogs()
 * never does) is an error, never a write at l10n[-1]. */
static void test_catalog_without_locale_slot(void **state)
{
	struct fixture f;
	struct catalog *cat;
	char *path;

	(void)state;
	begin(&f);
	add_registry(&f);
	path = xasprintf("%s/en.po", f.dir);
	test_write_file(path, small_catalog, strlen(small_catalog));
	f.ds.catalogs = xcalloc(1, sizeof(*f.ds.catalogs));
	cat = &f.ds.catalogs[0];
	assert_int_equal(po_catalog_read(&cat->po, path, &f.ds.input, &f.diag), 0);
	cat->file.path = path;
	cat->file.name = xstrdup("po/en.po");
	cat->file.locale = xstrdup("en");
	f.ds.nr_catalogs = 1;
	assert_string_equal(merge(&f), "en.po: error: " SOURCE_REASON "\n");
	assert_int_equal(f.ret, -1);
	assert_int_equal(f.ds.nr_locales, 0);
	assert_string_equal(dataset_find(&f.ds, 404)->reason.text, "Not Found");
	end(&f);
}

/* LINGUAS as po/linguas reads it: words between spaces, tabs and line
 * ends (a CR anywhere), '#' a comment, each language once; a bad name,
 * and a line with a NUL byte, are errors at their lines, and the other
 * catalogs are read all the same. */
static void test_linguas_lines(void **state)
{
	static const char *const locales[] = { "de", "ast", "zh_CN", "pt_BR", NULL };
	static const char linguas[] =
		"# the languages\r\n"
		"  de\tast # two\r\n"
		"fr\0x\n"
		"x y ../x zh_CN.UTF-8 sr@latin\n"
		"zh_CN#x\n"
		"de pt_BR\rzh_CN\n"
		"x";
	struct fixture f;
	char *dir;
	size_t i;

	(void)state;
	begin(&f);
	add_registry(&f);
	dir = po_dir(&f, linguas, sizeof(linguas) - 1, locales);
	assert_int_equal(dataset_load_catalogs(&f.ds, dir, &f.diag), -1);
	/* 'x' at the last line was refused at line 4 already. */
	assert_string_equal(merge(&f),
		"po/LINGUAS:3: error: a NUL byte in the line; its names are not read\n"
		"po/LINGUAS:4: error: 'x' is not a locale name like 'zh_CN'\n"
		"po/LINGUAS:4: error: 'y' is not a locale name like 'zh_CN'\n"
		"po/LINGUAS:4: error: '../x' is not a locale name like 'zh_CN'\n"
		"po/LINGUAS:4: error: 'zh_CN.UTF-8' is not a locale name like 'zh_CN'\n"
		"po/LINGUAS:4: error: 'sr@latin' is not a locale name like 'zh_CN'\n"
		"po/de.po: note: 1 translated, 0 fuzzy, 14 untranslated messages\n"
		"po/ast.po: note: 1 translated, 0 fuzzy, 14 untranslated messages\n"
		"po/zh_CN.po: note: 1 translated, 0 fuzzy, 14 untranslated messages\n"
		"po/pt_BR.po: note: 1 translated, 0 fuzzy, 14 untranslated messages\n");
	assert_int_equal(f.ds.nr_catalogs, 4);
	for (i = 0; i < 4; i++)
		assert_string_equal(f.ds.catalogs[i].file.locale, locales[i]);
	free(dir);
	end(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_names_heading_describes),
		cmocka_unit_test(test_first_file_wins_between_equals),
		cmocka_unit_test(test_variants_sorted),
		cmocka_unit_test(test_unused_label),
		cmocka_unit_test(test_description_disagreement),
		cmocka_unit_test(test_duplicate_code_is_an_error),
		cmocka_unit_test(test_coverage_notes),
		cmocka_unit_test(test_misplaced_code),
		cmocka_unit_test(test_english_document),
		cmocka_unit_test(test_lang_mismatch_warns),
		cmocka_unit_test(test_failed_document_takes_no_part),
		cmocka_unit_test(test_load_directory),
		cmocka_unit_test(test_load_missing_directory),
		cmocka_unit_test(test_registry_decides_names),
		cmocka_unit_test(test_unused_code_presented_as_live),
		cmocka_unit_test(test_unregistered_codes),
		cmocka_unit_test(test_temporary_registration_expiry),
		cmocka_unit_test(test_missing_registry_warns),
		cmocka_unit_test(test_duplicate_unregistered_is_an_error),
		cmocka_unit_test(test_broken_registry_is_not_used),
		cmocka_unit_test(test_source_language_catalog_refused),
		cmocka_unit_test(test_catalog_without_locale_slot),
		cmocka_unit_test(test_linguas_lines),
	};

	return cmocka_run_group_tests_name("dataset", tests, NULL, NULL);
}
