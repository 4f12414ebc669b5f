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

/* ---- reading files --------------------------------------------------- */

static FILE *open_source(const char *path, struct diag *diag)
{
	FILE *f = fopen(path, "rb");

	if (!f)
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path,
			   strerror(errno));
	return f;
}

/* Read the next chunk of at most want bytes.  Return its length (0 at the
 * end), or -1 after reporting a read error or a document over the limit. */
static long read_chunk(FILE *f, const char *path, char *buf, size_t want,
		       size_t *total, struct diag *diag)
{
	size_t n = fread(buf, 1, want, f);

	if (n < want && ferror(f)) {
		diag_error(diag, NULL, 0, _("cannot read '%s': %s"), path,
			   strerror(errno));
		return -1;
	}
	*total += n;
	if (*total > SOURCE_MAX_SIZE) {
		diag_error(diag, path, 1, _("document is larger than %u MiB"),
			   SOURCE_MAX_SIZE >> 20);
		return -1;
	}
	return (long)n;
}

static bool has_utf8_bom(const char *buf, size_t len)
{
	return len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3);
}

/* Front matter is replaced by as many empty lines, so that the readers'
 * line numbers still count from the top of the file. */
static void blank_out(const char *text, size_t end, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < end; i++)
		if (text[i] == '\n')
			strbuf_addch(out, '\n');
}

/* ---- HTML ------------------------------------------------------------ */

/* The value of the first charset=... inside a <meta> tag of buf, copied
 * into name (at most size - 1 bytes); false if there is none. */
static bool find_meta_charset(const char *buf, size_t len, char *name, size_t size)
{
	const char *p = buf, *end = buf + len;

	while (p < end) {
		const char *tag = memchr(p, '<', (size_t)(end - p)), *close, *q;

		if (!tag)
			return false;
		close = memchr(tag, '>', (size_t)(end - tag));
		if (!close)
			return false;
		if (close - tag > 5 && text_equal_nocase_n(tag + 1, "meta", 4)) {
			for (q = tag + 5; q + 8 <= close; q++) {
				size_t n = 0;

				if (!text_equal_nocase_n(q, "charset=", 8))
					continue;
				q += 8;
				if (*q == '"' || *q == '\'')
					q++;
				while (q + n < close && n + 1 < size &&
				       !strchr("\"'; />", q[n]))
					n++;
				memcpy(name, q, n);
				name[n] = '\0';
				return n > 0;
			}
		}
		p = close + 1;
	}
	return false;
}

/* The encoding of an HTML page, from the start of it: a UTF-16 byte order
 * mark, else a <meta> charset declaration, else UTF-8 (NULL).  libxml2's
 * own guess would fall back to Latin-1. */
static const char *html_encoding(const char *buf, size_t len, char *name, size_t size)
{
	if (len >= 2 && !memcmp(buf, "\xfe\xff", 2))
		return "UTF-16BE";
	if (len >= 2 && !memcmp(buf, "\xff\xfe", 2))
		return "UTF-16LE";
	if (find_meta_charset(buf, len, name, size))
		return name;
	return NULL;
}

static int read_html(const char *path, struct source_meta *meta,
		     struct diag *diag, record_fn *fn, void *arg)
{
	struct html_reader *reader = NULL;
	struct strbuf lines = STRBUF_INIT;
	char *buf = xmalloc(READ_CHUNK);
	char charset[64];
	size_t total = 0, skip = 0, bom;
	int ret = -1;
	long n;
	FILE *f;

	f = open_source(path, diag);
	if (!f)
		goto out;
	n = read_chunk(f, path, buf, READ_CHUNK, &total, diag);
	if (n < 0)
		goto out;
	if (n == 0) {
		diag_error(diag, path, 1, _("document is empty"));
		goto out;
	}
	reader = html_reader_new(path, HTML_LINES_FROM_PARSER,
				 html_encoding(buf, (size_t)n, charset, sizeof(charset)),
				 diag, fn, arg);
	if (!reader)
		goto out;
	/* Front matter must end within the first chunk (README: Limits). */
	bom = has_utf8_bom(buf, (size_t)n) ? 3 : 0;
	if (front_matter_read(path, buf + bom, (size_t)n - bom, meta, &skip, diag) < 0)
		goto out;
	if (skip) {
		skip += bom;
		blank_out(buf, skip, &lines);
		html_reader_feed(reader, lines.buf, lines.len);
	}
	while (n > 0 && html_reader_feed(reader, buf + skip, (size_t)n - skip) == 0) {
		skip = 0;
		n = read_chunk(f, path, buf, READ_CHUNK, &total, diag);
	}
	if (n < 0)
		goto out;
	ret = html_reader_finish(reader);
out:
	html_reader_free(reader);
	strbuf_release(&lines);
	free(buf);
	if (f)
		fclose(f);
	return ret;
}

