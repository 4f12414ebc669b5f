/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/c_table.h"

#include <stdlib.h>
#include <string.h>

#include "emit/c_matcher.h"
#include "emit/c_reason.h"
#include "emit/c_runtime_text.h"
#include "emit/locale_name.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The names of the class enumerators are part of the API, whatever the
 * data calls the classes. */
static const char *const class_enumerators[NR_CLASSES] = {
	"INFORMATIONAL", "SUCCESSFUL", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR",
};

/* ISO C99 compilers need only take string literals of 4095 bytes, and
 * logical source lines of 4095 characters. */
#define MAX_LITERAL 4000
#define MAX_LINE 3000

static bool is_identifier_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool c_identifier_ok(const char *s)
{
	size_t i;

	if (!s || !is_identifier_char(s[0]) || (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (i = 1; s[i]; i++)
		if (!is_identifier_char(s[i]))
			return false;
	return i <= 63;
}

bool c_fits_literal(const char *s)
{
	return strlen(s) <= MAX_LITERAL;
}

int c_write_literal(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char prev = '\0', buf[512];
	size_t width = 1, n = 0;

	/* Escaped into buf and written a block at a time, not a stdio call
	 * per byte. */
	buf[n++] = '"';
	for (; *p; p++) {
		if (n + 8 > sizeof(buf)) {
			fwrite(buf, 1, n, out);
			n = 0;
		}
		/* A long text goes on, at a character's start, as the next of
		 * adjacent literals, so no line gets too long; they make one
		 * literal. */
		if (width >= MAX_LINE && (*p < 0x80 || *p >= 0xc0)) {
			memcpy(buf + n, "\"\n\t\"", 4);
			n += 4;
			width = 1;
			prev = '\0';
		}
		if (*p == '"' || *p == '\\' || (*p == '?' && prev == '?')) {
			buf[n++] = '\\';
			buf[n++] = (char)*p;
			width += 2;
		} else if (*p >= 0x20 && *p < 0x7f) {
			buf[n++] = (char)*p;
			width++;
		} else {
			buf[n++] = '\\';
			buf[n++] = (char)('0' + (*p >> 6));
			buf[n++] = (char)('0' + ((*p >> 3) & 7));
			buf[n++] = (char)('0' + (*p & 7));
			width += 4;
		}
		prev = (char)*p;
	}
	buf[n++] = '"';
	fwrite(buf, 1, n, out);
	return ferror(out) ? -1 : 0;
}

/* The character constant of byte c ('a', '\\'', '\\346'), into buf. */
static void char_constant(char buf[7], unsigned char c)
{
	if (c == '\'' || c == '\\')
		snprintf(buf, 7, "'\\%c'", c);
	else if (c >= 0x20 && c < 0x7f)
		snprintf(buf, 7, "'%c'", c);
	else
		snprintf(buf, 7, "'\\%03o'", c);
}

int c_write_char_array(FILE *out, const char *name, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char constant[7];
	size_t i;

	fprintf(out, "static const char %s[%zu] = {", name, strlen(s) + 1);
	for (i = 0;; i++, p++) {
		fputs(i % 12 ? " " : "\n\t", out);
		/* Character constants, not numbers: '\346' is a char's value
		 * whether char is signed or not, in C as in C++. */
		char_constant(constant, *p);
		fputs(constant, out);
		if (!*p)
			break;
		fputc(',', out);
	}
	fputs("\n};\n\n", out);
	return ferror(out) ? -1 : 0;
}

bool c_header_name_ok(const char *s)
{
	size_t i;

	if (!s || !*s)
		return false;
	for (i = 0; s[i]; i++)
		if (s[i] < 0x20 || s[i] > 0x7e || strchr("\"\\'/", s[i]) ||
		    (s[i] == '?' && s[i + 1] == '?'))
			return false;
	return true;
}

/* s, if it fits in a literal; else its first bytes that do, cut at the
 * start of a UTF-8 character, and "...", in sb.  For a text a literal
 * must hold whole or in part (an attribute's argument), never for data a
 * table holds. */
static const char *fit_literal(struct strbuf *sb, const char *s)
{
	size_t n = MAX_LITERAL - 3;

	if (c_fits_literal(s))
		return s;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	strbuf_reset(sb);
	strbuf_add(sb, s, n);
	strbuf_addstr(sb, "...");
	return strbuf_str(sb);
}

/* The texts longer than a literal may be, each written as an array
 * PREFIX_text_N before the tables that point to it. */
struct long_texts {
	const char *prefix;
	const char **texts;
	size_t nr;
};

static void note_text(struct long_texts *lt, const char *s)
{
	size_t i;

	if (!s || c_fits_literal(s))
		return;
	for (i = 0; i < lt->nr; i++)
		if (lt->texts[i] == s)
			return;
	lt->texts = xrealloc(lt->texts, (lt->nr + 1) * sizeof(*lt->texts));
	lt->texts[lt->nr++] = s;
}

static void write_long_texts(const struct long_texts *lt, FILE *out)
{
	size_t i;

	for (i = 0; i < lt->nr; i++) {
		char *name = xasprintf("%s_text_%zu", lt->prefix, i + 1);

		c_write_char_array(out, name, lt->texts[i]);
		free(name);
	}
}

/* s as a literal or the name of its array; NULL as NULL. */
static void write_text(const struct long_texts *lt, FILE *out, const char *s)
{
	size_t i;

	if (!s) {
		fputs("NULL", out);
		return;
	}
	for (i = 0; i < lt->nr; i++) {
		if (lt->texts[i] == s) {
			fprintf(out, "%s_text_%zu", lt->prefix, i + 1);
			return;
		}
	}
	c_write_literal(out, s);
}

/* Text for a comment, the one comment escaper: printable ASCII only
 * (any other byte is '?'), never a comment's end or start ("*" "/" and
 * "/" "*" get a space between), no trigraph ("??" gets one too), and a
 * long text goes on, after a space, on the next line of the comment. */
static void write_comment_text(FILE *out, const char *s)
{
	char prev = '\0';
	size_t width = 0;

	for (; *s; s++) {
		char c = *s >= 0x20 && *s < 0x7f ? *s : '?';

		if ((prev == '*' && c == '/') || (prev == '/' && c == '*') ||
		    (prev == '?' && c == '?'))
			fputc(' ', out);
		if (width >= MAX_LINE) {
			fputs("\n * ", out);
			width = 0;
		}
		fputc(c, out);
		width++;
		prev = c;
	}
}

static char *upper(const char *s)
{
	char *u = xstrdup(s), *p;

	for (p = u; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	return u;
}

/* PREFIX_ + the phrase upper-cased, every run of other characters one
 * '_': "Non-Authoritative Information" -> NON_AUTHORITATIVE_INFORMATION.
 * NULL if the phrase has no letter or digit. */
static char *enumerator_name(const char *macro_prefix, const char *phrase)
{
	struct strbuf sb = STRBUF_INIT;
	bool gap = false;
	size_t start;

	strbuf_addstr(&sb, macro_prefix);
	strbuf_addch(&sb, '_');
	start = sb.len;
	for (; *phrase; phrase++) {
		char c = *phrase;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			if (gap && sb.len > start)
				strbuf_addch(&sb, '_');
			gap = false;
			strbuf_addch(&sb, c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
		} else {
			gap = true;
		}
	}
	if (sb.len == start) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb);
}

static void write_banner(const struct dataset *ds, const struct c_table_options *opt, FILE *out)
{
	size_t i;

	fputs("/* Generated by " PACKAGE_STRING " from", out);
	if (ds->registry_file.name) {
		fputs(" ", out);
		write_comment_text(out, ds->registry_file.name);
	}
	if (ds->former_file.name) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->former_file.name);
	}
	if (ds->semantics_file.name) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->semantics_file.name);
	}
	if (ds->vendor_file.name) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->vendor_file.name);
	}
	for (i = 0; i < ds->nr_files; i++) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->files[i]->name);
	}
	for (i = 0; i < ds->nr_catalogs; i++) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->catalogs[i].file.name);
	}
	fputs(".", out);
	/* Texts left out say so where a reader looks first. */
	if (!opt->descriptions || !opt->references)
		fprintf(out, "\n * Without %s (--fields): every one is \"\".",
			!opt->descriptions && !opt->references ? "descriptions or references" :
			!opt->descriptions ? "descriptions" : "references");
	fputs("  Do not edit: regenerate it.\n"
	      " * This file may be used, copied, modified and distributed without\n"
	      " * restriction. */\n", out);
}

