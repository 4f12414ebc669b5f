/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What reaches cmark-gfm is made safe first (md_defuse.h): every shape
 * below, every pathological pattern (at a size cmark-gfm still parses
 * quickly as it is) and thousands of random documents give the same
 * blocks, records and diagnostics read as they are and made safe; the
 * patterns are made safe indeed; and what cannot be made safe past its
 * limit is refused, at its first line. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "diag.h"
#include "parse/markdown_blocks.h"
#include "parse/md_defuse.h"
#include "parse/md_split.h"
#include "parse/recognize.h"
#include "parse/registry.h"
#include "util/strbuf.h"

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

static struct registry builtin;

static int setup(void **state)
{
	struct diag d;

	(void)state;
	diag_init(&d, stderr);
	registry_init(&builtin);
	return registry_read_builtin(&builtin, &d);
}

static int teardown(void **state)
{
	(void)state;
	registry_release(&builtin);
	return 0;
}

/* Blocks, records (with recognizing), diagnostics and result of reading
 * text[0..len), made safe or as it is.  free() it. */
static char *read_doc(const char *text, size_t len, bool defused, bool recognizing)
{
	struct run r;
	struct diag d;
	char *diagnostics = NULL;
	size_t dlen = 0;
	FILE *mem = open_memstream(&diagnostics, &dlen);
	bool stopped = false;
	int ret;

	assert_non_null(mem);
	diag_init(&d, mem);
	strbuf_init(&r.out);
	r.rz = NULL;
	if (recognizing) {
		r.rz = recognizer_new("doc.md", &d, keep_record, &r);
		recognizer_set_registry(r.rz, &builtin);
	}
	if (defused)
		ret = markdown_blocks_read("doc.md", text, len, MD_PIECE_SIZE, &d, tee_block, &r,
					   &stopped);
	else
		ret = markdown_blocks_read_undefused("doc.md", text, len, MD_PIECE_SIZE, &d,
						     tee_block, &r, &stopped);
	if (r.rz) {
		if (ret < 0)
			recognizer_fail(r.rz);
		ret = recognizer_finish(r.rz, stopped);
		recognizer_free(r.rz);
	}
	fclose(mem);
	strbuf_addstr(&r.out, "diagnostics:\n");
	strbuf_addstr(&r.out, diagnostics ? diagnostics : "");
	test_dump_number(&r.out, "stopped ", stopped);
	test_dump_number(&r.out, "ret ", (unsigned long)(ret + 1));
	free(diagnostics);
	return strbuf_detach(&r.out);
}

/* The backslashes the scan puts in text (-1: it refuses the text). */
static long defused_count(const char *text, size_t len)
{
	struct md_defuse d;
	struct diag dg;
	FILE *null = fopen("/dev/null", "w");
	long n;

	assert_non_null(null);
	diag_init(&dg, null);
	n = md_defuse_scan("doc.md", text, len, &d, &dg) < 0 ? -1 : (long)d.count;
	md_defuse_release(&d);
	fclose(null);
	return n;
}

/* Made safe and as it is: the same.  Return the backslashes put in. */
static long check_same(const char *what, const char *text, size_t len, bool recognizing)
{
	char *as_is = read_doc(text, len, false, recognizing);
	char *safe = read_doc(text, len, true, recognizing);

	if (strcmp(as_is, safe))
		fprintf(stderr, "%s:\n%.400s\n---- as it is:\n%.2000s\n---- made safe:\n%.2000s\n",
			what, text, as_is, safe);
	assert_string_equal(as_is, safe);
	free(as_is);
	free(safe);
	return defused_count(text, len);
}

/* ---- shapes ------------------------------------------------------------ */

struct shape {
	const char *text;
	long defused;           /* backslashes put in by the scan */
};