/* ---- Markdown -------------------------------------------------------- */

/* Read the whole file into text; return 0, or -1 after reporting. */
static int slurp(const char *path, struct strbuf *text, struct diag *diag)
{
	char *buf = xmalloc(READ_CHUNK);
	size_t total = 0;
	long n = -1;
	FILE *f = open_source(path, diag);

	if (f) {
		n = read_chunk(f, path, buf, READ_CHUNK, &total, diag);
		while (n > 0) {
			strbuf_add(text, buf, (size_t)n);
			n = read_chunk(f, path, buf, READ_CHUNK, &total, diag);
		}
		fclose(f);
	}
	free(buf);
	return n < 0 ? -1 : 0;
}

/* Change in the nesting of skipped elements (see html_reader_skips()) made
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
		if (n && strchr(" \t\r\n>/", name[n]) && name[n] && html_reader_skips(tag))
			change += closing ? -1 : 1;
		p = name;
	}
	return change;
}

/* Raw HTML is never part of a record, nor is what stands between the
 * opening and the closing tag of a skipped element (a <footer> with blank
 * lines in it is split into several blocks; a <script> inside a paragraph
 * leaves its text between two inline HTML nodes).  Remove both from the
 * children of parent, recursively.  Return the nesting depth left open. */
static int drop_raw_html(cmark_node *parent, unsigned *open_line)
{
	cmark_node *node = cmark_node_first_child(parent), *next;
	int depth = 0;

	for (; node; node = next) {
		cmark_node_type type = cmark_node_get_type(node);

		next = cmark_node_next(node);
		if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
			int change = skipped_depth_change(cmark_node_get_literal(node));

			if (!depth && change > 0 && cmark_node_get_start_line(node) > 0)
				*open_line = (unsigned)cmark_node_get_start_line(node);
			depth = depth + change > 0 ? depth + change : 0;
		} else if (!depth) {
			if (drop_raw_html(node, open_line) == 0)
				continue;
			/* A skipped element opened inside and never closed
			 * there: the rest of this level goes with it. */
			depth = 1;
			continue;
		}
		cmark_node_free(node);
	}
	return depth;
}

static char *markdown_to_html(const char *path, const char *text, size_t len,
			      struct diag *diag)
{
	cmark_parser *parser;
	cmark_node *doc;
	char *html;
	unsigned open_line = 0;

	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_feed(parser, text, len);
	doc = cmark_parser_finish(parser);
	if (drop_raw_html(doc, &open_line) > 0)
		diag_warning(diag, path, open_line ? open_line : 1,
			     _("raw HTML element is not closed; what follows it is ignored"));
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
	const char *nul;
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
	bad = start + utf8_invalid_offset(text.buf + start, text.len - start);
	if (bad < text.len) {
		diag_error(diag, path, line_of_offset(text.buf, bad),
			   _("invalid UTF-8 (byte 0x%02x)"), (unsigned char)text.buf[bad]);
		goto out;
	}
	nul = memchr(text.buf, '\0', text.len);
	if (nul) {
		diag_error(diag, path, line_of_offset(text.buf, (size_t)(nul - text.buf)),
			   _("document contains a NUL byte"));
		goto out;
	}
	if (front_matter_read(path, text.buf + start, text.len - start, meta,
			      &skip, diag) < 0)
		goto out;
	blank_out(text.buf + start, skip, &md);
	strbuf_add(&md, text.buf + start + skip, text.len - start - skip);
	html = markdown_to_html(path, strbuf_str(&md), md.len, diag);
	reader = html_reader_new(path, HTML_LINES_FROM_SOURCEPOS, NULL, diag, fn, arg);
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
