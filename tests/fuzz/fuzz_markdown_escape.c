/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Markdown escaper.  The first byte, modulo 3, says where the text
 * goes (enum markdown_context: paragraph, table cell, heading); the rest
 * is the text.  Its contract (emit/markdown.h): every character that
 * could start markup is backslash-escaped, a newline becomes a hard line
 * break ("\" at the end of a line), a paragraph break, <br> inside a cell
 * or a space in a heading, and CommonMark with GFM tables and autolinks
 * renders text, never markup, nor a link (an "@" may follow an empty
 * HTML comment, which keeps an e-mail address from becoming one).  Both
 * are checked: the characters one by one, and what cmark-gfm, configured
 * as our reader configures it, makes of the result. */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "emit/markdown.h"
#include "fuzz.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* Every markup character is escaped and every line end is one the
 * contract allows. */
static void check_escapes(const char *s, enum markdown_context where)
{
	bool in_cell = where == MARKDOWN_CELL;
	size_t i;

	if (where == MARKDOWN_HEADING && strpbrk(s, "\r\n"))
		abort();
	for (i = 0; s[i]; i++) {
		if (s[i] == '\\') {
			if (!s[i + 1])
				abort();
			i++;
			if (s[i] == '\r' || (s[i] == '\n' && in_cell))
				abort();
			continue;
		}
		if (in_cell && !strncmp(s + i, "<br>", 4)) {
			i += 3;
			continue;
		}
		if (!strncmp(s + i, "<!-- -->@", 9)) {
			i += 8;
			continue;
		}
		if (s[i] == '\r' || (s[i] == '\n' && (in_cell ||
			(s[i + 1] != '\n' && (i == 0 || s[i - 1] != '\n')))))
			abort();
		if (strchr("`*_[]<>|~&#", s[i]))
			abort();
	}
}

static cmark_node *parse(const char *text)
{
	cmark_parser *parser;
	cmark_node *doc;

	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(CMARK_OPT_DEFAULT);
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("autolink"));
	cmark_parser_feed(parser, text, strlen(text));
	doc = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	return doc;
}

/* Only text and line breaks under node (and the <br> of a cell, and the
 * empty comment that keeps an e-mail address from becoming a link). */
static void check_inlines(cmark_node *node, bool in_cell)
{
	cmark_node *c;

	for (c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
		cmark_node_type t = cmark_node_get_type(c);

		if (t == CMARK_NODE_HTML_INLINE && in_cell &&
		    !strcmp(cmark_node_get_literal(c), "<br>"))
			continue;
		if (t == CMARK_NODE_HTML_INLINE && !strcmp(cmark_node_get_literal(c), "<!-- -->"))
			continue;
		if (t != CMARK_NODE_TEXT && t != CMARK_NODE_SOFTBREAK &&
		    t != CMARK_NODE_LINEBREAK)
			abort();
	}
}

/* The text after a first paragraph, as on a page: a byte order mark
 * that starts a document is dropped by cmark-gfm, and the text never
 * starts one. */
static void check_paragraphs(const char *escaped)
{
	char *text = xasprintf("P\n\n%s", escaped);
	cmark_node *doc = parse(text), *c;

	for (c = cmark_node_first_child(doc); c; c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH)
			abort();
		check_inlines(c, false);
	}
	cmark_node_free(doc);
	free(text);
}

/* The text as the one cell of a one-column table's only body row. */
static void check_cell(const char *escaped)
{
	char *table = xasprintf("| Code |\n| --- |\n| %s |\n", escaped);
	cmark_node *doc = parse(table), *row, *cell;

	if (!cmark_node_first_child(doc) || cmark_node_next(cmark_node_first_child(doc)) ||
	    strcmp(cmark_node_get_type_string(cmark_node_first_child(doc)), "table"))
		abort();
	row = cmark_node_first_child(cmark_node_first_child(doc));
	if (!row)
		abort();
	row = cmark_node_next(row);
	if (!row || cmark_node_next(row))
		abort();
	cell = cmark_node_first_child(row);
	if (!cell || cmark_node_next(cell))
		abort();
	check_inlines(cell, true);
	cmark_node_free(doc);
	free(table);
}

/* The text after "### 404 ": one heading, of text only (and empty
 * comments). */
static void check_heading(const char *escaped)
{
	char *line = xasprintf("### 404 %s\n", escaped);
	cmark_node *doc = parse(line), *heading = cmark_node_first_child(doc), *c;

	if (!heading || cmark_node_next(heading) ||
	    cmark_node_get_type(heading) != CMARK_NODE_HEADING)
		abort();
	for (c = cmark_node_first_child(heading); c; c = cmark_node_next(c))
		if (cmark_node_get_type(c) != CMARK_NODE_TEXT &&
		    !(cmark_node_get_type(c) == CMARK_NODE_HTML_INLINE &&
		      !strcmp(cmark_node_get_literal(c), "<!-- -->")))
			abort();
	cmark_node_free(doc);
	free(line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	enum markdown_context where;
	char *text;

	if (size < 1)
		return 0;
	where = (enum markdown_context)(data[0] % 3);
	text = xstrndup((const char *)data + 1, size - 1);
	markdown_escape(&sb, text, where);
	check_escapes(strbuf_str(&sb), where);
	if (where == MARKDOWN_CELL)
		check_cell(strbuf_str(&sb));
	else if (where == MARKDOWN_HEADING)
		check_heading(strbuf_str(&sb));
	else
		check_paragraphs(strbuf_str(&sb));
	strbuf_release(&sb);
	free(text);
	return 0;
}
