/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/source.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/decode.h"
#include "parse/html_blocks.h"
#include "parse/input.h"
#include "parse/languages.h"
#include "parse/markdown_blocks.h"
#include "parse/md_split.h"
#include "parse/recognize.h"
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

/* ---- decoding ------------------------------------------------------- */

/* Report what stopped dec: an invalid sequence, or a character cut short
 * by the end of the file.  encoding is NULL for UTF-8; markdown: the
 * document could declare no other encoding. */
static void report_undecodable(const char *path, const struct decoder *dec,
			       const char *encoding, bool markdown, struct diag *diag)
{
	if (dec->truncated)
		diag_finding(diag, RULE_BAD_ENCODING, path, dec->bad_line,
			     _("the document ends in the middle of a character"));
	else if (markdown)
		diag_finding(diag, RULE_BAD_ENCODING, path, dec->bad_line,
			     _("invalid UTF-8 (byte 0x%02x)"),
			     dec->bad_byte);
	else if (!encoding)
		diag_finding(diag, RULE_BAD_ENCODING, path, dec->bad_line,
			     _("invalid UTF-8 (the document declares no other encoding)"));
	else if (dec->unit == 2)
		diag_finding(diag, RULE_BAD_ENCODING, path, dec->bad_line,
			     _("invalid %s (the document starts with its byte order mark)"),
			     encoding);
	else
		diag_finding(diag, RULE_BAD_ENCODING, path, dec->bad_line,
			     _("invalid byte sequence for the document's declared encoding '%s'"),
			     encoding);
}

/* With --lossy: the first replaced sequence, as soon as it is found. */
static void warn_replaced(const char *path, const struct decoder *dec,
			  const char *encoding, bool *warned, struct diag *diag)
{
	if (!dec->nr_bad || *warned)
		return;
	*warned = true;
	diag_finding(diag, RULE_REPLACED_BYTES, path, dec->bad_line,
		     _("invalid %s (byte 0x%02x) replaced with U+FFFD"),
		     encoding ? encoding : "UTF-8", dec->bad_byte);
}

/* With --lossy, at the end: how many more there were. */
static void warn_replaced_more(const char *path, const struct decoder *dec,
			       struct diag *diag)
{
	unsigned long more = dec->nr_bad ? dec->nr_bad - 1 : 0;