static const struct shape shapes[] = {
	/* Processing instructions: left open, closed in the block, closed
	 * in another block only, closed on the next line. */
	{ "### 404 Not Found\n\nGone <? for good.\n", 1 },
	{ "### 404 Not Found\n\nGone <?x?> for good.\n", 0 },
	{ "a <? b\n\nc ?>\n", 1 },
	{ "a <? b\nc ?> d\n", 0 },
	{ "# a <? b\nc ?>\n", 0 },
	{ "a <?> b\n", 1 },
	{ "a <?\?> b <?\n", 1 },
	/* Declarations and CDATA. */
	{ "x <!A y\n", 1 },
	{ "x <!DOCTYPE html> y\n", 0 },
	{ "x <!A\ty <!B\nz\n", 2 },
	{ "x <!a y <!-- z\n", 0 },
	{ "x <![CDATA[ y\n", 1 },
	{ "x <![CDATA[ y ]]> z\n", 0 },
	{ "x ![CDATA[y](z) <![CDATA[a](b)\n", 1 },
	/* In block quotes: the markers are no closers; a '>' indented 4
	 * columns past them is text and closes. */
	{ "> a <!A \n> b <!A \n", 2 },
	{ ">     > a <!A\n>     > b\n", 0 },
	{ "- a <!A\n      > b\n", 0 },
	{ "> a <!A\n>\n> b>\n", 0 },
	/* Where a backslash would change the text: a code span (or what may
	 * be one), a link label, an autolink, the head of a line (a raw HTML
	 * block), a destination in angle brackets for CDATA. */
	{ "`a <? b`\n", 0 },
	{ "``a <? b` c\n", 1 },
	{ "\\`a <? b` c\n", 0 },
	{ "[a <? b]: /u\n\n[a <? b]\n", 0 },
	{ "[a <? b][]\n", 0 },
	{ "x <?a@b.c> y\n", 0 },
	{ "x <!A@b.c> y\n", 0 },
	{ "x\n<?\ny\n", 0 },
	{ "x\n    <? y\n", 0 },
	{ "- <? y\n", 0 },
	{ "[x](<? y>) and [z](<?w>)\n", 2 },
	{ "[x](<![CDATA[ y>)\n", 0 },
	{ "[x]: <![CDATA[y>\n\n[x]\n", 0 },
	{ "[x](a<![CDATA[b)\n", 1 },
	{ "[x](/u \"<? t\")\n", 1 },
	{ "\\<? x\n", 0 },
	{ "\\\\<? x\n", 1 },
	/* In table cells, headings and list items. */
	{ "| Code | Reason |\n|---|---|\n| 404 | Not <? Found |\n", 1 },
	{ "a|b\n-|-\n<? y|z\n", 0 },
	{ "## 404 Not <? Found\n", 1 },
	{ "- 404 Not <? Found\n- 410 Gone <!X\n", 2 },
	/* Fenced, indented code and raw HTML: left alone (where the splitter
	 * cannot tell, the backslash goes in, and out again when cmark-gfm's
	 * tree shows code or raw HTML there). */
	{ "```\nx <? y\n```\n", 0 },
	{ "    x <? y\n", 0 },
	{ "<div>\nx <? y\n</div>\n", 0 },
	{ "- ```\n  x <? y\n  ```\n", 0 },
	{ "- ~~~\n  x <? y\n  ~~~\n", 1 },
	{ "> ~~~\n> x <? y\n> ~~~\n\n> z <? w\n", 2 },
	{ "- a\n\n      x <? y\n", 1 },
	{ "> <div>\n> x <? y\n", 1 },
	{ "<span>\nx <? y\n", 1 },
	{ "<span>\nx <!A y\n\nz <! A\n", 1 },
	{ "```\ncode\n```\nx <? y\n", 1 },
	/* Table rows with more cells than a table has: past the 67th pipe
	 * escaped, but not in code spans, labels or autolinks. */
	{ "a|b\n-|-\n"
	  "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	  "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|1|2|3\n", 5 },
	{ "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	  "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|1|2|3\n-|-\n|a\n", 5 },
	{ "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	  "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|`1|2`|[3|4] <a|b>\n-|-\n",
	  4 },
	{ "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	  "x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|1|2|3\n", 0 },
};

static void test_shapes(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
		long n = check_same("shape", shapes[i].text, strlen(shapes[i].text), true);

		if (n != shapes[i].defused)
			fprintf(stderr, "shape %zu: %ld backslashes, expected %ld:\n%s\n", i, n,
				shapes[i].defused, shapes[i].text);
		assert_int_equal(n, shapes[i].defused);
	}
}

/* A closed processing instruction stays raw HTML, of no block; an
 * unclosed one is the paragraph's text, as cmark-gfm gives it. */
static void test_closed_and_open(void **state)
{
	const char *closed = "a <?x?> b\n", *open = "a <?x b\n";
	char *got;

	(void)state;
	got = read_doc(closed, strlen(closed), true, false);
	assert_string_equal(got, "block 4|line 1|level 0|"
			    "ordered 0|header 0|unclosed 0|toc 0|code 0|text a b|lines (null)|cells 0|own 0|\n"
			    "diagnostics:\nstopped 0|ret 1|");
	free(got);
	got = read_doc(open, strlen(open), true, false);
	assert_string_equal(got, "block 4|line 1|level 0|"
			    "ordered 0|header 0|unclosed 0|toc 0|code 0|text a <?x b|lines (null)|cells 0|own 0|\n"
			    "diagnostics:\nstopped 0|ret 1|");
	free(got);
}

/* ---- the pathological patterns ------------------------------------------ */

/* unit repeated to about size bytes, between before and after. */
static char *repeat(const char *before, const char *unit, size_t size, const char *after)
{
	struct strbuf b = STRBUF_INIT;

	strbuf_addstr(&b, before);
	while (b.len < size)
		strbuf_addstr(&b, unit);
	strbuf_addstr(&b, after);
	return strbuf_detach(&b);
}

struct pattern {
	const char *name, *before, *unit;
	size_t size;
	const char *after;
};

/* The patterns of tests/bad-input.sh and bench/run, at a size cmark-gfm
 * parses quickly as they are, as a code's description, a table cell, a
 * heading, a list item, a block quote. */
static const struct pattern patterns[] = {
	{ "pi", "### 404 Not Found\n\n", "a <? ", 8000, "\n" },
	{ "pi-bare", "### 404 Not Found\n\na", "<?", 8000, "\n" },
	{ "decl", "### 404 Not Found\n\n", "a <!A ", 8000, "\n" },
	{ "decl-bare", "### 404 Not Found\n\na", "<!D ", 8000, "\n" },
	{ "cdata", "### 404 Not Found\n\n", "a <![CDATA[", 8000, "\n" },
	{ "cdata-bare", "### 404 Not Found\n\na", "<![CDATA[", 8000, "\n" },
	{ "cell-pi", "| Code | Reason |\n|---|---|\n| 404 | ", "a <? ", 8000, "|\n" },
	{ "heading-pi", "## 404 ", "a <? ", 8000, "\n" },
	{ "item-pi", "- 404 Not Found ", "a <? ", 8000, "\n" },
	{ "quote-decl", "", "> a <!A \n", 8000, "" },
	{ "images", "### 404 Not Found\n\n", "![[]()", 20000, "\n" },
	{ "images-nested", "### 404 Not Found\n\n", "![[a]()", 20000, "\n" },
	{ "cell-images", "| Code | Reason |\n|---|---|\n| 404 | ", "![[]()", 20000, "|\n" },
	{ "item-images", "- 404 Not Found ", "![[]()", 20000, "\n" },
	{ "quote-images", "", "> ![[]()![[]()![[]()\n", 20000, "" },
	{ "row-cells", "| Code | Reason |\n|---|---|\n| 404 | Not Found ", "|x", 8000, "\n" },
	{ "header-cells", "", "x|", 8000, "\n|---|---|\n| 404 | Not Found |\n" },
};

static void test_patterns(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(patterns) / sizeof(patterns[0]); i++) {
		const struct pattern *p = &patterns[i];
		char *doc = repeat(p->before, p->unit, p->size, p->after);
		long n = check_same(p->name, doc, strlen(doc), true);

		if (n <= 0)
			fprintf(stderr, "%s: %ld backslashes\n", p->name, n);
		assert_true(n > 0);
		free(doc);
	}
}

/* ---- refused ---------------------------------------------------------------- */

/* The first diagnostic reading doc gives, with no block before it. */
static void check_refused(const char *doc, const char *first)
{
	char *got = read_doc(doc, strlen(doc), true, false);

	if (strncmp(got, "diagnostics:\n", 13) || strncmp(got + 13, first, strlen(first)))
		fprintf(stderr, "got:\n%.1000s\n", got);
	assert_int_equal(strncmp(got, "diagnostics:\n", 13), 0);
	assert_int_equal(strncmp(got + 13, first, strlen(first)), 0);
	assert_non_null(strstr(got, "stopped 1|ret 0|"));
	assert_int_equal(defused_count(doc, strlen(doc)), -1);
	free(got);
}

static void test_refused(void **state)
{
	const char *images = "doc.md:1: error: Markdown block has too many image openers ('![') "
			     "left open around links for cmark-gfm\n";
	const char *cells = "doc.md:3: error: Markdown table row has more than 128 cells\n";
	char *links = repeat("\n", "[]()", 800, "\n]\n");
	char *doc, *unit, *more;

	(void)state;
	/* Open processing instructions in what may be a code span. */
	doc = repeat("x\n\n`", "a <? ", 400, "`\n");
	check_refused(doc, "doc.md:3: error: Markdown block has more than 64 unclosed '<?', '<!' "
		      "or '<![CDATA[' that cannot be made safe for cmark-gfm\n");
	free(doc);
	/* Image openers the last line may close, and links between. */
	doc = repeat("", "![", 40000, links);
	check_refused(doc, images);
	free(doc);
	/* Image openers closed on their line, links between. */
	unit = repeat("", "![", 400, "");
	more = repeat(unit, "[]()", 400 + 800, "");
	free(unit);
	unit = repeat(more, "]", 400 + 800 + 200, "");
	doc = repeat("", unit, 200000, "\n");
	check_refused(doc, images);
	free(doc);
	free(unit);
	free(more);
	free(links);
	/* Cells in what may be code spans; more cells than gfm.6 counts. */
	doc = repeat("a|b\n-|-\n", "`|`", 600, "\n");
	check_refused(doc, cells);
	free(doc);
	doc = repeat("a|b\n-|-\n", "|", 70000, "\n");
	check_refused(doc, cells);
	free(doc);
}

/* ---- random documents ---------------------------------------------------- */

/* Lines that open, close and hide raw HTML, brackets and cells, and the
 * blocks they may be in. */
static const char *const random_lines[] = {
	"a", "", "", "", "a <? b", "c ?> d", "<?", "?>", "x <!A y", "z > w", "<!B", ">",
	"x <![CDATA[ y", "]]>", "`a <? b`", "`", "``", "[a <? b]", "[a <? b]: /u", "]: /u",
	"[x](<? y>)", "[x](<![CDATA[ y>)", "x <?a@b.c>", "<?a@b.c>", "    <? a", "- <? a",
	"- a <!A", "  > b", "> a <!A", ">", "> b>", ">     > c", "```", "~~~", "    code <? x",
	"<div>", "</div>", "<span>", "<!-- a <? b -->", "a|b", "-|-", "| <? | ?> |", "|x|y|",
	"# h <? x", "h <? x", "===", "---", "1. a <!X b", "   - c <? d", "\\<? x", "\\\\<? x",
	"![[]()", "![a](b) <? c", "<a href=\"<?\">x</a>", "[a](b <? c)", "x <?php echo 1;",
	"x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	"x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|`1|2`|[3|4] <a|b>|c",
	"a <![CDATA[ b", "[y]: <![CDATA[ z>", "<?xml a", "*a <? b*", "**a <!A b**",
	"| a <? | b <!X |", "|---|---|", "| x | y |", "a | b", "- | x", "  - a <? b", "    - c <!Y",
	"> - a <? b", ">> c <!Z d", "[a <? b](c)", "[a](<? b>)", "<a b='<?'>", "`` <? `` ``",
	"&lt;? x", "&#60;? y", "x <![CDATA[ y ]] z", "]]", "?", "<", "!", "A", "\\", "`x`",
	"[", "]", "![", "(", ")", ":", "\t<? a", "  \t> b", "<!A", "<!A\t", "x<!A\ty>",
	"~~~ <? x", "~~~", "<pre>", "</pre>", "<script>", "</script>", "<!-- x", "-->",
	"<?php", "?>", "<!DOCTYPE x", "> <? a", "> ?>", "1) a <? b", "10. c <!A d",
	"[foo]: /u '<? t'", "[foo]", "x <? y <? z ?> w <? v",
	"|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	"x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|1 <? a|2|3|`4|5`|6",
	"x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|"
	"x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|x|[a|b](c)|\\|d|e\\\\|f",
};

/* The same without what makes image openers impossible to judge (raw
 * HTML, code spans, reference definitions): with a line that takes
 * cmark-gfm past the budget (an image opener left open by every link),
 * so that they are made safe too. */
static const char *const random_image_lines[] = {
	"a", "", "", "[a](b)", "![a](b)", "[a", "![", "| a | b |", "-|-", "# h [a](b)",
	"- [a](b)", "> ![x", "![[a]()", "[![a](b)](c)", "![a]", "![[]]", "|![x|]", "[a]()",
	"\\![", "!\\[x](y)", "[[[", "  ![a", "***", "a ![b [c](d) e", "![x\\](y)", "1. [a]",
	"![a](b) ![c](d)", "[a](b)[c]()", "]",
};

/* docs documents of random lines from lines, each with the line images
 * at a random place if it is not NULL: those must read the same, or
 * (image openers) be refused.  Return the number refused. */
static unsigned long check_random(const char *const *lines, size_t nr_lines, unsigned long docs,
				  const char *images)
{
	unsigned long seed = 7, i, refused = 0;

	for (i = 0; i < docs; i++) {
		struct strbuf doc = STRBUF_INIT;
		unsigned long n, at;
		const char *eol;

		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		n = 3 + (seed >> 33) % 30;
		at = images ? (seed >> 40) % n : n;
		eol = (seed >> 20) % 10 ? "\n" : "\r\n";
		while (n--) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			strbuf_addstr(&doc, n == at ? images : lines[(seed >> 33) % nr_lines]);
			strbuf_addstr(&doc, eol);
		}
		if (images && defused_count(doc.buf, doc.len) < 0)
			refused++;
		else
			check_same("random document", doc.buf, doc.len, false);
		strbuf_release(&doc);
	}
	return refused;
}

static void test_random_documents(void **state)
{
	char *images = repeat("", "![[]()", 9000, "");
	unsigned long refused;

	(void)state;
	check_random(random_lines, sizeof(random_lines) / sizeof(random_lines[0]), 20000, NULL);
	/* Some are refused: a ']' on a line after the one with image
	 * openers left open may close one of them, or not. */
	refused = check_random(random_image_lines,
			       sizeof(random_image_lines) / sizeof(random_image_lines[0]), 300, images);
	fprintf(stderr, "%lu of 300 documents with image openers refused\n", refused);
	assert_true(refused > 0 && refused <= 200);
	free(images);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_closed_and_open),
		cmocka_unit_test(test_shapes),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_random_documents),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