/* The reason the C table gives: the registry's, or "" for a code without
 * one (an unused code), so that no code in the table has a NULL reason
 * and none a marker a server could send. */
static const char *table_reason(const struct status_entry *e)
{
	return e->reason.text ? e->reason.text : "";
}

static unsigned table_flags(const struct status_entry *e)
{
	return (e->flags & REGISTRY_UNUSED ? 1u : 0u) | (e->flags & REGISTRY_OBSOLETE ? 2u : 0u) |
	       (e->flags & REGISTRY_TEMPORARY ? 4u : 0u) | (e->expired ? 8u : 0u) |
	       (e->registered ? 0u : 16u) | (e->flags & REGISTRY_CACHEABLE ? 32u : 0u) |
	       (e->flags & REGISTRY_RETRY_AFTER ? 64u : 0u);
}

/* The files of emit/c_runtime_text.h are cut into sections by marker
 * lines: a comment line of its own that starts with three stars.  A
 * marker "copied as \"NAME\"" starts section NAME, copied into the
 * output; a section runs to the next marker. */
#define MARKER "\n/*** "
#define COPIED "copied as \""

struct section {
	const char *name;           /* NULL for a part not copied */
	size_t name_len;
	const char *text;
	size_t len;
};

/* The section that follows *pos in file text, into *sec, and *pos past
 * it; false when none does. */
