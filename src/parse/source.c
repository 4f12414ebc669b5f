/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/source.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "i18n.h"
#include "parse/html_reader.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

#define READ_CHUNK (64u * 1024u)

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n > m && text_equal_nocase(s + n - m, suffix);
}

int source_format_of(const char *path)
{
	if (has_suffix(path, ".html") || has_suffix(path, ".htm") ||
	    has_suffix(path, ".xhtml"))
		return SOURCE_HTML;
	if (has_suffix(path, ".md") || has_suffix(path, ".markdown"))
		return SOURCE_MARKDOWN;
	return -1;
}

/* Read up to want bytes; return how many, or -1 after reporting. */
static long read_some(FILE *f, const char *path, char *buf, size_t want,
		      struct diag *diag)
{
	size_t n = fread(buf, 1, want, f);

	if (n < want && ferror(f)) {
		diag_error(diag, NULL, 0, _("cannot read '%s': %s"), path,
			   strerror(errno));
		return -1;
	}
	return (long)n;
}

static FILE *open_source(const char *path, struct diag *diag)
{
	FILE *f = fopen(path, "rb");

	if (!f)
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path,
			   strerror(errno));
	return f;
}

static int too_large(const char *path, struct diag *diag)
{
	diag_error(diag, path, 0, _("document is larger than %u MiB"),
		   SOURCE_MAX_SIZE >> 20);
	return -1;
}

static bool has_utf8_bom(const char *buf, size_t len)
{
	return len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3);
}

/* Front matter is replaced by as many empty lines, so that the readers'
 * line numbers still count from the top of the file. */
static size_t blank_out(const char *text, size_t end, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < end; i++)
		if (text[i] == '\n')
			strbuf_addch(out, '\n');
	return end;
}

/* Does the start of an HTML page choose its own encoding, by a UTF-16 byte
 * order mark or a <meta> charset declaration?  libxml2 then decodes it;
 * otherwise the page is read as UTF-8 (not libxml2's Latin-1 default). */
static bool html_declares_encoding(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;

	if (len >= 2 && (!memcmp(buf, "\xfe\xff", 2) || !memcmp(buf, "\xff\xfe", 2)))
		return true;
	while (p < end) {
		const char *tag = memchr(p, '<', (size_t)(end - p));
		const char *close;

		if (!tag || end - tag < 6)
			return false;
		close = memchr(tag, '>', (size_t)(end - tag));
		if (!close)
			return false;
		if (text_equal_nocase_n(tag + 1, "meta", 4)) {
			const char *q;

			for (q = tag + 5; q + 7 <= close; q++)
				if (text_equal_nocase_n(q, "charset", 7))
					return true;
		}
		p = close + 1;
	}
	return false;
}

static int read_html(const char *path, struct source_meta *meta,
		     struct diag *diag, record_fn *fn, void *arg)
{
	struct html_reader *reader = NULL;
	struct strbuf lines = STRBUF_INIT;
	char *buf = xmalloc(READ_CHUNK);
	size_t total = 0, skip = 0;
	bool first = true;
	int ret = -1;
	long n;
	FILE *f;

	f = open_source(path, diag);
	if (!f)
		goto out;
	while ((n = read_some(f, path, buf, READ_CHUNK, diag)) > 0) {
		total += (size_t)n;
		if (total > SOURCE_MAX_SIZE) {
			too_large(path, diag);
			goto out;
		}
		if (first) {
			size_t bom = has_utf8_bom(buf, (size_t)n) ? 3 : 0;

			first = false;
			reader = html_reader_new(path, HTML_LINES_FROM_PARSER,
						 !html_declares_encoding(buf, (size_t)n),
						 diag, fn, arg);
			if (front_matter_read(path, buf + bom, (size_t)n - bom, meta,
					      &skip, diag) < 0)
				goto out;
			if (skip) {
				skip += bom;
				blank_out(buf, skip, &lines);
				if (html_reader_feed(reader, lines.buf, lines.len) < 0)
					break;
			}
		}
		if (html_reader_feed(reader, buf + skip, (size_t)n - skip) < 0)
			break;
		skip = 0;
	}
	if (n < 0)
		goto out;
	if (total == 0) {
		diag_error(diag, path, 1, _("document is empty"));
		goto out;
	}
	ret = html_reader_finish(reader);
out:
	html_reader_free(reader);
	strbuf_release(&lines);
	free(buf);
	if (f)
		fclose(f);
	return ret;
}