	if (more)
		diag_finding(diag, RULE_REPLACED_BYTES, path, 0,
			     ngettext("%lu more invalid byte sequence replaced with U+FFFD",
				      "%lu more invalid byte sequences replaced with U+FFFD",
				      more), more);
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

/* ---- the page's language --------------------------------------------- */

/* The value of the lang attribute of the <html> tag of text[0..len),
 * into tag (at most size - 1 bytes); false if there is none. */
static bool html_lang(const char *text, size_t len, char *tag, size_t size)
{
	const char *p = text, *end = text + len, *close, *q;
	size_t n = 0;

	for (; p + 5 < end; p++) {
		if (*p == '<' && text_equal_nocase_n(p + 1, "html", 4) &&
		    strchr(" \t\r\n>", p[5]))
			break;
	}
	if (p + 5 >= end)
		return false;
	close = memchr(p, '>', (size_t)(end - p));
	if (!close)
		return false;
	for (q = p + 5; q + 5 <= close; q++) {
		if (!strchr(" \t\r\n", q[-1]) || !text_equal_nocase_n(q, "lang", 4))
			continue;
		q += 4;
		while (q < close && (*q == ' ' || *q == '='))
			q++;
		if (q < close && (*q == '"' || *q == '\''))
			q++;
		while (q + n < close && n + 1 < size && !strchr("\"' \t\r\n>", q[n]))
			n++;
		memcpy(tag, q, n);
		tag[n] = '\0';
		return n > 0;
	}
	return false;
}

/* The language of an MDN path: the LL of ".../files/LL/..." ("fr",
 * "zh-tw", "en-us"), into tag (at most size - 1 bytes); false if none. */
static bool mdn_path_lang(const char *path, char *tag, size_t size)
{
	const char *p = path, *slash;
	size_t n;

	for (;;) {
		p = strstr(p, "files/");
		if (!p)
			return false;
		if (p == path || p[-1] == '/')
			break;
		p++;
	}
	p += 6;
	slash = strchr(p, '/');
	n = slash ? (size_t)(slash - p) : 0;
	if (!n || n >= size)
		return false;
	memcpy(tag, p, n);
	tag[n] = '\0';
	return true;
}

/* ---- the prose a page's language is told from ------------------------ */

/* Bytes of a page read for its prose: the detector reads 64 KiB of what
 * is left. */
#define PROSE_SOURCE_MAX (1024u * 1024u)
/* How far an inline code span is looked for its closing backticks. */
#define CODE_SPAN_MAX 1024u

/* The elements whose text is code or no text of the page's language. */
static const char *const code_elements[] = { "pre", "code", "script", "style", "kbd", "samp" };

/* Does p (before end) name element name, followed by the end of its
 * name? */
static bool names_element(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	return (size_t)(end - p) > n && text_equal_nocase_n(p, name, n) &&
	       (p[n] == '>' || p[n] == ' ' || p[n] == '\t' || p[n] == '\n' || p[n] == '\r' ||
		p[n] == '/');
}

#define NR_CODE_ELEMENTS (sizeof(code_elements) / sizeof(code_elements[0]))

/* What the search for end tags has found: for each code element, and
 * for comments, NULL or where a search found no end after it (so that
 * no later one searches again, and every byte is looked at a bounded
 * number of times). */
struct prose_state {
	const char *no_end[NR_CODE_ELEMENTS + 1];
	const char *gt_from, *gt;   /* the first '>' after gt_from (NULL: none) */
};

/* The first '>' at p or after it, or NULL: found again only past the
 * last one found, so that a run of tags left open ("<pre <pre <pre")
 * is read once. */
static const char *next_gt(struct prose_state *st, const char *p, const char *end)
{
	if (st->gt_from && p >= st->gt_from && (!st->gt || p <= st->gt))
		return st->gt;
	st->gt_from = p;
	st->gt = memchr(p, '>', (size_t)(end - p));
	return st->gt;
}

/* The first needle in p[0..n), ASCII case aside, or NULL. */
static const char *find_nocase(const char *p, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	for (i = 0; i + m <= n; i++)
		if (text_equal_nocase_n(p + i, needle, m))
			return p + i;
	return NULL;
}

/* Past the end of what starts at p, n bytes of opening, and ends with
 * the first close after it (then past its '>'); p when nothing closes it
 * (what follows an unclosed <code> is read as prose), remembered in
 * *no_end. */
static const char *skip_to(const char *p, const char *end, size_t n, const char *close,
			   const char **no_end)
{
	const char *q;

	if (*no_end && p >= *no_end)
		return p;
	q = find_nocase(p + n, (size_t)(end - p - n), close);
	if (!q) {
		*no_end = p;
		return p;
	}
	q = memchr(q, '>', (size_t)(end - q));
	return q ? q + 1 : end;
}

/* Past a comment, or a code element and its end tag, that starts at p
 * ('<'); p when none starts there or nothing ends it.  A code element
 * closed in its own tag ("<script src=... />") is that tag. */
static const char *skip_html_code(struct prose_state *st, const char *p, const char *end)
{
	static const char *const ends[] = { "</pre", "</code", "</script", "</style", "</kbd",
					    "</samp" };
	const char *tag_end;
	size_t i;

	if ((size_t)(end - p) >= 4 && !memcmp(p, "<!--", 4))
		return skip_to(p, end, 4, "-->", &st->no_end[NR_CODE_ELEMENTS]);
	for (i = 0; i < NR_CODE_ELEMENTS; i++) {
		if (!names_element(p + 1, end, code_elements[i]))
			continue;
		tag_end = next_gt(st, p, end);
		if (!tag_end)
			return p;
		if (tag_end[-1] == '/')
			return tag_end + 1;
		return skip_to(p, end, (size_t)(tag_end + 1 - p), ends[i], &st->no_end[i]);
	}
	return p;
}

/* The length of the run of c at p (before end). */
static size_t run_of(const char *p, const char *end, char c)
{
	const char *q = p;

	while (q < end && *q == c)
		q++;
	return (size_t)(q - p);
}

/* Past a fenced code block whose opening fence starts the line at p, or
 * p when none does: its closing fence, or the end of the text. */
static const char *skip_md_fence(const char *p, const char *end)
{
	const char *q = p, *line;
	size_t n, indent;
	char c;

	for (indent = 0; indent < 3 && q < end && *q == ' '; indent++)
		q++;
	if (q >= end || (*q != '`' && *q != '~'))
		return p;
	c = *q;
	n = run_of(q, end, c);
	if (n < 3)
		return p;
	for (line = memchr(q, '\n', (size_t)(end - q)); line; line = memchr(q, '\n', (size_t)(end - q))) {
		q = line + 1;
		for (indent = 0; indent < 3 && q < end && *q == ' '; indent++)
			q++;
		if (run_of(q, end, c) >= n) {
			line = memchr(q, '\n', (size_t)(end - q));
			return line ? line + 1 : end;
		}
	}
	return end;
}

/* Past an inline code span that starts at p (a run of backticks): its
 * closing run, looked for on the same line and CODE_SPAN_MAX bytes at
 * most; else past the opening run alone. */
static const char *skip_md_span(const char *p, const char *end)
{
	size_t n = run_of(p, end, '`'), m;
	const char *q = p + n, *stop = end - q > CODE_SPAN_MAX ? q + CODE_SPAN_MAX : end;

	while (q < stop && *q != '\n') {
		if (*q != '`') {
			q++;
			continue;
		}
		m = run_of(q, stop, '`');
		if (m == n)
			return q + m;
		q += m;
	}
	return p + n;
}

/* The prose of text[0..len) in *prose_len bytes (free() it): code blocks,
 * code spans, scripts, styles and comments blanked out, since
 * identifiers and keywords are English whatever language the page is
 * written in. */
static char *prose_of(const char *text, size_t len, bool html, size_t *prose_len)
{
	const char *p = text, *end = text + (len > PROSE_SOURCE_MAX ? PROSE_SOURCE_MAX : len), *next;
	struct strbuf sb = STRBUF_INIT;
	struct prose_state st = { { NULL }, NULL, NULL };

	while (p < end) {
		next = p;
		/* Markdown may hold raw HTML too. */
		if (*p == '<')
			next = skip_html_code(&st, p, end);
		else if (!html && (p == text || p[-1] == '\n'))
			next = skip_md_fence(p, end);
		if (next == p && !html && *p == '`')
			next = skip_md_span(p, end);
		if (next != p) {
			strbuf_addch(&sb, '\n');
			p = next;
			continue;
		}
		strbuf_addch(&sb, *p++);
	}
	*prose_len = sb.len;
	return strbuf_detach(&sb);
}

/* The page's language, into meta->locale: --locale, else the front
 * matter's lang, else <html lang>, else an MDN path, else what its text
 * text[0..len) is written in; NULL when none of them tells. */
static void find_language(const char *path, const struct input_options *opt,
			  struct source_meta *meta, const char *text, size_t len, bool html)
{
	const struct languages *l = opt->languages;
	char tag[64], *prose;
	size_t prose_len;
	int i;

