/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Markdown pages, rendered by cmark-gfm: a hostile translation shows
 * as the text it is, never as markup, in both styles. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <yaml.h>

#include "dataset/dataset.h"
#include "emit/markdown.h"
#include "helpers.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static const char catalog[] =
	"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
	"msgctxt \"status 404 reason\"\nmsgid \"Not Found\"\n"
	"msgstr \"a|b <script>alert(1)</script> [x](javascript:alert(1)) *em* `c` &amp;"
	"\\nline 2\\r\\n\\nline 3 www.evil.example http://evil.example/ HTTPS://x mailto:x@evil.example\"\n\n"
	"msgctxt \"class 4\"\nmsgid \"Client Error\"\nmsgstr \"客户端\\r- 错误\"\n\n"
	"msgctxt \"status 404 description\"\nmsgid \"Missing.\"\n"
	"msgstr \"# not a heading\\n- not a list\\n1. nor this\\n> nor a quote\"\n\n"
	"msgctxt \"page title\"\nmsgid \"HTTP status codes\"\n"
	"msgstr \"T \\\"q\\\" \\\\ *t*\\n---\\r\\tx: y \\x1b \\302\\205 \\342\\200\\250 #\"\n\n"
	"msgctxt \"page column code\"\nmsgid \"Code\"\nmsgstr \"c|d\"\n";

/* The page title as the catalog has it (after its escapes are read). */
static const char hostile_title[] = "T \"q\" \\ *t*\n---\r\tx: y \x1b \xc2\x85 \xe2\x80\xa8 #";

/* The page md without its front matter (which no Markdown reader takes
 * for Markdown) rendered as HTML by cmark-gfm. */
static char *render(const char *md)
{
	const char *end = strstr(md, "\n---\n");
	cmark_parser *parser;
	cmark_node *doc;
	char *html;

	assert_true(!strncmp(md, "---\n", 4));
	assert_non_null(end);
	md = end + 5;
	cmark_gfm_core_extensions_ensure_registered();
	/* Unsafe: raw HTML would pass, so only our escaping keeps it out. */
	parser = cmark_parser_new(CMARK_OPT_UNSAFE);
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("autolink"));
	cmark_parser_feed(parser, md, strlen(md));
	doc = cmark_parser_finish(parser);
	html = cmark_render_html(doc, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser));
	cmark_node_free(doc);
	cmark_parser_free(parser);
	return html;
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;

	for (s = strstr(s, needle); s; s = strstr(s + 1, needle))
		n++;
	return n;
}

static char *page(enum markdown_style style)
{
	char *dir = test_make_temp_dir(), *cmd, *path, *buf = NULL;
	const char *doc = "## Client Error\n\n### 404 Not Found\n\nMissing.\n";
	struct dataset ds;
	struct diag d;
	size_t size = 0;
	FILE *f, *quiet = fopen("/dev/null", "w");

	cmd = xasprintf("mkdir -p '%s/sources/en' '%s/po'", dir, dir);
	assert_int_equal(system(cmd), 0);
	path = xasprintf("%s/sources/en/a.md", dir);
	test_write_file(path, doc, strlen(doc));
	free(path);
	path = xasprintf("%s/po/LINGUAS", dir);
	test_write_file(path, "zh_CN\n", 6);
	free(path);
	path = xasprintf("%s/po/zh_CN.po", dir);
	test_write_file(path, catalog, strlen(catalog));
	free(path);
	diag_init(&d, quiet);
	dataset_init(&ds);
	assert_int_equal(dataset_load(&ds, dir, &d), 0);
	path = xasprintf("%s/po", dir);
	assert_int_equal(dataset_load_catalogs(&ds, path, &d), 0);
	assert_int_equal(dataset_merge(&ds, &d), 0);
	f = open_memstream(&buf, &size);
	assert_int_equal(emit_markdown(&ds, "zh_CN", style, f), 0);
	fclose(f);
	dataset_release(&ds);
	test_remove_tree(dir);
	fclose(quiet);
	free(path);
	free(cmd);
	free(dir);
	return buf;
}