/* Read the whole file into *text; return its length or -1 after reporting. */
static long slurp(const char *path, struct strbuf *text, struct diag *diag)
{
	char *buf = xmalloc(READ_CHUNK);
	long n, ret = -1;
	FILE *f = open_source(path, diag);

	if (!f)
		goto out;
	while ((n = read_some(f, path, buf, READ_CHUNK, diag)) > 0) {
		if (text->len + (size_t)n > SOURCE_MAX_SIZE) {
			too_large(path, diag);
			goto out;
		}
		strbuf_add(text, buf, (size_t)n);
	}
	if (n == 0)
		ret = (long)text->len;
out:
	free(buf);
	if (f)
		fclose(f);
	return ret;
}

/* Change in the nesting of skipped elements (see html_reader_skips()) made
 * by the tags in a raw HTML block. */
static int skipped_depth_change(const char *html)
{
	const char *p = html;
	int change = 0;

	while ((p = strchr(p, '<')) != NULL) {
		bool closing = p[1] == '/';
		const char *name = p + 1 + closing;
		char tag[16];
		size_t n = 0;

		while (n < sizeof(tag) - 1 && ((name[n] >= 'a' && name[n] <= 'z') ||
					       (name[n] >= 'A' && name[n] <= 'Z'))) {
			tag[n] = (char)(name[n] | 0x20);
			n++;
		}
		tag[n] = '\0';
		if (n && html_reader_skips(tag))
			change += closing ? -1 : 1;
		p = name;
	}
	return change;
}

/* Raw HTML blocks are never records, nor is Markdown that stands between
 * the opening and closing tag of a skipped element (a <footer> with blank
 * lines in it splits into several blocks): remove both from the tree. */
static void drop_raw_html(cmark_node *doc)
{
	cmark_node *node = cmark_node_first_child(doc), *next;
	int depth = 0;

	for (; node; node = next) {
		next = cmark_node_next(node);
		if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
			depth += skipped_depth_change(cmark_node_get_literal(node));
			if (depth < 0)
				depth = 0;
		} else if (!depth) {
			continue;
		}
		cmark_node_free(node);
	}
}

static char *markdown_to_html(const char *text, size_t len)
{
	cmark_parser *parser;
	cmark_node *doc;
	char *html;

	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_feed(parser, text, len);
	doc = cmark_parser_finish(parser);
	drop_raw_html(doc);
	html = cmark_render_html(doc, CMARK_OPT_SOURCEPOS,
				 cmark_parser_get_syntax_extensions(parser));
	cmark_node_free(doc);
	cmark_parser_free(parser);
	return html;
}

static int read_markdown(const char *path, struct source_meta *meta,
			 struct diag *diag, record_fn *fn, void *arg)
{
	struct strbuf text = STRBUF_INIT, md = STRBUF_INIT;
	struct html_reader *reader = NULL;
	size_t start = 0, bad, skip;
	char *html = NULL;
	int ret = -1;

	if (slurp(path, &text, diag) < 0)
		goto out;
	if (text.len == 0) {
		diag_error(diag, path, 1, _("document is empty"));
		goto out;
	}
	if (has_utf8_bom(text.buf, text.len))
		start = 3;
	bad = utf8_invalid_offset(text.buf + start, text.len - start);
	if (bad < text.len - start) {
		diag_error(diag, path, line_of_offset(text.buf, start + bad),
			   _("invalid UTF-8 (byte 0x%02x)"),
			   (unsigned char)text.buf[start + bad]);
		goto out;
	}
	if (memchr(text.buf + start, '\0', text.len - start)) {
		diag_error(diag, path, line_of_offset(text.buf, start +
			   (size_t)((char *)memchr(text.buf + start, '\0', text.len - start) -
				    (text.buf + start))),
			   _("document contains a NUL byte"));
		goto out;
	}
	if (front_matter_read(path, text.buf + start, text.len - start, meta,
			      &skip, diag) < 0)
		goto out;
	blank_out(text.buf + start, skip, &md);
	strbuf_add(&md, text.buf + start + skip, text.len - start - skip);
	html = markdown_to_html(strbuf_str(&md), md.len);
	reader = html_reader_new(path, HTML_LINES_FROM_SOURCEPOS, true, diag, fn, arg);
	html_reader_feed(reader, html, strlen(html));
	ret = html_reader_finish(reader);
out:
	html_reader_free(reader);
	free(html);
	strbuf_release(&md);
	strbuf_release(&text);
	return ret;
}

int source_read(const char *path, enum source_format format,
		struct source_meta *meta, struct diag *diag,
		record_fn *fn, void *arg)
{
	if (format == SOURCE_MARKDOWN)
		return read_markdown(path, meta, diag, fn, arg);
	return read_html(path, meta, diag, fn, arg);
}