static bool next_section(const char **pos, struct section *sec)
{
	const char *at = strstr(*pos, MARKER), *next;

	if (!at)
		return false;
	at += strlen(MARKER);
	sec->text = strchr(at, '\n');
	sec->text = sec->text ? sec->text + 1 : at + strlen(at);
	next = strstr(sec->text - 1, MARKER);
	sec->len = next ? (size_t)(next + 1 - sec->text) : strlen(sec->text);
	sec->name = NULL;
	sec->name_len = 0;
	if (!strncmp(at, COPIED, strlen(COPIED))) {
		sec->name = at + strlen(COPIED);
		sec->name_len = strcspn(sec->name, "\"\n");
	}
	*pos = next ? next : sec->text + sec->len;
	return true;
}

/* The prefix the copied code is written with, and upper-cased for its
 * macros. */
#define DEFAULT_PREFIX "http_status"
#define DEFAULT_MACRO_PREFIX "HTTP_STATUS"
#define DEFAULT_PREFIX_LEN (sizeof(DEFAULT_PREFIX) - 1)

/* True if the default prefix, either case, starts an identifier at s[0]:
 * the identifier is the prefix, or it goes on with '_'.  prev is the
 * byte before s ('\n' at the start). */
static bool default_prefix_at(const char *s, char prev)
{
	if (is_identifier_char(prev) || (strncmp(s, DEFAULT_PREFIX, DEFAULT_PREFIX_LEN) &&
					 strncmp(s, DEFAULT_MACRO_PREFIX, DEFAULT_PREFIX_LEN)))
		return false;
	return s[DEFAULT_PREFIX_LEN] == '_' || !is_identifier_char(s[DEFAULT_PREFIX_LEN]);
}

/* s[0..n), from the start of a line, with the default prefix of every
 * identifier replaced: "http_status" by p, "HTTP_STATUS" by P.  No other
 * text changes, however it reads. */
static void write_renamed(FILE *out, const char *s, size_t n, const char *p, const char *P)
{
	size_t i = 0, from = 0;

	while (i < n) {
		if (!default_prefix_at(s + i, i ? s[i - 1] : '\n')) {
			i++;
			continue;
		}
		fwrite(s + from, 1, i - from, out);
		fputs(s[i] == DEFAULT_PREFIX[0] ? p : P, out);
		i += DEFAULT_PREFIX_LEN;
		from = i;
	}
	fwrite(s + from, 1, n - from, out);
}

