/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown is parsed in pieces (md_split.h): every Markdown document of
 * the tests, and the shapes below, give the same blocks, records and
 * diagnostics whole (one piece of MD_PIECE_SIZE) and cut at every point
 * the splitter allows.  Each is read as extract reads it (source.c):
 * front matter blanked out, the checks before parsing, the built-in
 * registry's phrases as hints. */
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
#include "diag.h"
#include "parse/front_matter.h"
#include "parse/markdown_blocks.h"
#include "parse/md_split.h"
#include "parse/recognize.h"
#include "parse/registry.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct run {
	struct strbuf out;      /* blocks and records, one per line */
	struct recognizer *rz;  /* NULL: blocks alone */
};

static int tee_block(const struct block *b, void *arg)
{
	struct run *r = arg;

	test_dump_block(&r->out, b);
	return r->rz ? recognizer_block(b, r->rz) : 0;
}

static int keep_record(const struct source_record *rec, void *arg)
{
	struct run *r = arg;

	test_dump_record(&r->out, rec);
	return 0;
}

/* Everything reading text in pieces of size gives: blocks, records,
 * diagnostics and the result.  free() it. */
static char *read_in_pieces(const char *path, const char *text, size_t len, size_t size)
{
	struct source_meta meta = { NULL, NULL, NULL, NULL };
	struct strbuf md = STRBUF_INIT;
	struct registry reg;
	struct run r;
	struct diag d;
	char *diagnostics = NULL;
	size_t dlen = 0, skip = 0, i;
	FILE *mem = open_memstream(&diagnostics, &dlen);
	bool stopped = false;
	int ret = -1;

	assert_non_null(mem);
	diag_init(&d, mem);
	strbuf_init(&r.out);
	registry_init(&reg);
	assert_int_equal(registry_read_builtin(&reg, &d), 0);
	r.rz = NULL;
	if (front_matter_read(path, text, len, 0, &meta, &skip, &d) < 0)
		goto out;
	for (i = 0; i < skip; i++)
		if (text[i] == '\n')
			strbuf_addch(&md, '\n');
	strbuf_add(&md, text + skip, len - skip);
	if (md_check_tables(path, strbuf_str(&md), md.len, &d) < 0 ||
	    md_check_blocks(path, strbuf_str(&md), md.len, &d) < 0)
		goto out;
	r.rz = recognizer_new(path, &d, keep_record, &r);
	recognizer_set_registry(r.rz, &reg);
	recognizer_set_page_title(r.rz, meta.title, front_matter_key_line(text, skip, "title"));
	if (markdown_blocks_read(path, strbuf_str(&md), md.len, size, &d, tee_block, &r,
				 &stopped) < 0)
		recognizer_fail(r.rz);
	ret = recognizer_finish(r.rz, stopped);
out:
	recognizer_free(r.rz);
	registry_release(&reg);
	source_meta_release(&meta);
	strbuf_release(&md);
	fclose(mem);
	strbuf_addstr(&r.out, "diagnostics:\n");
	strbuf_addstr(&r.out, diagnostics ? diagnostics : "");
	test_dump_number(&r.out, "stopped ", stopped);
	test_dump_number(&r.out, "ret ", (unsigned long)(ret + 1));
	free(diagnostics);
	return strbuf_detach(&r.out);
}

static unsigned count_pieces(const char *text, size_t len)
{
	struct md_splitter s;
	struct md_piece piece;
	unsigned n = 0;

	md_splitter_init(&s, text, len);
	while (md_splitter_next(&s, 0, &piece))
		n++;
	return n;
}

/* Whole and in the smallest pieces, and in pieces of 100 bytes: the
 * same.  Return the number of smallest pieces. */
static unsigned check_same(const char *path, const char *text, size_t len)
{
	char *whole = read_in_pieces(path, text, len, MD_PIECE_SIZE);
	char *cut, *some;

	cut = read_in_pieces(path, text, len, 0);
	some = read_in_pieces(path, text, len, 100);

	if (strcmp(whole, cut) || strcmp(whole, some))
		fprintf(stderr, "%s: whole:\n%s\n---- in pieces:\n%s\n---- in 100 bytes:\n%s\n",
			path, whole, cut, some);
	assert_string_equal(whole, cut);
	assert_string_equal(whole, some);
	free(whole);
	free(cut);
	free(some);
	return count_pieces(text, len);
}