	free(meta->locale);
	meta->locale = NULL;
	if (opt->locale) {
		meta->locale = xstrdup(opt->locale);
		return;
	}
	if (meta->lang)
		meta->locale = languages_normalize_tag(l, meta->lang);
	if (!meta->locale && html && html_lang(text, len, tag, sizeof(tag)))
		meta->locale = languages_normalize_tag(l, tag);
	if (!meta->locale && mdn_path_lang(path, tag, sizeof(tag)))
		meta->locale = languages_normalize_tag(l, tag);
	if (meta->locale)
		return;
	prose = prose_of(text, len, html, &prose_len);
	i = languages_detect(l, prose, prose_len, html);
	free(prose);
	if (i >= 0)
		meta->locale = xstrdup(l->langs[i].name);
}

/* ---- HTML ------------------------------------------------------------ */

/* The value of the first charset=... inside a <meta> tag of buf, copied
 * into name (at most size - 1 bytes), and the offset of the tag in *at;
 * false if there is none. */
static bool find_meta_charset(const char *buf, size_t len, char *name, size_t size,
			      size_t *at)
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
				while (q < close && strchr("\t\n\f\r ", *q))
					q++;
				while (q + n < close && n + 1 < size &&
				       !strchr("\"'; />", q[n]))
					n++;
				memcpy(name, q, n);
				name[n] = '\0';
				*at = (size_t)(tag - buf);
				return n > 0;
			}
		}
		p = close + 1;
	}
	return false;
}

