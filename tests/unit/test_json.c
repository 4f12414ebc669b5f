/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON emitter: hostile text survives a round trip through jansson's
 * parser unchanged, and the output is deterministic. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "dataset/dataset.h"
#include "emit/json.h"
#include "helpers.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Quotes, backslashes, a closing script tag, a comment end, trigraph,
 * printf conversions, U+2028, an emoji, entities decoded to '<' and '&'. */
#define HOSTILE_REASON "\"Quoted\" \\back\\slash </script> */ ?\?/ %s%n"
#define HOSTILE_L10N "\xe2\x80\xa8行分隔 \xf0\x9f\x98\x80 <b>&</b>"

static char *emit_to_string(const struct dataset *ds, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	assert_non_null(f);
	assert_int_equal(emit_json(ds, f), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void test_hostile_round_trip(void **state)
{
	char *dir = test_make_temp_dir(), *sub, *path, *out, *again;
	struct dataset ds;
	struct diag d;
	json_error_t err;
	json_t *root, *st;
	size_t len, len2;
	const char *html =
		"<table><tr><th>code</th><th>reason</th><th>localized name</th></tr>\n"
		"<tr><td>404</td><td>\"Quoted\" \\back\\slash &lt;/script&gt; */ ?\?/ %s%n</td>"
		"<td>\xe2\x80\xa8行分隔 \xf0\x9f\x98\x80 &lt;b&gt;&amp;&lt;/b&gt;</td></tr></table>\n";
	const char *md = "### 404\n\nFirst paragraph.\n\nSecond, with `code` and *emphasis*.\n";

	(void)state;
	sub = xasprintf("%s/sources/zh_CN", dir);
	path = xasprintf("mkdir -p '%s'", sub);
	assert_int_equal(system(path), 0);
	free(path);
	path = xasprintf("%s/a.html", sub);
	test_write_file(path, html, strlen(html));
	free(path);
	path = xasprintf("%s/b.md", sub);
	test_write_file(path, md, strlen(md));
	free(path);

	diag_init(&d, stderr);
	dataset_init(&ds);
	assert_int_equal(dataset_load(&ds, dir, &d), 0);
	assert_int_equal(dataset_merge(&ds, &d), 0);
	out = emit_to_string(&ds, &len);
	again = emit_to_string(&ds, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(out, again, len);
	assert_int_equal(utf8_invalid_offset(out, len), len);
	assert_int_equal(out[len - 1], '\n');

	root = json_loads(out, 0, &err);
	assert_non_null(root);
	st = json_array_get(json_object_get(root, "statuses"), 0);
	assert_int_equal(json_integer_value(json_object_get(st, "code")), 404);
	assert_string_equal(json_string_value(json_object_get(st, "reason")), HOSTILE_REASON);
	assert_string_equal(json_string_value(json_object_get(
		json_object_get(json_object_get(st, "translations"), "zh_CN"), "reason")),
		HOSTILE_L10N);
	assert_string_equal(json_string_value(json_object_get(
		json_object_get(json_object_get(st, "translations"), "zh_CN"), "description")),
		"First paragraph.\n\nSecond, with code and emphasis.");
	/* The newline between paragraphs is escaped, not raw, in the file. */
	assert_non_null(strstr(out, "First paragraph.\\n\\nSecond"));
	json_decref(root);
	free(out);
	free(again);
	dataset_release(&ds);
	test_remove_tree(dir);
	free(sub);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hostile_round_trip),
	};

	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