/* ---- every Markdown document of the tests ------------------------------ */

static unsigned long nr_files, nr_cut;

static bool is_markdown_test_file(const char *path)
{
	size_t n = strlen(path);

	return (n > 3 && !strcmp(path + n - 3, ".md")) ||
	       strstr(path, "/tests/fuzz/corpus/markdown/") != NULL;
}

static int check_file(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	struct strbuf text = STRBUF_INIT;
	char buf[65536];
	size_t n;
	FILE *f;

	(void)st;
	(void)ftw;
	if (flag != FTW_F || !is_markdown_test_file(path))
		return 0;
	f = fopen(path, "rb");
	assert_non_null(f);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&text, buf, n);
	fclose(f);
	nr_files++;
	if (check_same(path, strbuf_str(&text), text.len) > 1)
		nr_cut++;
	strbuf_release(&text);
	return 0;
}

static void test_every_markdown_document(void **state)
{
	(void)state;
	nr_files = nr_cut = 0;
	assert_int_equal(nftw(SRCDIR "/tests", check_file, 16, FTW_PHYS), 0);
	assert_int_equal(nftw(SRCDIR "/data/sources", check_file, 16, FTW_PHYS), 0);
	/* The seeds, the corpus, the bad documents and the fuzz corpus. */
	assert_true(nr_files >= 90);
	assert_true(nr_cut >= nr_files / 2);
}

/* The harness reads a page as extract does: its blocks, records, no
 * message. */
static void test_seed_read_as_extract_does(void **state)
{
	const char *seed = "---\ntitle: Codes\n---\n\n## Client errors\n\n### 404 Not Found\n\nGone.\n";
	char *got = read_in_pieces("seed.md", seed, strlen(seed), 0);

	(void)state;
	assert_string_equal(got,
			    "block 3|line 5|level 2|ordered 0|header 0|unclosed 0|toc 0|code 0|text Client errors|lines (null)|cells 0|own 0|\n"
			    "block 3|line 7|level 3|ordered 0|header 0|unclosed 0|toc 0|code 0|text 404 Not Found|lines (null)|cells 0|own 0|\n"
			    "block 4|line 9|level 0|ordered 0|header 0|unclosed 0|toc 0|code 0|text Gone.|lines (null)|cells 0|own 0|\n"
			    "record 404|origin 1|line 7|class Client errors|5|reason Not Found|7|"
			    "l10n (null)|0|description Gone.|9|\ndiagnostics:\nstopped 0|ret 1|");
	free(got);
}

/* ---- shapes that cross a cut ------------------------------------------- */

