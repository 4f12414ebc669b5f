/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/markdown.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/text.h"
#include "util/xalloc.h"

/* A word of the page (its title, a column label) in language l of ds
 * (-1: English): its catalog's translation, else the English. */
static const char *page_word(const struct dataset *ds, int l, enum page_word w)
{
	const char *l10n = l >= 0 ? ds->page_words[w].l10n[l].text : NULL;

	return l10n ? l10n : ds->page_words[w].name.text;
}

/* The code point that the sequence at p starts, in valid UTF-8; its
 * length in *len. */
static uint32_t next_code_point(const char *p, size_t *len)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (u[0] < 0xe0) {
		*len = 2;
		return (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
	}
	if (u[0] < 0xf0) {
		*len = 3;
		return (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
	}
	*len = 4;
	return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3f) << 12 |
	       (uint32_t)(u[2] & 0x3f) << 6 | (u[3] & 0x3f);
}

/* Is c a character of Han, kana or Hangul, the scripts whose text stands
 * in full-width brackets? */
static bool is_cjk(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x11ff) ||         /* Hangul Jamo */
	       c == 0x3005 || c == 0x3007 ||           /* 々 〇 */
	       (c >= 0x3040 && c <= 0x30ff) ||         /* Hiragana, Katakana */
	       (c >= 0x3130 && c <= 0x318f) ||         /* Hangul Compatibility Jamo */
	       (c >= 0x31f0 && c <= 0x31ff) ||         /* Katakana extensions */
	       (c >= 0x3400 && c <= 0x4dbf) ||         /* CJK Extension A */
	       (c >= 0x4e00 && c <= 0x9fff) ||         /* CJK Unified Ideographs */
	       (c >= 0xa960 && c <= 0xa97f) ||         /* Hangul Jamo Extended-A */
	       (c >= 0xac00 && c <= 0xd7ff) ||         /* Hangul Syllables, Jamo Extended-B */
	       (c >= 0xf900 && c <= 0xfaff) ||         /* CJK Compatibility Ideographs */
	       (c >= 0xff66 && c <= 0xffdc) ||         /* half-width katakana, Hangul */
	       (c >= 0x20000 && c <= 0x3ffff);         /* CJK Extensions B and on */
}

static bool has_cjk(const char *text)
{
	struct strbuf valid = STRBUF_INIT;
	const char *p;
	bool found = false;
	size_t len;

	strbuf_add_utf8(&valid, text, strlen(text));
	for (p = strbuf_str(&valid); *p && !found; p += len)
		found = is_cjk(next_code_point(p, &len));
	strbuf_release(&valid);
	return found;
}

/* text as valid UTF-8 (an invalid byte would stop cmark-gfm from reading
 * a table row) with every line end, CR LF or CR, as LF. */
static void normalize(struct strbuf *out, const char *text)
{
	struct strbuf valid = STRBUF_INIT;
	size_t i;

	strbuf_add_utf8(&valid, text, strlen(text));
	for (i = 0; i < valid.len; i++) {
		const char *cr = memchr(valid.buf + i, '\r', valid.len - i);
		size_t run = cr ? (size_t)(cr - valid.buf) - i : valid.len - i;

		/* Runs without CR copied at once. */
		strbuf_add(out, valid.buf + i, run);
		i += run;
		if (i < valid.len && valid.buf[i + 1] != '\n')
			strbuf_addch(out, '\n');
	}
	strbuf_release(&valid);
}

/* Where in p (0 or 3) GFM's autolink extension could start a web link
 * that one backslash stops: the ":" of "://", or the "." of "www." (any
 * case); -1 if nowhere. */
static int autolink_at(const char *p)
{
	if (*p == ':' && p[1] == '/' && p[2] == '/')
		return 0;
	if (text_equal_nocase_n(p, "www.", 4))
		return 3;
	return -1;
}

/* Could c end the local part of an e-mail address ("x" in "x@y.example")?
 * The autolink extension finds those in the parsed text, where no escape
 * reaches; only a node between c and the "@" stops it. */
static bool ends_local_part(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '+' || c == '-' || c == '_';
}

/* An empty HTML comment: invisible, dropped by every reader, and a node
 * of its own between the text around it. */
#define MARKDOWN_SEPARATOR "<!-- -->"

