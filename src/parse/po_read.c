/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/po_read.h"

#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gettext-po.h>

#include "i18n.h"
#include "po_errors.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* ---- the file as text ------------------------------------------------- */

/* The line at *pos in text (its length, without its end, "\n" or
 * "\r\n" as libgettextpo takes both, in *n); *pos moves to the next one. */
static const char *next_line(const struct strbuf *text, size_t *pos, size_t *n)
{
	const char *line = text->buf + *pos;
	const char *nl = memchr(line, '\n', text->len - *pos);

	*n = nl ? (size_t)(nl - line) : text->len - *pos;
	*pos += *n + (nl ? 1 : 0);
	if (*n && line[*n - 1] == '\r')
		(*n)--;
	return line;
}

/* The number of the first line of text that is exactly want (when exact)
 * or starts with it; 0 if there is none. */
static unsigned find_line(const struct strbuf *text, const char *want, bool exact)
{
	size_t pos = 0, n, k = strlen(want);
	unsigned number = 0;

	while (pos < text->len) {
		const char *line = next_line(text, &pos, &n);

		number++;
		if ((exact ? n == k : n >= k) && !memcmp(line, want, k))
			return number;
	}
	return 0;
}

/* ---- entries by context ----------------------------------------------- */

/* By context, then in file order (the entries are one array). */
static int compare_by_context(const void *pa, const void *pb)
{
	const struct po_entry *a = *(const struct po_entry *const *)pa;
	const struct po_entry *b = *(const struct po_entry *const *)pb;
	int c = strcmp(a->msgctxt, b->msgctxt);

	return c ? c : a < b ? -1 : a > b;
}

/* strcmp of s with the n bytes of key. */
static int compare_key(const char *s, const char *key, size_t n)
{
	int c = strncmp(s, key, n);

	return c ? c : s[n] != '\0';
}

/* The first position in cat->by_context of an entry whose context is the
 * n bytes of key, or cat->nr when there is none. */