static const char *const shapes[] = {
	/* A footer opened in one raw HTML block and closed in a later one. */
	"## Client errors\n\n### 404 Not Found\n\nGone.\n\n<footer>\n\n"
	"### 410 Gone\n\nhidden\n\n</footer>\n\n### 500 Internal Server Error\n\nBroke.\n",
	/* Never closed. */
	"### 404 Not Found\n\nGone.\n\n<nav>\n\n### 410 Gone\n\nx\n",
	/* A table split by blank lines, in raw HTML. */
	"<table>\n\n<tr><td>404</td><td>Not Found</td></tr>\n\n"
	"<tr><td>410</td><td>Gone</td></tr>\n\n</table>\n",
	/* Blank lines inside fenced code, a comment, <pre>, CDATA. */
	"### 404 Not Found\n\n```\ncode\n\n### 410 Gone\n\n```\n\n~~~~\n\n```\n\nx\n~~~~\n\n"
	"<!--\n\n### 411 Length Required\n\n-->\n\n<pre>\n\n### 412 x\n\n</pre>\n\n"
	"<![CDATA[\n\n### 413 x\n\n]]>\n\n<?x\n\n### 414 x\n\n?>\n\n<!DOCTYPE\n\n### 415 x\n\n>\n\n"
	"### 500 Internal Server Error\n",
	/* Fences in list items and block quotes, closed by their container. */
	"- ```\n  a\n\n  b\n- c\n\n```\n\nx\n\n```\n\n> ```\n> y\n\nz\n",
	/* Tight and loose lists, items whose text starts on the next line. */
	"1. 404 Not Found\n2. 410 Gone\n\n3. 500 Internal Server Error\n",
	"-\n  404 Not Found\n- 410 Gone\n- 500 Internal Server Error\n\n- 501 Not Implemented\n",
	"- 404 Not Found\n- 410 Gone\n-\n  500 Internal Server Error\n\n- 501 Not Implemented\n",
	"- 404 Not Found\n\n  Gone for good.\n- 410 Gone\n-\n  500 Internal Server Error\n",
	"- 404 Not Found\n- 410 Gone\n\n-\n  500 Internal Server Error\n",
	"- 404\n- 410\n+ 500\n+\n  501\n\n+ 502\n\n* 503\n",
	"1. # h\nb\n2. c\n3. d\n\n4. e\n",
	"- # h\nb\n  ```\n\nx\n```\n\n- y\n",
	"- a\nlazy\n- b\n\n- c\n",
	"- a\n\n  b\n\n- c\n- d\n",
	"10. a\n11. b\n\n12. c\n",
	/* Lists nested, a setext heading, a table, lazy lines. */
	"- a\n  - b\n\n    c\n- d\n\n| Code | Reason |\n|---|---|\n| 404 | Not Found |\n"
	"- x\n\ntext\n---\n\n> quote\nlazy\n\n> more\n\nSetext\n===\n",
	/* Block quotes nested past the limit after the first pieces. */
	"### 404 Not Found\n\nGone.\n\n> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > deep\n",
	/* Tables cut between rows; a paragraph above the header; rows that
	 * end the table or are not rows; raw HTML in the header. */
	"# Codes\n\n| Code | Reason |\n|---|---|\n| 404 | Not Found |\n| 410 | Gone |\n"
	"| 500 | Internal Server Error |\n\ntext\n",
	"x\ny|z\n-|-\n1|2\n3|4\n|\n| 5 |\n6|7\n",
	"a|b\n-|-|-\n|x\n|y\n\na|b\n--\n|x\n|y\n\na\n-\nb|c\nd|e\n",
	"| <footer> | Reason |\n|---|---|\n| 404 | Not Found |\n| 410 | Gone |\n\n</footer>\n\n"
	"| Code | <b>Reason</b> |\n|:-:|--:|\n| 404 | Not Found |\n| 410 <nav> | Gone |\n"
	"| 411 | x |\n\n</nav>\n\n| 500 | y |\n",
	"> q\nh|h\n-|-\n|x\n|y\n\n- a|b\n  -|-\n  |x\n|y\n|z\n",
	"a|b\n-|-\n|x\n- c\n|y\n\na|b\n-|-\n|x\n# h\n|y\n\na|b\n-|-\n|x\n    code\n|y\n",
	"a \\| b | c\n-|-\n|x\n|y\n\n|a|b|\n|-|-|\n|x\\|y|z|\n|1|2|\n",
	/* The splitter takes this for a table, cmark-gfm does not (an escaped
	 * backslash before a '|'): the pieces are read as one. */
	"x\n\na \\\\| b\n-|-\n|x\n|y\n|z\n\n# 404 Not Found\n",
	/* Found by random documents: "``` x`" opens no fence, the one
	 * below does; openers inside a <div> block are HTML text; a list
	 * closed by a line that is not lazy, then an indented fence; cmark-
	 * gfm 0.29 has no <textarea> block; a paragraph cmark-gfm leaves
	 * without a line above a table. */
	"a\n``` x`\n2) a\n|\n-- a\n```\n</footer>\n\n> - a\n-->\n",
	"<div>\n1. a\n<!X\n  ~~~\n\n<!--\n[y]\n</script>\n~~~\n\n- > q\n</nav>\n\nx\n",
	"- # h\na\\|b|c\n\n  ```\n*a*\n\n- > q\n",
	"a  \n<textarea>\n- [ ] a\n\n</pre>\n   - a\n\n</footer>\n*\n-->\n",
	"-|-\n\n[y]\n  -|-\n|---|---|\n-\n> a\n- a\n2) a\n",
	/* And so are the inline nodes in it: raw HTML left open there. */
	"=\r\n### 404 Not Found\r\na|b|c\r\n- > q\r\na\\|b|c\r\n</script>\r\na\\|"
	"b|c\r\n- [ ] a\r\n\r\n-- a\r\nx\\|y|z\r\n<textarea>\r\n|1|2|\r\n|---|---"
	"|\r\n### 404 Not Found\r\n|1|2|\r\n| `|` |\r\n1. a\r\n\\| x |\r\n===\r\n"
	" \r\na|b|c\r\nx|y\r\n  - a\r\n    a\r\n1) a\r\n> a\r\na|b\r\n#\r\nx|y\r\n"
	"?>\r\n|a|\r\n1) a\r\n<li>\r\n2) a\r\n*a*\r\n| <nav> |\r\n<pre>\r\n",
	/* An item with nothing on its marker's line ends at a blank line
	 * indented less than its content, not at one indented as far. */
	"\n*\n\n  ```\n\t\n</div >\n>     code\n```\n\n- a\n\n  x\n",
	"a\n1.\n\t\n   ```\n-    a\n      a\n  ~~~\n\n- a\n```\n\n- b\n~~~\n\n- c\n",
	/* "|" over "|-|" is no table: the one cmark-gfm finds below has
	 * its own header, which the next piece is read after. */
	"a\n\n|\n|-|\n-|-\n:-:|--\na|b\n* a\n| `|` |\n|\n|-|\n|\n> a\n| a | b |\n",
	/* A tab after a list marker reaches the next tab stop: the item's
	 * content is at column 4, and a fence at column 2 is not in it. */
	"-\ta\n  ```\n\nx\n\n```\n\n- b\n1.\t\tc\n    ~~~\n\n~~~\n",
	/* Raw HTML left open after a message: the warning comes first. */
	"### 999 Bad\n\nx\n\n### 404 Not Found\n\nGone.\n\n<footer>\n\n### 410 Gone\n",
	/* Nested too deep after records and messages, with raw HTML left
	 * open after it, and inside raw HTML that is skipped. */
	"### 404 Not Found\n\nGone.\n\n| 999 | x |\n|---|---|\n\n"
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > deep\n"
	"\n<nav>\n\nx\n",
	"### 404 Not Found\n\nGone.\n\n<footer>\n\n"
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > "
	"> > > > > > > > > deep\n"
	"\n</footer>\n\n### 410 Gone\n",
	/* Raw HTML left open, made safe for cmark-gfm (md_defuse.h), in
	 * text and, until cmark-gfm's tree shows otherwise, in code. */
	"### 404 Not Found\n\nGone <? for good.\n\n- ~~~\n  x <? y\n  ~~~\n- b <!A c\n\n"
	"| Code | Reason |\n|---|---|\n| 410 | Gone <? |\n| 411 | x <![CDATA[ |\n| 412 | y <?z?> |\n",
	/* CR and CRLF line ends. */
	"### 404 Not Found\r\n\r\nGone.\r\n\r\n- a\r\n- b\r\n\r\n### 410 Gone\r\rGone too.\r",
};