static void check_plain_text(const char *html)
{
	/* No raw HTML, no link, no emphasis, no code span from the text. */
	assert_null(strstr(html, "<script"));
	assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_null(strstr(html, "<a "));
	assert_non_null(strstr(html, "[x](javascript:alert(1))"));
	assert_null(strstr(html, "<em>"));
	assert_null(strstr(html, "<code>"));
	assert_non_null(strstr(html, "*em* `c` &amp;amp;"));
	/* No web address became a link under GFM's autolink extension. */
	assert_non_null(strstr(html, "www.evil.example http://evil.example/ HTTPS://x mailto:x<!-- -->@evil.example"));
	/* Only the page's own title is a first-level heading. */
	assert_int_equal(count(html, "<h1>"), 1);
	assert_null(strstr(html, "<ul>"));
	assert_null(strstr(html, "<ol>"));
	assert_null(strstr(html, "<blockquote>"));
	assert_non_null(strstr(html, "# not a heading"));
}

static void test_sections_render_plain(void **state)
{
	char *md = page(MARKDOWN_SECTIONS), *html = render(md);

	(void)state;
	check_plain_text(html);
	/* The translator's newlines stay line breaks of one paragraph. */
	assert_non_null(strstr(html, "# not a heading<br />\n- not a list<br />\n1. nor this<br />\n&gt; nor a quote"));
	/* A newline or CR in a heading's text is a space: the heading
	 * stays one line, the English reason and all. */
	assert_non_null(strstr(html, "<h3>404 Not Found (a|b "));
	assert_non_null(strstr(html, "&amp;amp; line 2 line 3 www.evil.example "
				     "http://evil.example/ HTTPS://x mailto:x<!-- -->@evil.example)</h3>"));
	assert_non_null(strstr(html, "<h2>客户端 - 错误</h2>"));
	free(html);
	free(md);
}

static void test_table_renders_plain(void **state)
{
	char *md = page(MARKDOWN_TABLE), *html = render(md);
	const char *row;

	(void)state;
	check_plain_text(html);
	/* '|' did not split a cell: the row still has four. */
	row = strstr(html, "<td>404</td>");
	assert_non_null(row);
	assert_int_equal(count(row, "<td>"), 4);
	assert_non_null(strstr(row, "<td>a|b "));
	assert_non_null(strstr(row, "# not a heading<br>- not a list<br>1. nor this<br>&gt; nor a quote"));
	free(html);
	free(md);
}

/* The value of "title" in the front matter of md, as libyaml reads it,
 * or NULL.  free() it. */