static size_t find_context(const struct po_catalog *cat, const char *key, size_t n)
{
	size_t lo = 0, hi = cat->nr;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (compare_key(cat->by_context[mid]->msgctxt, key, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < cat->nr && compare_key(cat->by_context[lo]->msgctxt, key, n) == 0)
		return lo;
	return cat->nr;
}

/* ---- checks ----------------------------------------------------------- */

/* What libgettextpo would let through: a NUL byte ends a string early. */
static int check_text(const char *path, const struct strbuf *text, struct diag *diag)
{
	const char *nul = memchr(strbuf_str(text), '\0', text->len);

	if (!nul)
		return 0;
	diag_error(diag, path, line_of_offset(text->buf, (size_t)(nul - text->buf)),
		   _("catalog contains a NUL byte"));
	return -1;
}

/* One field of a message as the catalog writes it: its keyword's line
 * and its strings with their escapes read, as libgettextpo reads them. */
struct raw_field {
	unsigned line;
	char keyword[16];
	struct strbuf value;
	unsigned nul_line;          /* where an escape gives a NUL byte; 0 if none */
};

/* Give the message whose context is ctx its line (libgettextpo does not
 * say where a message is): the k-th msgctxt line with a context belongs
 * to the k-th message with it, seen[] counting, per first position in
 * by_context, the lines met so far. */
static void place_context(struct po_catalog *cat, size_t *seen, const struct strbuf *ctx,
			  unsigned line)
{
	size_t at = find_context(cat, strbuf_str(ctx), ctx->len);

	if (at == cat->nr)
		return;
	if (at + seen[at] < cat->nr &&
	    !strcmp(cat->by_context[at + seen[at]]->msgctxt, cat->by_context[at]->msgctxt))
		cat->by_context[at + seen[at]]->line = line;
	seen[at]++;
}

static bool is_octal(char c)
{
	return c >= '0' && c <= '7';
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/* Append the strings of line[0..n) (line number) to f->value, their
 * escapes read. */
static void add_strings(struct raw_field *f, const char *line, size_t n, unsigned number)
{
	static const char simple[] = "n\nt\tb\br\rf\fv\va\a\\\\\"\"??";
	bool in_string = false;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned value = 0;
		const char *k;

		if (line[i] == '"') {
			in_string = !in_string;
			continue;
		}
		if (!in_string)
			continue;
		if (line[i] != '\\' || i + 1 == n) {
			strbuf_addch(&f->value, line[i]);
			continue;
		}
		i++;
		if (is_octal(line[i])) {
			size_t end = i + 3 < n ? i + 3 : n;

			for (; i < end && is_octal(line[i]); i++)
				value = value * 8 + (unsigned)(line[i] - '0');
			i--;
		} else if (line[i] == 'x' && i + 1 < n && hex_value(line[i + 1]) >= 0) {
			for (i++; i < n && hex_value(line[i]) >= 0; i++)
				value = (value * 16 + (unsigned)hex_value(line[i])) & 0xff;
			i--;
		} else {
			for (k = simple; *k && *k != line[i]; k += 2)
				;
			/* libgettextpo refused any other escape already. */
			value = *k ? (unsigned char)k[1] : (unsigned char)line[i];
		}
		/* An octal escape above \377 keeps its low byte. */
		value &= 0xff;
		if (value == 0 && !f->nul_line)
			f->nul_line = number;
		strbuf_addch(&f->value, (char)value);
	}
}

/* What libgettextpo lets through in a field's escapes: a NUL byte, which
 * ends the string there, and bytes that are not UTF-8 (it checks only
 * the bytes written as they are). */
static int check_field(const char *path, struct raw_field *f, struct po_catalog *cat,
		       size_t *seen, struct diag *diag)
{
	int ret = 0;

	if (!f->line)
		return 0;
	if (!strcmp(f->keyword, "msgctxt"))
		place_context(cat, seen, &f->value, f->line);
	if (f->nul_line) {
		diag_error(diag, path, f->nul_line,
			   _("%s contains an escaped NUL byte, which would cut it short"),
			   f->keyword);
		ret = -1;
	} else if (utf8_invalid_offset(f->value.buf, f->value.len) != f->value.len) {
		diag_error(diag, path, f->line, _("%s is not valid UTF-8 once its escapes are read"),
			   f->keyword);
		ret = -1;
	}
	f->line = 0;
	f->nul_line = 0;
	strbuf_reset(&f->value);
	return ret;
}

/* Read the strings of every message (obsolete ones and the previous
 * msgids of comments aside) as libgettextpo does: check them for what
 * check_field() finds, and give each message of cat the line of its
 * msgctxt.  text has been read by libgettextpo without an error, so its
 * syntax is sound. */
static int read_fields(const char *path, const struct strbuf *text, struct po_catalog *cat,
		       struct diag *diag)
{
	struct raw_field f = { 0, "", STRBUF_INIT, 0 };
	size_t *seen = xcalloc(cat->nr + 1, sizeof(*seen));
	size_t pos = 0, n, k;
	unsigned number = 0;
	int ret = 0;

	while (pos < text->len) {
		const char *line = next_line(text, &pos, &n);

		number++;
		for (k = 0; k < n && (line[k] == ' ' || line[k] == '\t'); k++)
			;
		if (k < n && line[k] == '"') {
			if (f.line)
				add_strings(&f, line + k, n - k, number);
			continue;
		}
		if (check_field(path, &f, cat, seen, diag) < 0)
			ret = -1;
		if (k == n || line[k] == '#')
			continue;
		f.line = number;
		n -= k;
		line += k;
		for (k = 0; k < n && k + 1 < sizeof(f.keyword) && line[k] != ' ' &&
		     line[k] != '\t' && line[k] != '"'; k++)
			f.keyword[k] = line[k];
		f.keyword[k] = '\0';
		add_strings(&f, line + k, n - k, number);
	}
	if (check_field(path, &f, cat, seen, diag) < 0)
		ret = -1;
	strbuf_release(&f.value);
	free(seen);
	return ret;
}

/* libgettextpo does not convert: a catalog must be UTF-8, and say so. */
static int check_charset(const char *path, po_file_t file, const struct strbuf *text,
			 struct diag *diag)
{
	/* Both are copies, allocated with malloc(). */
	char *header = (char *)po_file_domain_header(file, NULL);
	char *type = header ? po_header_field(header, "Content-Type") : NULL;
	const char *charset = type ? strstr(type, "charset=") : NULL;
	unsigned line = find_line(text, "\"Content-Type:", false);
	size_t n = 0;
	int ret = 0;

	if (charset) {
		charset += 8;
		n = strcspn(charset, " ;\t");
	}
	if (!charset || !n) {
		diag_error(diag, path, line ? line : find_line(text, "msgid \"\"", true),
			   _("the catalog does not declare its charset (it must be UTF-8)"));
		ret = -1;
	} else if (n != 5 || !text_equal_nocase_n(charset, "UTF-8", 5)) {
		diag_error(diag, path, line,
			   _("the catalog's charset is '%.*s', not UTF-8 (convert it with msgconv --to-code=UTF-8)"),
			   (int)n, charset);
		ret = -1;
	}
	free(type);
	free(header);
	return ret;
}

/* Two messages with one context: libgettextpo keeps both when their
 * msgids differ, and only one could be used. */
static int check_contexts(const struct po_catalog *cat, struct diag *diag)
{
	size_t i;
	int ret = 0;
	const struct po_entry *first = cat->nr ? cat->by_context[0] : NULL;

	for (i = 1; i < cat->nr; i++) {
		const struct po_entry *b = cat->by_context[i];

		if (strcmp(first->msgctxt, b->msgctxt)) {
			first = b;
			continue;
		}
		diag_error(diag, cat->path, b->line, _("msgctxt '%s' is used twice (first at line %u)"),
			   b->msgctxt, first->line);
		ret = -1;
	}
	return ret;
}

/* ---- reading ---------------------------------------------------------- */

/* libgettextpo's reading, its errors reported; NULL after any (it
 * returns a partly read file after errors). */
static po_file_t read_po_file(const char *path, struct diag *diag)
{
	struct po_errors errors;
	po_file_t volatile file = NULL;

	po_errors_begin(&errors, path, diag);
	if (setjmp(errors.fatal) == 0)
		file = po_file_read(path, &po_errors_handler);
	po_errors_end(&errors);
	if (file && errors.errors) {
		po_file_free(file);
		return NULL;
	}
	if (!file && !errors.errors)
		diag_error(diag, NULL, 0, _("cannot read '%s'"), path);
	return file;
}

static void warn_contextless(const char *path, const struct strbuf *text,
			     const char *msgid, struct diag *diag)
{
	char *want = xasprintf("msgid \"%s\"", msgid);

	diag_warning(diag, path, find_line(text, want, true),
		     _("message '%s' has no msgctxt, so it is not used"), msgid);
	free(want);
}

int po_catalog_read(struct po_catalog *cat, const char *path,
		    const struct input_options *opt, struct diag *diag)
{
	struct strbuf text = STRBUF_INIT;
	po_file_t file = NULL;
	po_message_iterator_t it;
	po_message_t m;
	unsigned long nr_contextless = 0;
	size_t alloc = 0, i;
	int ret = -1;

	memset(cat, 0, sizeof(*cat));
	cat->path = xstrdup(path);
	/* Read here first: the size limit, the checks libgettextpo does
	 * not make, and the lines it does not give. */
	if (input_read_file(path, opt, &text, diag) < 0 || check_text(path, &text, diag) < 0)
		goto out;
	file = read_po_file(path, diag);
	if (!file)
		goto out;
	if (check_charset(path, file, &text, diag) < 0)
		goto out;
	it = po_message_iterator(file, NULL);
	for (m = po_next_message(it); m; m = po_next_message(it)) {
		struct po_entry *e;

		if (po_message_is_obsolete(m))
			continue;
		if (!po_message_msgctxt(m)) {
			/* Every message of the domain has a context; the
			 * header is the one without. */
			if (*po_message_msgid(m) && !nr_contextless++)
				warn_contextless(path, &text, po_message_msgid(m), diag);
			continue;
		}
		XGROW(cat->entries, alloc, cat->nr + 1);
		e = &cat->entries[cat->nr++];
		e->msgctxt = xstrdup(po_message_msgctxt(m));
		e->msgid = xstrdup(po_message_msgid(m));
		e->msgstr = xstrdup(po_message_msgstr(m));
		e->fuzzy = po_message_is_fuzzy(m) != 0;
		e->line = 0;
	}
	po_message_iterator_free(it);
	if (nr_contextless > 1)
		diag_warning(diag, path, 0,
			     ngettext("%lu more message has no msgctxt, so it is not used",
				      "%lu more messages have no msgctxt, so they are not used",
				      nr_contextless - 1), nr_contextless - 1);
	cat->by_context = xcalloc(cat->nr + 1, sizeof(*cat->by_context));
	for (i = 0; i < cat->nr; i++)
		cat->by_context[i] = &cat->entries[i];
	if (cat->nr)
		qsort(cat->by_context, cat->nr, sizeof(*cat->by_context), compare_by_context);
	if (read_fields(path, &text, cat, diag) == 0)
		ret = check_contexts(cat, diag);
out:
	if (file)
		po_file_free(file);
	strbuf_release(&text);
	return ret;
}

const struct po_entry *po_catalog_find(const struct po_catalog *cat, const char *msgctxt)
{
	size_t at;

	if (!cat->by_context)
		return NULL;
	at = find_context(cat, msgctxt, strlen(msgctxt));
	return at < cat->nr ? cat->by_context[at] : NULL;
}

void po_catalog_release(struct po_catalog *cat)
{
	size_t i;

	for (i = 0; i < cat->nr; i++) {
		free(cat->entries[i].msgctxt);
		free(cat->entries[i].msgid);
		free(cat->entries[i].msgstr);
	}
	free(cat->entries);
	free(cat->by_context);
	free(cat->path);
	memset(cat, 0, sizeof(*cat));
}