static void test_shapes(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
		check_same("shape.md", shapes[i], strlen(shapes[i]));
}

/* Nesting too deep in inline text: emphasis of '*' and '_' (in a block
 * quote, a list item, a table cell), images (with brackets a code span,
 * raw HTML or a link's destination hides), after records and messages:
 * the error comes first, whatever the pieces. */
static const char *const deep_units[][3] = {
	{ "", "*a ", " a*" },
	{ "", "_a ", " a_" },
	{ "> ", "*(a ", " a)*" },
	{ "- ", "**a ", " a**" },
	{ "| x | ", "*a ", " a*" },
	{ "", "![", "](b)" },
	{ "`[` ", "![", "](b)" },
	{ "<a title=\"]\"> ", "![", "](b)" },
	{ "[x](y]z) ", "![", "](b)" },
	{ "", "![*a ", " a*](b)" },
};

static void test_deep_inlines(void **state)
{
	size_t i, k;
	char *whole;

	(void)state;
	for (i = 0; i < sizeof(deep_units) / sizeof(deep_units[0]); i++) {
		struct strbuf doc = STRBUF_INIT;

		strbuf_addstr(&doc, "### 404 Not Found\n\nGone.\n\n| 999 | x |\n|---|---|\n\n");
		if (deep_units[i][0][0] == '|')
			strbuf_addstr(&doc, "| a | b |\n|---|---|\n");
		strbuf_addstr(&doc, deep_units[i][0]);
		for (k = 0; k < 130; k++)
			strbuf_addstr(&doc, deep_units[i][1]);
		strbuf_addstr(&doc, "b");
		for (k = 0; k < 130; k++)
			strbuf_addstr(&doc, deep_units[i][2]);
		strbuf_addstr(&doc, deep_units[i][0][0] == '|' ? " |\n\n### 410 Gone\n" : "\n\n### 410 Gone\n");
		check_same("deep.md", doc.buf, doc.len);
		whole = read_in_pieces("deep.md", doc.buf, doc.len, MD_PIECE_SIZE);
		if (!strstr(whole, "error: Markdown nested more than 128 deep"))
			fprintf(stderr, "%s\n---- gives:\n%s\n", doc.buf, whole);
		assert_non_null(strstr(whole, "error: Markdown nested more than 128 deep"));
		free(whole);
		strbuf_release(&doc);
	}
}