/* Copy section name of file (emit/c_runtime_text.h), renamed for p. */
static void write_section(FILE *out, const unsigned char *file, const char *name, const char *p,
			  const char *P)
{
	const char *pos = (const char *)file;
	struct section sec;

	while (next_section(&pos, &sec)) {
		if (sec.name && sec.name_len == strlen(name) && !strncmp(sec.name, name, sec.name_len)) {
			write_renamed(out, sec.text, sec.len, p, P);
			return;
		}
	}
	/* The files are compiled in: a section missing is a bug of the
	 * build, which every test of the generated C would show. */
	abort();
}

/* The identifiers a header declares, so that no two are the same. */
struct names {
	char **v;
	size_t n;
};

/* Take name (allocated) for the header: true, or false (and free it) if
 * it is NULL or taken. */
static bool take_name(struct names *names, char *name)
{
	size_t i;

	if (!name)
		return false;
	for (i = 0; i < names->n; i++) {
		if (!strcmp(names->v[i], name)) {
			free(name);
			return false;
		}
	}
	names->v = xrealloc(names->v, (names->n + 1) * sizeof(char *));
	names->v[names->n++] = name;
	return true;
}

/* The macros and enumerators the header and the source define (every
 * identifier of their copied sections that starts with HTTP_STATUS_),
 * which no code's name may take. */
static void reserve_names(struct names *names, const char *P)
{
	const unsigned char *const files[] = {
		c_runtime_h_text, c_runtime_c_text, c_locale_c_text, c_fold_c_text
	};
	const char *pos;
	struct section sec;
	size_t f, i, n;

	for (f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		pos = (const char *)files[f];
		while (next_section(&pos, &sec)) {
			for (i = 0; sec.name && i < sec.len; i++) {
				if (sec.text[i] != DEFAULT_MACRO_PREFIX[0] ||
				    !default_prefix_at(sec.text + i, i ? sec.text[i - 1] : '\n'))
					continue;
				i += DEFAULT_PREFIX_LEN;
				for (n = 0; i + n < sec.len && is_identifier_char(sec.text[i + n]); n++)
					continue;
				take_name(names, xasprintf("%s%.*s", P, (int)n, sec.text + i));
				i += n;
			}
		}
	}
	/* Written by the generator, not copied. */
	take_name(names, xasprintf("%s_REGISTRY_UPDATED", P));
}

/* Where former-names.xml says the former name phrase of code came from. */
static const char *former_source(const struct dataset *ds, int code, const char *phrase)
{
	size_t i;

	for (i = 0; i < ds->registry.nr_former; i++)
		if (ds->registry.former[i].code == code &&
		    !strcmp(ds->registry.former[i].phrase, phrase))
			return ds->registry.former[i].source;
	return NULL;
}

/* Enumerators are written one at a time: each is ended, comma first,
 * when the next begins, so that the last has none. */
struct enum_writer {
	FILE *out;
	bool any;
	const char *note;           /* the comment of the one written last */
};

static void end_enumerator(struct enum_writer *w, bool last)
{
	if (!w->any)
		return;
	fprintf(w->out, "%s%s%s%s\n", last ? "" : ",", w->note ? " /* " : "",
		w->note ? w->note : "", w->note ? " */" : "");
}

static void begin_enumerator(struct enum_writer *w, const char *note)
{
	end_enumerator(w, false);
	fputs("\t", w->out);
	w->any = true;
	w->note = note;
}

/* The enumerators: one per code with a phrase, then the former names,
 * deprecated. */