/* How an HTML page is decoded. */
struct page_encoding {
	const char *iconv;          /* the decoder; NULL: UTF-8 */
	const char *shown;          /* its name in messages: the label declared */
	size_t bom;                 /* bytes of a byte order mark to skip */
	size_t unit;                /* the size of a code unit */
};

/* The encoding of an HTML page, from its first chunk, as a browser
 * finds it: a byte order mark, else a <meta> charset declaration (name:
 * its label, at most size - 1 bytes), else UTF-8.  libxml2's own guess
 * would fall back to Latin-1.  A label of the WHATWG Encoding Standard
 * means its encoding, as HTML reads a <meta>: UTF-16 means UTF-8 (the
 * bytes of the <meta> are ASCII), x-user-defined windows-1252; any other
 * label is a warning, and so is an encoding iconv cannot decode, and the
 * page is read as UTF-8.  Return 0, or -1 after reporting a "replacement"
 * encoding (iso-2022-kr...), which browsers decode as one U+FFFD. */
static int html_encoding(const char *path, const char *buf, size_t len, char *name,
			 size_t size, struct page_encoding *pe, struct diag *diag)
{
	const struct whatwg_encoding *enc;
	unsigned line;
	size_t at;
	iconv_t cd;

	memset(pe, 0, sizeof(*pe));
	pe->unit = 1;
	if (len >= 2 && (!memcmp(buf, "\xfe\xff", 2) || !memcmp(buf, "\xff\xfe", 2))) {
		pe->bom = pe->unit = 2;
		pe->iconv = pe->shown = buf[0] == '\xfe' ? "UTF-16BE" : "UTF-16LE";
		return 0;
	}
	if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3))
		pe->bom = 3;
	if (!find_meta_charset(buf, len, name, size, &at))
		return 0;
	line = line_of_offset(buf, at);
	enc = whatwg_encoding_of(name);
	/* The byte order mark wins, as in browsers. */
	if (pe->bom) {
		if (!enc || strcmp(enc->name, "UTF-8"))
			diag_finding(diag, RULE_CHARSET_DECLARATION, path, line,
				     _("charset '%s' is ignored: the document starts with a UTF-8 byte order mark"),
				     name);
		return 0;
	}
	if (!enc) {
		diag_finding(diag, RULE_CHARSET_DECLARATION, path, line,
			     _("charset '%s' is not an encoding browsers know (WHATWG Encoding Standard); the document is read as UTF-8"),
			     name);
		return 0;
	}
	if (!strcmp(enc->name, "replacement")) {
		diag_finding(diag, RULE_BAD_ENCODING, path, line,
			     _("charset '%s' is one browsers refuse to decode: they show the whole document as U+FFFD"),
			     name);
		return -1;
	}
	if (!strcmp(enc->name, "UTF-16LE") || !strcmp(enc->name, "UTF-16BE"))
		return 0;
	if (!strcmp(enc->name, "x-user-defined"))
		enc = whatwg_encoding_of("windows-1252");
	if (!enc->iconv)
		return 0;
	cd = iconv_open("UTF-8", enc->iconv);
	if (cd == (iconv_t)-1) {
		diag_finding(diag, RULE_CHARSET_DECLARATION, path, line,
			     _("charset '%s' (%s) cannot be decoded here: iconv has no '%s'; the document is read as UTF-8"),
			     name, enc->name, enc->iconv);
		return 0;
	}
	iconv_close(cd);
	pe->iconv = enc->iconv;
	pe->shown = name;
	return 0;
}