/* Cut points: every top-level paragraph, item, fence and table row. */
static void test_cut_points(void **state)
{
	const char *doc = "a\n\nb\nc\n\n- d\n- e\n\n```\n\nf\n```\n\ng\n\nh|i\n-|-\n|1\n|2\n";
	struct md_splitter s;
	struct md_piece piece;
	const unsigned lines[] = { 1, 3, 6, 7, 9, 14, 16, 18, 19 };
	size_t n = 0;

	(void)state;
	md_splitter_init(&s, doc, strlen(doc));
	while (md_splitter_next(&s, 0, &piece)) {
		assert_true(n < sizeof(lines) / sizeof(lines[0]));
		assert_int_equal(piece.line, lines[n]);
		n++;
	}
	assert_int_equal(n, sizeof(lines) / sizeof(lines[0]));
}

/* ---- random documents ------------------------------------------------- */

/* Lines that matter to the splitter and to cmark-gfm's blocks. */
static const char *const random_lines[] = {
	"a", "b c", "", "", "", "- a", "-", "* a", "+ a", "1. a", "2) a", "  a",
	"    a", "> a", ">", "```", "~~~", "  ```", "<!--", "-->", "<pre>", "</pre>",
	"<div>", "</div>", "<footer>", "</footer>", "# h", "---", "***", "===", "a|b",
	"-|-", "|x|", "| 404 | Not Found |", "### 404 Not Found", "  - a", "   1. a",
	"\t- a", "<!X", "*a*", "- a|b", "  -|-", "|", "<script>", "</script>",
	"a <footer> b", "10. a", "| a | b |", "|---|---|", "x\\|y|z", "-\t", "1.",
	"  b", "   > q", "- > q", "- ```", "  ~~~", "<?x", "?>", "<![CDATA[", "]]>",
	":-:|--", "  |x", "| <nav> |", "</nav>", "- # h", "   ---", "* * *", "- - -",
	"<table>", "<tr><td>404</td></tr>", "</table>", "<a>", "</span>", "<http://x>",
	"<span>x</span>", " ```", "````", "``` x`", "~~~ `ok`", "    ```", "*", "+",
	"3. a", "1) a", "> - a", ">     code", "\\", "a\\|b|c", "|a|", "   - a",
	"     a", "  1. b", "<DIV>", "<div class=x>", "</div >", "<details>", "<p>",
	"<li>", "<!-- x -->", "<?x ?>", "-- a", "a  ", "<style>", "</style>",
	"<textarea>", "<pre class=x>", "\t", " ", "#", "## 410 Gone", "Setext", "=",
	"- [ ] a", "   ```", "      a", "  > a", "  * a", "1.  a", "1.      a",
	"-    a", "-     a", "   a", "  <div>", "   <!--", "\t```", " ~~~~", "~~~~~",
	"  </pre>", "- <pre>", "  <pre>", "*\t", "  \ta", "  -", "  1.", "- -",
	"1. - a", "> ```", "> <!--", ">> a", "> - ```", "| 404 | x |", "404 | y",
	"|:--|--:|", "| a |", "a|b|c", "|-|-|-|", "<b>|</b>", "\\| x |", "| `|` |",
	"|-|", "-|-|-", "| <footer> |", "| </footer> |", "x|y", "x|y", "|1|2|",
	"|1|2|", "a|b", "-|-", "-\ta", "*\t\ta", "1.\ta", " -\ta", "\t  ```",
	"  \t```", "   \t- a", "-  \ta", "   \t```", " \t```", "1)\t\ta", "-\t  a",
};