static void write_enumerators(const struct dataset *ds, const char *P, FILE *out)
{
	struct names names = { NULL, 0 };
	struct enum_writer w = { out, false, NULL };
	struct strbuf cut = STRBUF_INIT;
	size_t *current = xcalloc(ds->nr_entries + 1, sizeof(*current));
	size_t i, k;

	reserve_names(&names, P);
	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];

		if (!e->reason.text || !take_name(&names, enumerator_name(P, e->reason.text)))
			continue;
		/* Its index in names plus one, for the former names' notes. */
		current[i] = names.n;
		begin_enumerator(&w, e->registered ? NULL : "not in the IANA registry");
		fprintf(out, "%s = %d", names.v[names.n - 1], e->code);
	}
	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];

		for (k = 0; k < e->nr_former_names; k++) {
			const char *phrase = e->former_names[k].text, *src;
			struct strbuf msg = STRBUF_INIT;
			char *line;

			if (!take_name(&names, enumerator_name(P, phrase)))
				continue;
			/* A code with no name of its own (418) keeps its
			 * former one: there is nothing to use instead. */
			if (!current[i]) {
				begin_enumerator(&w, e->flags & REGISTRY_UNUSED ?
						 "a former name of a code now unused" :
						 "a former name of a code without a phrase");
				fprintf(out, "%s = %d", names.v[names.n - 1], e->code);
				continue;
			}
			line = xasprintf("a former name of %d", e->code);
			strbuf_addstr(&msg, line);
			free(line);
			src = former_source(ds, e->code, phrase);
			if (src) {
				strbuf_addstr(&msg, " (");
				strbuf_addstr(&msg, src);
				strbuf_addch(&msg, ')');
			}
			strbuf_addstr(&msg, "; use ");
			strbuf_addstr(&msg, names.v[current[i] - 1]);
			begin_enumerator(&w, NULL);
			fprintf(out, "%s %s_DEPRECATED(", names.v[names.n - 1], P);
			/* An attribute's argument can be no array: a long
			 * message is cut. */
			c_write_literal(out, fit_literal(&cut, strbuf_str(&msg)));
			fprintf(out, ") = %d", e->code);
			strbuf_release(&msg);
		}
	}
	/* An enum needs a member, and no code is 0. */
	if (!w.any)
		fprintf(out, "\t%s_NONE_ = 0\n", P);
	end_enumerator(&w, true);
	for (i = 0; i < names.n; i++)
		free(names.v[i]);
	free(names.v);
	free(current);
	strbuf_release(&cut);
}

/* The registry's own date, for consumers that want to show how current
 * the tables are; none without a registry. */
static void write_registry_stamp(const struct dataset *ds, const char *P, FILE *out)
{
	if (!ds->registry.updated) {
		fprintf(out, "/* Made without a registry: no %s_REGISTRY_UPDATED. */\n\n", P);
		return;
	}
	fprintf(out, "/* The date of the IANA registry these tables were made from, as the\n"
		" * registry gives it (its <updated>): YYYY-MM-DD. */\n"
		"#define %s_REGISTRY_UPDATED ", P);
	c_write_literal(out, ds->registry.updated);
	fputs("\n\n", out);
}

int emit_c_header(const struct dataset *ds, const struct c_table_options *opt, FILE *out)
{
	char *P = upper(opt->prefix);

	write_banner(ds, opt, out);
	write_section(out, c_runtime_h_text, "head", opt->prefix, P);
	write_enumerators(ds, P, out);
	write_section(out, c_runtime_h_text, "tail", opt->prefix, P);
	write_section(out, c_runtime_h_text, "reasons", opt->prefix, P);
	write_registry_stamp(ds, P, out);
	write_section(out, c_runtime_h_text, "end", opt->prefix, P);
	free(P);
	return ferror(out) ? -1 : 0;
}

/* static const char *const PREFIX_KIND_LOCALE[n] = { "...", NULL, ... }; */
static void write_array(FILE *out, const struct long_texts *lt, const char *kind,
			const char *locale, const char *const *texts, size_t n)
{
	size_t i;

	fprintf(out, "static const char *const %s_%s_%s[%zu] = {\n", lt->prefix, kind, locale,
		n ? n : 1);
	for (i = 0; i < n; i++) {
		fputs("\t", out);
		write_text(lt, out, texts[i]);
		fputs(",\n", out);
	}
	fputs("};\n\n", out);
}