/* Decode a chunk and report a failure; with --lossy, report the first
 * sequence replaced.  Return 0, or -1 after reporting. */
static int decode_chunk(const char *path, struct decoder *dec, const char *encoding,
			const char *buf, size_t len, bool last, struct strbuf *out,
			bool *warned, struct diag *diag)
{
	if (decoder_feed(dec, buf, len, last, out) < 0) {
		report_undecodable(path, dec, encoding, false, diag);
		return -1;
	}
	warn_replaced(path, dec, encoding, warned, diag);
	return 0;
}

static int read_html(const char *path, const struct input_options *opt,
		     struct source_meta *meta, struct diag *diag, record_fn *fn, void *arg)
{
	struct html_blocks *blocks = NULL;
	struct recognizer *rz = NULL;
	struct strbuf text = STRBUF_INIT, lines = STRBUF_INIT;
	struct decoder dec;
	struct page_encoding pe;
	char *buf = xmalloc(READ_CHUNK);
	char charset[64];
	const char *encoding;
	size_t total = 0, skip = 0;
	bool warned = false, stopped;
	int ret = -1;
	long n;
	FILE *f;

	decoder_init(&dec, NULL, 1, false);
	f = input_open(path, opt, diag);
	if (!f)
		goto out;
	n = input_read_chunk(f, path, buf, READ_CHUNK, &total, opt, diag);
	if (n < 0)
		goto out;
	if (n == 0) {
		diag_finding(diag, RULE_EMPTY_DOCUMENT, path, 1, _("document is empty"));
		goto out;
	}
	if (html_encoding(path, buf, (size_t)n, charset, sizeof(charset), &pe, diag) < 0)
		goto out;
	encoding = pe.shown;
	meta->encoding = pe.iconv;
	decoder_release(&dec);
	if (decoder_init(&dec, pe.iconv, pe.unit, opt->lossy) < 0) {
		diag_finding(diag, RULE_BAD_ENCODING, path, 1,
			     _("unsupported encoding '%s'"), encoding);
		goto out;
	}
	if (decode_chunk(path, &dec, encoding, buf + pe.bom, (size_t)n - pe.bom, false, &text,
			 &warned, diag) < 0)
		goto out;
	rz = recognizer_new(path, diag, fn, arg);
	blocks = html_blocks_new(path, NULL, diag, recognizer_block, rz);
	if (!blocks)
		goto out;
	/* Front matter must end within the first chunk (doc/limits.md). */
	if (front_matter_read(path, strbuf_str(&text), text.len, n < (long)READ_CHUNK ? 0 : READ_CHUNK,
			      meta, &skip, diag) < 0)
		goto out;
	recognizer_set_registry(rz, opt->registry);
	recognizer_set_comments(rz, opt->comment, opt->comment_arg);
	find_language(path, opt, meta, strbuf_str(&text) + skip, text.len - skip, true);
	recognizer_set_language(rz, opt->languages, meta->locale);
	recognizer_set_page_title(rz, meta->title,
				  front_matter_key_line(strbuf_str(&text), skip, "title"));
	if (skip) {
		blank_out(text.buf, skip, &lines);
		html_blocks_feed(blocks, lines.buf, lines.len);
	}
	while (html_blocks_feed(blocks, strbuf_str(&text) + skip, text.len - skip) == 0 && n > 0) {
		skip = 0;
		strbuf_reset(&text);
		n = input_read_chunk(f, path, buf, READ_CHUNK, &total, opt, diag);
		if (n < 0 || decode_chunk(path, &dec, encoding, buf, (size_t)n, n == 0, &text,
					  &warned, diag) < 0)
			goto out;
	}
	if (html_blocks_finish(blocks, &stopped) < 0)
		recognizer_fail(rz);
	ret = recognizer_finish(rz, stopped);
	warn_replaced_more(path, &dec, diag);
out:
	decoder_release(&dec);
	html_blocks_free(blocks);
	recognizer_free(rz);
	strbuf_release(&lines);
	strbuf_release(&text);
	free(buf);
	if (f)
		fclose(f);
	return ret;
}