/* The blocks and diagnostics alone, without the recognizer. */
static char *read_blocks(const char *text, size_t len, size_t size)
{
	struct run r;
	struct diag d;
	char *diagnostics = NULL;
	size_t dlen = 0;
	FILE *mem = open_memstream(&diagnostics, &dlen);
	bool stopped;
	int ret;

	assert_non_null(mem);
	diag_init(&d, mem);
	strbuf_init(&r.out);
	r.rz = NULL;
	ret = markdown_blocks_read("random.md", text, len, size, &d, tee_block, &r, &stopped);
	fclose(mem);
	strbuf_addstr(&r.out, diagnostics ? diagnostics : "");
	test_dump_number(&r.out, "stopped ", stopped);
	test_dump_number(&r.out, "ret ", (unsigned long)(ret + 1));
	free(diagnostics);
	return strbuf_detach(&r.out);
}

/* The same, mostly table rows. */
static const char *const random_table_lines[] = {
	"a|b", "-|-", "|x|", "| 404 | Not Found |", "|---|---|", "| a | b |", ":-:|--",
	"|:--|--:|", "x|y", "|1|2|", "404 | y", "| `|` |", "\\| x |", "a\\|b|c",
	"x\\|y|z", "|", "|-|", "-|-|-", "| <footer> |", "| </footer> |", "<b>|</b>",
	"", "", "", "a", "- a", "> a", "```", "<!--", "-->", "# h", "---", "===",
	"  |x", "    |x", "- a|b", "  -|-", "<div>", "</div>", "| <nav> |", "</nav>",
	"1. a", "* a", "a  ", "<br>|x", "|*a*|", "|[x](y)|",
};

/* 20,000 documents of 3 to 60 of the lines given, the same each run. */
static void check_random(const char *const *lines, size_t nr_lines)
{
	unsigned long seed = 1, i;

	for (i = 0; i < 20000; i++) {
		struct strbuf doc = STRBUF_INIT;
		const char *eol;
		char *whole, *cut, *some;
		unsigned long n;

		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		n = 3 + (seed >> 33) % 58;
		eol = (seed >> 20) % 10 ? "\n" : "\r\n";
		while (n--) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			strbuf_addstr(&doc, lines[(seed >> 33) % nr_lines]);
			strbuf_addstr(&doc, eol);
		}
		whole = read_blocks(doc.buf, doc.len, MD_PIECE_SIZE);
		cut = read_blocks(doc.buf, doc.len, 0);
		some = read_blocks(doc.buf, doc.len, 20);
		if (strcmp(whole, cut) || strcmp(whole, some))
			fprintf(stderr, "document %lu:\n%s\n", i, doc.buf);
		assert_string_equal(whole, cut);
		assert_string_equal(whole, some);
		free(whole);
		free(cut);
		free(some);
		strbuf_release(&doc);
	}
}

static void test_random_documents(void **state)
{
	(void)state;
	check_random(random_lines, sizeof(random_lines) / sizeof(random_lines[0]));
	check_random(random_table_lines,
		     sizeof(random_table_lines) / sizeof(random_table_lines[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cut_points),
		cmocka_unit_test(test_shapes),
		cmocka_unit_test(test_deep_inlines),
		cmocka_unit_test(test_seed_read_as_extract_does),
		cmocka_unit_test(test_every_markdown_document),
		cmocka_unit_test(test_random_documents),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