static void write_locale_arrays(const struct dataset *ds, const struct long_texts *lt, int l,
				const char *name, bool descriptions, FILE *out)
{
	const char **texts = xcalloc(ds->nr_entries + NR_CLASSES, sizeof(*texts));
	size_t i;
	int c;

	for (i = 0; i < ds->nr_entries; i++)
		texts[i] = ds->entries[i].l10n[l].reason.text;
	write_array(out, lt, "reasons", name, texts, ds->nr_entries);
	if (descriptions) {
		for (i = 0; i < ds->nr_entries; i++)
			texts[i] = ds->entries[i].l10n[l].description.text;
		write_array(out, lt, "descriptions", name, texts, ds->nr_entries);
	}
	for (c = 0; c < NR_CLASSES; c++)
		texts[c] = ds->classes[c].l10n[l].text;
	write_array(out, lt, "class_names", name, texts, NR_CLASSES);
	free(texts);
}

/* Find the texts too long for a literal, in the order they are written. */
static void note_long_texts(const struct dataset *ds, const struct c_table_options *opt,
			    struct long_texts *lt)
{
	size_t i, k;
	int c, l;

	for (i = 0; i < ds->nr_entries; i++) {
		note_text(lt, table_reason(&ds->entries[i]));
		if (opt->descriptions)
			note_text(lt, ds->entries[i].description.text);
		if (opt->references)
			note_text(lt, ds->entries[i].reference.text);
	}
	for (c = 0; c < NR_CLASSES; c++)
		note_text(lt, ds->classes[c].name.text);
	for (k = 0; opt->locales && opt->locales[k]; k++) {
		l = dataset_locale_index(ds, opt->locales[k]);
		if (l < 0)
			continue;
		for (i = 0; i < ds->nr_entries; i++)
			note_text(lt, ds->entries[i].l10n[l].reason.text);
		for (i = 0; opt->descriptions && i < ds->nr_entries; i++)
			note_text(lt, ds->entries[i].l10n[l].description.text);
		for (c = 0; c < NR_CLASSES; c++)
			note_text(lt, ds->classes[c].l10n[l].text);
	}
}

/* The table of codes, its index by code and the class names. */
static void write_code_tables(const struct dataset *ds, const struct c_table_options *opt,
			      const struct long_texts *lt, const char *P, FILE *out)
{
	const char *p = lt->prefix;
	bool wide = ds->nr_entries > 254;
	size_t i;
	int c, code;

	fprintf(out, "static const struct %s_info %s_table[%zu] = {\n", p, p,
		ds->nr_entries ? ds->nr_entries : 1);
	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];

		fprintf(out, "\t{ %d, %s_CLASS_%s, ", e->code, P,
			class_enumerators[e->status_class - 1]);
		write_text(lt, out, table_reason(e));
		fputs(",\n\t  ", out);
		write_text(lt, out, e->description.text && opt->descriptions ? e->description.text : "");
		fputs(",\n\t  ", out);
		write_text(lt, out, e->reference.text && opt->references ? e->reference.text : "");
		fprintf(out, ", %uu },", table_flags(e));
		if (e->vendor) {
			fputs(" /* not registered: a code of ", out);
			write_comment_text(out, e->vendor);
			fputs(" */", out);
		}
		fputc('\n', out);
	}
	fputs("};\n\n", out);
	fprintf(out, "static const size_t %s_nr = %zu;\n\n", p, ds->nr_entries);
	fprintf(out, "/* For each code from 100 to 599, its index in %s_table plus one, or\n"
		" * 0: the lookup is one array access. */\n", p);
	fprintf(out, "static const unsigned %s %s_index[500] = {", wide ? "short" : "char", p);
	for (code = 100, i = 0; code <= 599; code++) {
		while (i < ds->nr_entries && ds->entries[i].code < code)
			i++;
		fprintf(out, "%s%zu,", (code - 100) % 20 ? " " : "\n\t",
			i < ds->nr_entries && ds->entries[i].code == code ? i + 1 : 0);
	}
	fputs("\n};\n\n", out);

	fprintf(out, "static const char *const %s_class_names[%d] = {\n", p, NR_CLASSES);
	for (c = 0; c < NR_CLASSES; c++) {
		fputs("\t", out);
		write_text(lt, out, ds->classes[c].name.text ? ds->classes[c].name.text : "");
		fputs(",\n", out);
	}
	fputs("};\n\n", out);
}