void markdown_escape(struct strbuf *sb, const char *text, enum markdown_context where)
{
	struct strbuf normal = STRBUF_INIT;
	bool line_start = true;
	const char *p, *escape_at = NULL;
	size_t n;

	normalize(&normal, text);
	for (p = strbuf_str(&normal); *p; p++) {
		bool escape = false;
		int link;

		if (*p == '\n') {
			/* A heading is one line: a newline there is a space.
			 * Elsewhere a blank line parts paragraphs and a single
			 * newline is a hard line break. */
			if (where == MARKDOWN_HEADING) {
				while (p[1] == '\n')
					p++;
				strbuf_addch(sb, ' ');
				continue;
			}
			if (p[1] == '\n' && where == MARKDOWN_PARAGRAPH) {
				while (p[1] == '\n')
					p++;
				strbuf_addstr(sb, "\n\n");
			} else {
				strbuf_addstr(sb, where == MARKDOWN_CELL ? "<br>" : "\\\n");
			}
			line_start = true;
			continue;
		}
		if (line_start) {
			const char *q = p;

			/* Indentation would make a code block, and is not
			 * rendered in a paragraph anyway. */
			if (*p == ' ' || *p == '\t')
				continue;
			/* GFM's table reader takes these for blanks too. */
			if (*p == '\v' || *p == '\f') {
				strbuf_addch(sb, *p);
				continue;
			}
			/* "-", "+", "=" could make a list item or a setext
			 * underline, "-" and ":" a table's delimiter row;
			 * "1." and "1)" an ordered list. */
			if (*p == '-' || *p == '+' || *p == '=' || *p == ':') {
				escape = true;
			} else if (*p >= '0' && *p <= '9') {
				while (*q >= '0' && *q <= '9')
					q++;
				if (*q == '.' || *q == ')') {
					strbuf_add(sb, p, (size_t)(q - p));
					strbuf_addch(sb, '\\');
					p = q;
				}
			}
			line_start = false;
		}
		/* Runs of bytes that need nothing are copied at once; a run
		 * stops where a link could start ("@", the ":" of "://", the
		 * "w" of "www.") and before a byte marked for escaping. */
		if (!escape && p != escape_at) {
			n = strcspn(p, "\n\\`*_[]<>|~&#@:wW");
			if (escape_at > p && (size_t)(escape_at - p) < n)
				n = (size_t)(escape_at - p);
			if (n) {
				strbuf_add(sb, p, n);
				p += n - 1;
				continue;
			}
		}
		if (*p == '@' && p > strbuf_str(&normal) && ends_local_part(p[-1]))
			strbuf_addstr(sb, MARKDOWN_SEPARATOR);
		link = autolink_at(p);
		if (link >= 0)
			escape_at = p + link;
		if (escape || strchr("\\`*_[]<>|~&#", *p) || p == escape_at)
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, *p);
	}
	strbuf_release(&normal);
}

static void put_escaped(FILE *out, const char *text, enum markdown_context where)
{
	struct strbuf sb = STRBUF_INIT;

	markdown_escape(&sb, text, where);
	fputs(strbuf_str(&sb), out);
	strbuf_release(&sb);
}

/* The English phrase with the registry's marks: "(Unused)" (the unused
 * label), "Not Extended (OBSOLETED)", "... (TEMPORARY, expires
 * 2026-11-13)". */
static char *marked_reason(const struct dataset *ds, const struct status_entry *e)
{
	const char *reason = e->reason.text ? e->reason.text : "";

	if (e->flags & REGISTRY_UNUSED)
		return xasprintf("(%s)", ds->unused_label.name.text);
	if (e->flags & REGISTRY_OBSOLETE)
		return xasprintf("%s (OBSOLETED)", reason);
	if ((e->flags & REGISTRY_TEMPORARY) && e->expires)
		return xasprintf("%s (TEMPORARY, %s %s)", reason,
				 e->expired ? "expired" : "expires", e->expires);
	return xstrdup(reason);
}

static const char *or_english(const char *localized, const char *english)
{
	return localized ? localized : english;
}

/* text as a YAML double-quoted scalar: '"' and '\\' escaped, and every
 * character YAML does not print or takes for a line break (controls,
 * C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF) as an escape; a
 * byte that is not part of valid UTF-8 becomes U+FFFD. */
