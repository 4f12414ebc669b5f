/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/markdown.h"

#include <stdlib.h>
#include <string.h>

#include "emit/locale_name.h"
#include "util/text.h"
#include "util/xalloc.h"

/* The words of a page, by language; others get the English ones.  The
 * column headers are ones the table reader recognises. */
static const struct page_words {
	const char *language, *script;          /* as locale_name_parts() says */
	const char *title;
	const char *code, *reason, *localized, *description;
} page_words[] = {
	{ "en", "", "HTTP status codes", "Code", "Reason", "Localized name", "Description" },
	{ "zh", "hans", "HTTP 状态码", "状态码", "状态值", "状态描述", "描述" },
};

/* The words of the locale's language in its script: a Traditional
 * Chinese page (zh_TW) never gets Simplified words, but English ones. */
static const struct page_words *words_for(const char *locale)
{
	struct locale_parts lp;
	size_t i;

	if (!locale_name_parts(locale, &lp))
		return &page_words[0];
	for (i = 0; i < sizeof(page_words) / sizeof(page_words[0]); i++)
		if (!strcmp(page_words[i].language, lp.language) &&
		    !strcmp(page_words[i].script, lp.written_in))
			return &page_words[i];
	return &page_words[0];
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

static void write_front_matter(const struct dataset *ds, const char *locale,
			       const struct page_words *w, FILE *out)
{
	size_t i;

	/* The title is one of ours, a plain YAML string. */
	fprintf(out, "---\ntitle: \"%s\"\nlang: %s\n---\n\n", w->title, locale);
	fputs("<!-- Generated by " PACKAGE_STRING " from the statusgen data", out);
	for (i = 0; i < ds->nr_catalogs; i++)
		if (!strcmp(ds->catalogs[i].file.locale, locale))
			fputs(" and its catalog", out);
	fputs("; do not edit.\n"
	      "     This file may be used, copied, modified and distributed without restriction. -->\n\n",
	      out);
	fprintf(out, "# %s\n", w->title);
}

/* One walk for both styles: a class heading (and, for tables, the
 * table's head) whenever the class changes, then the code's section or
 * row. */
static void write_entries(const struct dataset *ds, int l, const struct page_words *w,
			  enum markdown_style style, FILE *out)
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
			if (table)
				fprintf(out, "\n| %s | %s | %s | %s |\n|---|---|---|---|\n",
					w->code, w->reason, w->localized, w->description);
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
			if (l10n) {
				fputs("（", out);
				put_escaped(out, l10n, MARKDOWN_HEADING);
				fputs("）", out);
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
	const struct page_words *w = words_for(locale);
	int l = dataset_locale_index(ds, locale);

	write_front_matter(ds, locale, w, out);
	write_entries(ds, l, w, style, out);
	return ferror(out) ? -1 : 0;
}