/* ---- Markdown -------------------------------------------------------- */

/* The document's text after front matter: skip bytes of text are
 * replaced, in place, by their line ends (blank_out()); return where the
 * Markdown starts in text->buf. */
static const char *blank_front_matter(struct strbuf *text, size_t skip)
{
	size_t i, lines = 0;

	for (i = 0; i < skip; i++)
		lines += text->buf[i] == '\n';
	memset(text->buf + skip - lines, '\n', lines);
	return text->buf + skip - lines;
}

static int read_markdown(const char *path, const struct input_options *opt,
			 struct source_meta *meta, struct diag *diag, record_fn *fn, void *arg)
{
	struct strbuf raw = STRBUF_INIT, text = STRBUF_INIT;
	struct recognizer *rz = NULL;
	struct decoder dec;
	size_t start = 0, skip, len;
	const char *nul, *md;
	unsigned title_line;
	bool warned = false, stopped;
	int ret = -1;

	decoder_init(&dec, NULL, 1, opt->lossy);
	if (input_read_file(path, opt, &raw, diag) < 0)
		goto out;
	if (raw.len == 0) {
		diag_finding(diag, RULE_EMPTY_DOCUMENT, path, 1, _("document is empty"));
		goto out;
	}
	if (has_utf8_bom(raw.buf, raw.len))
		start = 3;
	if (decoder_feed(&dec, raw.buf + start, raw.len - start, true, &text) < 0) {
		report_undecodable(path, &dec, NULL, true, diag);
		goto out;
	}
	/* The document is held once while it is parsed. */
	strbuf_release(&raw);
	warn_replaced(path, &dec, NULL, &warned, diag);
	warn_replaced_more(path, &dec, diag);
	nul = memchr(strbuf_str(&text), '\0', text.len);
	if (nul) {
		diag_finding(diag, RULE_BAD_ENCODING, path, line_of_offset(text.buf, (size_t)(nul - text.buf)),
			     _("document contains a NUL byte"));
		goto out;
	}
	if (front_matter_read(path, strbuf_str(&text), text.len, 0, meta, &skip, diag) < 0)
		goto out;
	title_line = front_matter_key_line(strbuf_str(&text), skip, "title");
	md = skip ? blank_front_matter(&text, skip) : strbuf_str(&text);
	len = text.len - (size_t)(md - strbuf_str(&text));
	if (md_check_tables(path, md, len, diag) < 0 || md_check_blocks(path, md, len, diag) < 0)
		goto out;
	rz = recognizer_new(path, diag, fn, arg);
	recognizer_set_registry(rz, opt->registry);
	recognizer_set_comments(rz, opt->comment, opt->comment_arg);
	find_language(path, opt, meta, md, len, false);
	recognizer_set_language(rz, opt->languages, meta->locale);
	recognizer_set_page_title(rz, meta->title, title_line);
	if (markdown_blocks_read(path, md, len, MD_PIECE_SIZE, diag, recognizer_block, rz,
				 &stopped) < 0)
		recognizer_fail(rz);
	ret = recognizer_finish(rz, stopped);
out:
	decoder_release(&dec);
	recognizer_free(rz);
	strbuf_release(&text);
	strbuf_release(&raw);
	return ret;
}

int source_read(const char *path, enum source_format format,
		const struct input_options *opt, struct source_meta *meta,
		struct diag *diag, record_fn *fn, void *arg)
{
	opt = input_options_or_default(opt);
	if (format == SOURCE_MARKDOWN)
		return read_markdown(path, opt, meta, diag, fn, arg);
	return read_html(path, opt, meta, diag, fn, arg);
}
