/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Raw HTML in a Markdown document's tree: elements whose content is
 * skipped (<footer>, <script>...) taken out before the walk, and the
 * line of a node in the document. */
#include <config.h>

#include "parse/md_raw.h"

#include <stdbool.h>
#include <string.h>

#include "parse/html_blocks.h"
#include "parse/markdown_blocks.h"
#include "util/text.h"

/* ---- raw HTML ------------------------------------------------------------ */

/* Change in the nesting of skipped elements (see html_blocks_skips()) made
 * by the tags of a piece of raw HTML; comments are passed over. */
static int skipped_depth_change(const char *html)
{
	const char *p = html;
	int change = 0;

	while (p && *p) {
		const char *name;
		bool closing;
		char tag[16];
		size_t n = 0;

		p = strchr(p, '<');
		if (!p)
			break;
		if (!strncmp(p, "<!--", 4)) {
			p = strstr(p + 4, "-->");
			continue;
		}
		closing = p[1] == '/';
		name = p + 1 + closing;
		while (n < sizeof(tag) - 1 && ((name[n] >= 'a' && name[n] <= 'z') ||
					       (name[n] >= 'A' && name[n] <= 'Z'))) {
			tag[n] = text_lower_ascii(name[n]);
			n++;
		}
		tag[n] = '\0';
		/* A tag name ends at white space, '>' or '/'. */
		if (n && strchr(" \t\r\n>/", name[n]) && name[n] && html_blocks_skips(tag))
			change += closing ? -1 : 1;
		p = name;
	}
	return change;
}

/* Whether text[0..len) has anywhere a tag that may open a skipped
 * element, as skipped_depth_change() reads tags. */
bool md_may_open_skipped(const char *text, size_t len)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		char tag[16];
		size_t n = 0;

		p = memchr(p, '<', (size_t)(end - p));
		if (!p)
			return false;
		p++;
		while (p + n < end && n < sizeof(tag) - 1 &&
		       ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z'))) {
			tag[n] = text_lower_ascii(p[n]);
			n++;
		}
		tag[n] = '\0';
		if (n && (p + n == end || strchr(" \t\r\n>/", p[n])) && html_blocks_skips(tag))
			return true;
	}
	return false;
}

/* The line of node, or of the nearest enclosing node that has one, in a
 * piece that starts after offset lines of the document.  (cmark-gfm
 * leaves the paragraph above a table's header without one.)  The
 * document itself is at line 1, whatever the piece. */
unsigned md_line_of_node(cmark_node *node, unsigned offset)
{
	cmark_node *p;

	while (node && cmark_node_get_start_line(node) <= 0)
		node = cmark_node_parent(node);
	if (!node || cmark_node_get_type(node) == CMARK_NODE_DOCUMENT)
		return 1;
	/* In such a paragraph, inline nodes count lines from 0 at the
	 * paragraph, whatever the piece: the same number as whole. */
	for (p = cmark_node_parent(node); p; p = cmark_node_parent(p))
		if (cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH) {
			if (cmark_node_get_start_line(p) <= 0)
				offset = 0;
			break;
		}
	return offset + (unsigned)cmark_node_get_start_line(node);
}

/* What stands between the opening and the closing tag of a skipped
 * element is never part of a record (a <footer> with blank lines in it is
 * split into several blocks; a <script> inside a paragraph leaves its
 * text between two inline HTML nodes).  Remove it, and the raw HTML that
 * opens and closes it, from the children of parent, recursively, parent
 * being depth levels down; raw HTML that opens or closes nothing skipped
 * stays, for the HTML reader.  open is the nesting depth of skipped
 * elements open before the first child; return the depth left open. */
int md_drop_raw_html(cmark_node *parent, unsigned depth, int open, struct md_walk *w)
{
	cmark_node *node = cmark_node_first_child(parent), *next;

	/* Each level is a stack frame here; cmark itself takes any depth. */
	if (node && depth > MARKDOWN_MAX_NESTING) {
		if (!w->deep_line)
			w->deep_line = md_line_of_node(parent, w->offset);
		return 0;
	}
	for (; node; node = next) {
		cmark_node_type type = cmark_node_get_type(node);

		next = cmark_node_next(node);
		if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
			int change = skipped_depth_change(cmark_node_get_literal(node));

			if (!open && change > 0 && cmark_node_get_start_line(node) > 0)
				w->open_line = md_line_of_node(node, w->offset);
			if (!open && !change)
				continue;
			open = open + change > 0 ? open + change : 0;
		} else if (!open) {
			if (md_drop_raw_html(node, depth + 1, 0, w) == 0)
				continue;
			/* A skipped element opened inside and never closed
			 * there: the rest of this level goes with it. */
			open = 1;
			continue;
		}
		cmark_node_free(node);
	}
	return open;
}