static char *front_matter_title(const char *md)
{
	const char *end = strstr(md, "\n---\n");
	yaml_parser_t parser;
	yaml_event_t event;
	char *title = NULL;
	bool value = false, done = false;

	assert_non_null(end);
	assert_int_equal(yaml_parser_initialize(&parser), 1);
	yaml_parser_set_input_string(&parser, (const unsigned char *)md + 4,
				     (size_t)(end + 1 - (md + 4)));
	while (!done && yaml_parser_parse(&parser, &event)) {
		if (event.type == YAML_SCALAR_EVENT) {
			const char *text = (const char *)event.data.scalar.value;

			if (value && !title)
				title = xstrndup(text, event.data.scalar.length);
			value = !value && !strcmp(text, "title");
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	assert_true(done);
	yaml_parser_delete(&parser);
	return title;
}

/* The page's own words come from the catalog, however hostile: the
 * title is one YAML string that reads back as it is, and one heading of
 * plain text; a column label with '|' is one column. */
static void test_page_words(void **state)
{
	char *md = page(MARKDOWN_TABLE), *html = render(md), *got = front_matter_title(md);
	const char *head;

	(void)state;
	assert_non_null(got);
	assert_string_equal(got, hostile_title);
	/* Four lines of front matter: the title is one of them. */
	assert_true(!strncmp(md, "---\ntitle: \"", strlen("---\ntitle: \"")));
	assert_true(!strncmp(strchr(md + 4, '\n'), "\nlang: zh_CN\n---\n", strlen("\nlang: zh_CN\n---\n")));
	assert_int_equal(count(html, "<h1>"), 1);
	assert_non_null(strstr(html, "<h1>T &quot;q&quot; \\ *t* --- \tx: y \x1b \xc2\x85 \xe2\x80\xa8 #</h1>"));
	head = strstr(html, "<thead>");
	assert_non_null(head);
	assert_true(!strncmp(head, "<thead>\n<tr>\n<th>c|d</th>\n<th>Reason</th>\n",
			     strlen("<thead>\n<tr>\n<th>c|d</th>\n<th>Reason</th>\n")));
	assert_int_equal(count(head, "<th>") - count(strstr(head, "</thead>"), "<th>"), 4);
	free(got);
	free(html);
	free(md);
}

static void escaped_is(const char *in, enum markdown_context where, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	markdown_escape(&sb, in, where);
	assert_string_equal(strbuf_str(&sb), want);
	strbuf_release(&sb);
}

static void test_escape(void **state)
{
	(void)state;
	escaped_is("Not Found", MARKDOWN_PARAGRAPH, "Not Found");
	escaped_is("a|b", MARKDOWN_CELL, "a\\|b");
	escaped_is("# x", MARKDOWN_PARAGRAPH, "\\# x");
	escaped_is("- x\n+ y\n= z", MARKDOWN_PARAGRAPH, "\\- x\\\n\\+ y\\\n\\= z");
	escaped_is("12. x", MARKDOWN_PARAGRAPH, "12\\. x");
	escaped_is("1) x", MARKDOWN_PARAGRAPH, "1\\) x");
	escaped_is("a-b 1.5", MARKDOWN_PARAGRAPH, "a-b 1.5");
	escaped_is("<b>&</b>", MARKDOWN_PARAGRAPH, "\\<b\\>\\&\\</b\\>");
	escaped_is("p1\n\np2", MARKDOWN_PARAGRAPH, "p1\n\np2");
	escaped_is("l1\nl2", MARKDOWN_CELL, "l1<br>l2");
	escaped_is("l1\nl2\r\n\nl3\r- x", MARKDOWN_HEADING, "l1 l2 l3 - x");
	/* What GFM's autolink extension would link. */
	escaped_is("http://a.example/ https://b ftp://c", MARKDOWN_PARAGRAPH,
		   "http\\://a.example/ https\\://b ftp\\://c");
	escaped_is("www.a.example WWW.B", MARKDOWN_CELL, "www\\.a.example WWW\\.B");
	escaped_is("x@y.example, a_b@c @d", MARKDOWN_HEADING,
		   "x<!-- -->@y.example, a\\_b<!-- -->@c @d");
	escaped_is("://x", MARKDOWN_PARAGRAPH, "\\://x");
	escaped_is("a: b", MARKDOWN_PARAGRAPH, "a: b");
}

/* What tests/fuzz/fuzz_markdown_escape found: text that cmark-gfm read as
 * markup, or a table row it could not read, after escaping. */
static void test_escape_fuzz_findings(void **state)
{
	(void)state;
	/* An invalid byte made the whole row a paragraph. */
	escaped_is("a\xff|b", MARKDOWN_CELL, "a\xef\xbf\xbd\\|b");
	escaped_is("\xc3", MARKDOWN_PARAGRAPH, "\xef\xbf\xbd");
	/* CR is a line end to CommonMark: a raw one ended the row, or let
	 * "- b" start a list. */
	escaped_is("l1\r\nl2\rl3", MARKDOWN_CELL, "l1<br>l2<br>l3");
	escaped_is("a\r- b", MARKDOWN_PARAGRAPH, "a\\\n\\- b");
	/* Four blanks after a blank line made a code block. */
	escaped_is("p1\n\n    code\n\tmore", MARKDOWN_PARAGRAPH, "p1\n\ncode\\\nmore");
	/* A delimiter row (":-", or "-" after a form feed) made a table. */
	escaped_is("a\n:-", MARKDOWN_PARAGRAPH, "a\\\n\\:-");
	escaped_is("a\n\f-", MARKDOWN_PARAGRAPH, "a\\\n\f\\-");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_escape_fuzz_findings),
		cmocka_unit_test(test_sections_render_plain),
		cmocka_unit_test(test_table_renders_plain),
		cmocka_unit_test(test_page_words),
	};

	return cmocka_run_group_tests_name("markdown_emit", tests, NULL, NULL);
}