/* The texts of each locale of opt->locales the dataset has, and the
 * table of them, PREFIX_locales.  The names of those embedded, in *nr;
 * free() the array. */
static const char **write_locales(const struct dataset *ds, const struct c_table_options *opt,
				  const struct long_texts *lt, FILE *out, size_t *nr)
{
	const char *p = lt->prefix;
	const char **embedded = NULL;
	struct locale_parts lp;
	size_t i;

	*nr = 0;
	for (i = 0; opt->locales && opt->locales[i]; i++) {
		int l = dataset_locale_index(ds, opt->locales[i]);

		if (l >= 0) {
			write_locale_arrays(ds, lt, l, opt->locales[i], opt->descriptions, out);
			embedded = xrealloc(embedded, (*nr + 1) * sizeof(*embedded));
			embedded[(*nr)++] = opt->locales[i];
		}
	}
	fprintf(out, "static const struct %s_locale %s_locales[%zu] = {\n", p, p, *nr ? *nr : 1);
	for (i = 0; i < *nr; i++) {
		const char *n = embedded[i];

		locale_name_parts(n, &lp);
		fputs("\t{ ", out);
		c_write_literal(out, n);
		fprintf(out, ", 0x%lxUL, 0x%lxUL, 0x%lxUL,\n\t  %s_reasons_%s, ",
			c_locale_pack_tag(lp.language), c_locale_pack_tag(lp.territory),
			c_locale_pack_tag(lp.written_in), p, n);
		if (opt->descriptions)
			fprintf(out, "%s_descriptions_%s", p, n);
		else
			fputs("NULL", out);
		fprintf(out, ", %s_class_names_%s },\n", p, n);
	}
	if (!*nr)
		fputs("\t{ NULL, 0, 0, 0, NULL, NULL, NULL },\n", out);
	fprintf(out, "};\n\nstatic const size_t %s_nr_locales = %zu;\n\n", p, *nr);
	fprintf(out, "/* 0 if the descriptions were left out (--fields): every one is \"\". */\n"
		"static const int %s_with_descriptions = %d;\n\n", p, opt->descriptions);
	return embedded;
}

/* http_status_from_reason() and _l10n(): the fold of c_fold.c, the
 * reason-phrase indexes (emit/c_reason.c) and the lookups, last. */
static void write_reason_lookup(const struct dataset *ds, const char *const *embedded, size_t nr,
				const char *p, const char *P, FILE *out)
{
	write_section(out, c_fold_c_text, "fold", p, P);
	write_section(out, c_runtime_c_text, "reason types", p, P);
	emit_c_reason_indexes(ds, embedded, nr, p, P, out);
	write_section(out, c_runtime_c_text, "from reason", p, P);
}

/* The tables, and between them the sections of src/emit/c_runtime.c and
 * c_locale.c, in the order each needs the others. */
int emit_c_source(const struct dataset *ds, const struct c_table_options *opt, FILE *out)
{
	const char *p = opt->prefix;
	char *P = upper(p), *find;
	struct long_texts lt = { p, NULL, 0 };
	const char **embedded;
	size_t nr;

	note_long_texts(ds, opt, &lt);
	write_banner(ds, opt, out);
	/* c_header_name_ok() was checked: nothing to escape. */
	fprintf(out, "#include \"%s\"\n\n", opt->header_name);
	write_long_texts(&lt, out);
	write_code_tables(ds, opt, &lt, P, out);
	write_section(out, c_locale_c_text, "scripts", p, P);
	write_section(out, c_runtime_c_text, "types", p, P);
	embedded = write_locales(ds, opt, &lt, out, &nr);
	write_section(out, c_runtime_c_text, "lookups", p, P);
	write_section(out, c_locale_c_text, "names", p, P);
	write_section(out, c_runtime_c_text, "matching", p, P);
	find = c_locale_matcher(embedded, nr);
	write_renamed(out, find, strlen(find), p, P);
	write_section(out, c_runtime_c_text, "l10n", p, P);
	write_reason_lookup(ds, embedded, nr, p, P, out);
	free(find);
	free(embedded);
	free(lt.texts);
	free(P);
	return ferror(out) ? -1 : 0;
}
