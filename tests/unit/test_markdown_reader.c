/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Markdown reader, through source_read(), on documents the test makes:
 * nesting at and past the limit, and raw HTML thousands of lines down.
 * Every other document and what it must give is in the reader corpus
 * (tests/corpus/reader-*, run by tests/corpus.sh); the splitter has
 * test_md_split. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "util/strbuf.h"

/* Regression: 100,000 nested block quotes overflowed the stack (the walk
 * that drops raw HTML recursed once per level).  Nesting is limited. */
static void test_nesting_limit(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	size_t depth, i;

	(void)state;
	for (depth = SOURCE_MAX_NESTING - 1; depth <= 100000; depth *= 28) {
		strbuf_reset(&doc);
		strbuf_addstr(&doc, "### 404 Not Found\n\nGone.\n\n");
		for (i = 0; i < depth; i++)
			strbuf_addstr(&doc, "> ");
		strbuf_addstr(&doc, "deep\n");
		test_read_bytes(&t, "codes.md", doc.buf, doc.len);
		if (depth < SOURCE_MAX_NESTING) {
			assert_int_equal(t.ret, 0);
			assert_string_equal(t.diagnostics, "");
			assert_int_equal(t.nr, 1);
		} else {
			assert_int_equal(t.ret, -1);
			assert_one_diag(&t, 5, "error", "Markdown nested more than 128 deep");
			assert_int_equal(t.nr, 0);
		}
		test_read_release(&t);
	}
	strbuf_release(&doc);
}

/* Raw HTML far down a page keeps its line (the line breaks before it are
 * fed in batches, not one by one). */
static void test_raw_html_far_down(void **state)
{
	struct strbuf doc = STRBUF_INIT;
	struct test_read t;
	unsigned i;

	(void)state;
	strbuf_addstr(&doc, "<p>top</p>\n");
	for (i = 0; i < 10000; i++)
		strbuf_addch(&doc, '\n');
	strbuf_addstr(&doc, "<table><tr><td>200</td><td>OK</td></tr></table>\n");
	test_read_bytes(&t, "codes.md", doc.buf, doc.len);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(t.nr, 1);
	assert_int_equal(rec_at(&t, 0)->line, 10002);
	test_read_release(&t);
	strbuf_release(&doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting_limit),
		cmocka_unit_test(test_raw_html_far_down),
	};

	return cmocka_run_group_tests_name("markdown_reader", tests, NULL, NULL);
}