static void put_yaml_string(FILE *out, const char *text)
{
	struct strbuf valid = STRBUF_INIT;
	const char *p;
	size_t len;

	strbuf_add_utf8(&valid, text, strlen(text));
	fputc('"', out);
	for (p = strbuf_str(&valid); *p; p += len) {
		uint32_t c = next_code_point(p, &len);

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", (int)c);
		else if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
			fprintf(out, "\\x%02X", (unsigned)c);
		else if (c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe || c == 0xffff)
			fprintf(out, "\\u%04X", (unsigned)c);
		else
			fwrite(p, 1, len, out);
	}
	fputc('"', out);
	strbuf_release(&valid);
}

static void write_front_matter(const struct dataset *ds, const char *locale, int l, FILE *out)
{
	const char *title = page_word(ds, l, PAGE_TITLE);
	size_t i;

	/* The title comes from a catalog: a YAML string, a one-line heading. */
	fputs("---\ntitle: ", out);
	put_yaml_string(out, title);
	fprintf(out, "\nlang: %s\n---\n\n", locale);
	fputs("<!-- Generated by " PACKAGE_STRING " from the statusgen data", out);
	for (i = 0; i < ds->nr_catalogs; i++)
		if (!strcmp(ds->catalogs[i].file.locale, locale))
			fputs(" and its catalog", out);
	fputs("; do not edit.\n"
	      "     This file may be used, copied, modified and distributed without restriction. -->\n\n",
	      out);
	fputs("# ", out);
	put_escaped(out, title, MARKDOWN_HEADING);
	fputs("\n", out);
}

/* One walk for both styles: a class heading (and, for tables, the
 * table's head) whenever the class changes, then the code's section or
 * row. */
static void write_entries(const struct dataset *ds, int l, enum markdown_style style, FILE *out)
{
	bool table = style == MARKDOWN_TABLE;
	int c = 0;
	size_t i;

	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];
		const char *l10n = l < 0 ? NULL : e->flags & REGISTRY_UNUSED ?
				   ds->unused_label.l10n[l].text : e->l10n[l].reason.text;
		const char *desc = or_english(l >= 0 ? e->l10n[l].description.text : NULL,
					      e->description.text);
		char *reason = marked_reason(ds, e);

		if (e->status_class != c) {
			c = e->status_class;
			fputs("\n## ", out);
			put_escaped(out, or_english(l >= 0 ? ds->classes[c - 1].l10n[l].text : NULL,
						    ds->classes[c - 1].name.text), MARKDOWN_HEADING);
			fputs("\n", out);
			if (table) {
				enum page_word w;

				fputs("\n|", out);
				for (w = PAGE_COLUMN_CODE; w <= PAGE_COLUMN_DESCRIPTION; w++) {
					fputs(" ", out);
					put_escaped(out, page_word(ds, l, w), MARKDOWN_CELL);
					fputs(" |", out);
				}
				fputs("\n|---|---|---|---|\n", out);
			}
		}
		if (table) {
			fprintf(out, "| %d | ", e->code);
			put_escaped(out, reason, MARKDOWN_CELL);
			fputs(" | ", out);
			put_escaped(out, l10n ? l10n : "", MARKDOWN_CELL);
			fputs(" | ", out);
			put_escaped(out, desc ? desc : "", MARKDOWN_CELL);
			fputs(" |\n", out);
		} else {
			fprintf(out, "\n### %d ", e->code);
			put_escaped(out, reason, MARKDOWN_HEADING);
			/* Full-width brackets around CJK text, as those
			 * languages write them; ASCII ones around the rest. */
			if (l10n) {
				bool cjk = has_cjk(l10n);

				fputs(cjk ? "（" : " (", out);
				put_escaped(out, l10n, MARKDOWN_HEADING);
				fputs(cjk ? "）" : ")", out);
			}
			fputs("\n", out);
			if (desc) {
				fputs("\n", out);
				put_escaped(out, desc, MARKDOWN_PARAGRAPH);
				fputs("\n", out);
			}
		}
		free(reason);
	}
}

int emit_markdown(const struct dataset *ds, const char *locale,
		  enum markdown_style style, FILE *out)
{
	int l = dataset_locale_index(ds, locale);

	write_front_matter(ds, locale, l, out);
	write_entries(ds, l, style, out);
	return ferror(out) ? -1 : 0;
}
