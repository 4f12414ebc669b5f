/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/languages.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/builtin_languages.h"
#include "parse/columns.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* What an entry says of its text. */
enum lang_kind {
	K_CLASS,            /* value: the class, 1..5 */
	K_HEADER,           /* value: the column role */
	K_HEADER_WORD,      /* the same, a part of a header */
	K_UNUSED,
	K_COMMON,           /* a frequent word of the language */
	K_WORD,             /* a word of its class names and phrases */
	K_PHRASE            /* value: the code its catalog calls so */
};

struct lang_entry {
	char *text;                 /* folded (fold()) */
	unsigned char kind;         /* enum lang_kind */
	short value;
	unsigned short lang;
};

/* A letter of another script than Latin, and the languages (bits of
 * their indexes, the first 64) whose words hold it. */
struct lang_char {
	uint32_t cp;
	uint64_t langs;
};

/* Scripts, as far as telling languages apart needs them. */
enum script {
	SC_NONE = -1, SC_LATIN, SC_CYRILLIC, SC_GREEK, SC_HAN, SC_HANGUL,
	SC_ARABIC, SC_DEVANAGARI, SC_THAI, SC_OTHER, NR_SCRIPTS
};

/* Text of a page read to tell its language, at most. */
#define DETECT_MAX_BYTES (64u * 1024u)

/* ---- characters ------------------------------------------------------ */

/* The code point at *p (advanced past it); U+FFFD for a bad byte. */
static uint32_t next_cp(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	uint32_t c = s[0];
	size_t n = 1, i;

	if (c >= 0xf0 && c < 0xf8) {
		n = 4;
		c &= 0x07;
	} else if (c >= 0xe0) {
		n = 3;
		c &= 0x0f;
	} else if (c >= 0xc0) {
		n = 2;
		c &= 0x1f;
	} else if (c >= 0x80) {
		*p += 1;
		return 0xfffd;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*p += i;
			return 0xfffd;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	*p += n;
	return c;
}

/* c in UTF-8 at q; its length. */
static size_t put_cp(char *q, uint32_t c)
{
	if (c < 0x80) {
		q[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		q[0] = (char)(0xc0 | (c >> 6));
		q[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		q[0] = (char)(0xe0 | (c >> 12));
		q[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		q[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	q[0] = (char)(0xf0 | (c >> 18));
	q[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	q[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	q[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

static void add_cp(struct strbuf *sb, uint32_t c)
{
	char q[4];

	strbuf_add(sb, q, put_cp(q, c));
}

/* Simple case folding of Latin, Greek and Cyrillic capitals. */
static uint32_t lower_cp(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7) ||
	    (c >= 0x391 && c <= 0x3ab && c != 0x3a2) || (c >= 0x410 && c <= 0x42f))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	if (c == 0x130)
		return 'i';
	if (c == 0x178)
		return 0xff;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177) ||
	    (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x460 && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x4ff))
		return (c & 1) ? c : c + 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e) ||
	    (c >= 0x4c1 && c <= 0x4ce))
		return (c & 1) ? c + 1 : c;
	return c;
}

static enum script script_of(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x1e00 && c <= 0x1eff))
		return SC_LATIN;
	if (c >= 0x400 && c <= 0x4ff)
		return SC_CYRILLIC;
	if (c >= 0x370 && c <= 0x3ff)
		return SC_GREEK;
	if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
		return SC_HAN;
	if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) ||
	    (c >= 0x3130 && c <= 0x318f))
		return SC_HANGUL;
	if (c >= 0x600 && c <= 0x6ff)
		return SC_ARABIC;
	if (c >= 0x900 && c <= 0x97f)
		return SC_DEVANAGARI;
	if (c >= 0xe00 && c <= 0xe7f)
		return SC_THAI;
	if (c >= 0x80 && c != 0xfffd && !(c >= 0x2000 && c <= 0x2bff) &&
	    !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) &&
	    !(c >= 0xa0 && c <= 0xbf) && c != 0xd7 && c != 0xf7 && c < 0x1f000)
		return SC_OTHER;
	return SC_NONE;
}

/* Letters and digits count in a text; anything else is punctuation. */
static bool is_word_char(uint32_t c)
{
	return script_of(c) != SC_NONE || (c >= '0' && c <= '9');
}

/* A class marker ("4xx", "4XX", "4**", "4××") at p: its length, or 0. */
static size_t marker_length(const char *p)
{
	size_t n = 1;
	int i;

	if (p[0] < '1' || p[0] > '5')
		return 0;
	for (i = 0; i < 2; i++) {
		if (p[n] == 'x' || p[n] == 'X' || p[n] == '*')
			n++;
		else if (!strncmp(p + n, "\xc3\x97", 2))
			n += 2;
		else
			return 0;
	}
	return n;
}

/* text as entries are compared: letters folded to lower case, every run
 * of white space one space, punctuation around the whole and around its
 * words' runs of space dropped at both ends; with drop_markers, class
 * markers ("4xx") and the punctuation beside them dropped too.  free()
 * it. */
static char *fold(const char *text, bool drop_markers)
{
	/* A bad byte becomes U+FFFD, three bytes; nothing else grows. */
	char *out = xmalloc(3 * strlen(text) + 1), *q;
	const char *p = text;
	size_t keep = 0, len = 0;   /* len up to its last word character */
	bool space = false, word;

	while (*p) {
		size_t m = drop_markers ? marker_length(p) : 0;
		uint32_t c;

		if (m && (p == text || !is_word_char((uint32_t)(unsigned char)p[-1])) &&
		    !is_word_char((uint32_t)(unsigned char)p[m])) {
			p += m;
			space = len > 0;
			continue;
		}
		c = (unsigned char)*p;
		if (c < 0x80) {     /* the most of it, quickly */
			p++;
			word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			       (c >= 'A' && c <= 'Z');
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
		} else {
			c = next_cp(&p);
			word = is_word_char(c);
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 || c == 0x3000) {
			space = len > 0;
			continue;
		}
		if (!word && !keep)
			continue;       /* leading punctuation */
		if (space) {
			len = keep;
			out[len++] = ' ';
			space = false;
		}
		q = out + len;
		if (c < 0x80)
			out[len++] = (char)c;
		else
			len += put_cp(q, lower_cp(c));
		if (word)
			keep = len;
	}
	out[keep] = '\0';
	return out;
}

/* ---- entries --------------------------------------------------------- */

static int compare_entries(const void *pa, const void *pb)
{
	const struct lang_entry *a = pa, *b = pb;
	int d = strcmp(a->text, b->text);

	if (d)
		return d;
	if (a->kind != b->kind)
		return a->kind - b->kind;
	return a->lang - b->lang;
}

static int compare_chars(const void *pa, const void *pb)
{
	const struct lang_char *a = pa, *b = pb;

	return a->cp < b->cp ? -1 : a->cp > b->cp;
}

static void add_entry(struct languages *l, int lang, enum lang_kind kind, int value,
		      const char *text)
{
	char *key = fold(text, kind == K_CLASS);
	struct lang_entry *e;

	if (!*key) {
		free(key);
		return;
	}
	XGROW(l->entries, l->alloc_entries, l->nr_entries + 1);
	e = &l->entries[l->nr_entries++];
	e->text = key;
	e->kind = (unsigned char)kind;
	e->value = (short)value;
	e->lang = (unsigned short)lang;
	l->sorted = false;
}

/* The words of a class name or phrase, as K_WORD entries: they tell a
 * page's language as its common words do. */
static void add_words(struct languages *l, int lang, const char *text)
{
	char *key = fold(text, true), *p = key, *end;

	while (*p) {
		end = strchr(p, ' ');
		if (!end)
			end = p + strlen(p);
		if (end - p >= 4) {
			char *w = xstrndup(p, (size_t)(end - p));

			add_entry(l, lang, K_WORD, 0, w);
			free(w);
		}
		p = *end ? end + 1 : end;
	}
	free(key);
}

/* The code of "status NNN reason" at p (its digits). */
static int atoi_code(const char *p)
{
	int code = 0;

	text_scan_code(p, &code);
	return code;
}

static int add_language(struct languages *l, const char *name)
{
	int i = languages_find(l, name);

	if (i >= 0)
		return i;
	XGROW(l->langs, l->alloc, l->nr + 1);
	memset(&l->langs[l->nr], 0, sizeof(l->langs[l->nr]));
	l->langs[l->nr].name = xstrdup(name);
	return (int)l->nr++;
}

void languages_finish(struct languages *l)
{
	size_t i, j, n = 0, nr_pairs = 0, alloc_pairs = 0;
	struct lang_char *pairs = NULL;
	unsigned (*counts)[NR_SCRIPTS];

	qsort(l->entries, l->nr_entries, sizeof(*l->entries), compare_entries);
	for (i = 0; i < l->nr_entries; i++) {
		if (n && !compare_entries(&l->entries[n - 1], &l->entries[i]) &&
		    l->entries[n - 1].value == l->entries[i].value) {
			free(l->entries[i].text);
			continue;
		}
		l->entries[n++] = l->entries[i];
	}
	l->nr_entries = n;
	l->nr_header_words = 0;
	counts = xcalloc(l->nr ? l->nr : 1, sizeof(*counts));
	for (i = 0; i < l->nr_entries; i++) {
		const struct lang_entry *e = &l->entries[i];
		const char *p = e->text;

		if (e->kind == K_HEADER_WORD) {
			XGROW(l->header_words, l->alloc_header_words, l->nr_header_words + 1);
			l->header_words[l->nr_header_words++] = &l->entries[i];
		}
		if (e->kind == K_COMMON)
			l->langs[e->lang].has_common = true;
		if (e->kind == K_COMMON || e->kind == K_HEADER_WORD)
			continue;
		/* A language's script, from its class names. */
		while (e->kind == K_CLASS && *p) {
			enum script s = script_of(next_cp(&p));

			if (s != SC_NONE)
				counts[e->lang][s]++;
		}
		/* Its Han letters (and kana), which tell Chinese from Chinese
		 * and from Japanese: each starts with a byte from 0xe3 on. */
		for (p = e->text; *p && e->lang < 64;) {
			uint32_t c;

			if ((unsigned char)*p < 0xe3) {
				p++;
				continue;
			}
			c = next_cp(&p);
			if (script_of(c) != SC_HAN)
				continue;
			XGROW(pairs, alloc_pairs, nr_pairs + 1);
			pairs[nr_pairs].cp = c;
			pairs[nr_pairs++].langs = (uint64_t)1 << e->lang;
		}
	}
	for (i = 0; i < l->nr; i++) {
		int best = SC_LATIN;

		for (j = 0; j < NR_SCRIPTS; j++)
			if (counts[i][j] > counts[i][best])
				best = (int)j;
		l->langs[i].script = best;
	}
	free(counts);
	qsort(pairs, nr_pairs, sizeof(*pairs), compare_chars);
	n = 0;
	for (i = 0; i < nr_pairs; i++) {
		if (n && pairs[n - 1].cp == pairs[i].cp)
			pairs[n - 1].langs |= pairs[i].langs;
		else
			pairs[n++] = pairs[i];
	}
	free(l->chars);
	l->chars = pairs;
	l->nr_chars = n;
	l->sorted = true;
}

void languages_init(struct languages *l)
{
	memset(l, 0, sizeof(*l));
}

void languages_release(struct languages *l)
{
	size_t i;

	for (i = 0; i < l->nr; i++) {
		free(l->langs[i].name);
		free(l->langs[i].display);
	}
	for (i = 0; i < l->nr_entries; i++)
		free(l->entries[i].text);
	free(l->langs);
	free(l->entries);
	free(l->header_words);
	free(l->chars);
	memset(l, 0, sizeof(*l));
}

int languages_find(const struct languages *l, const char *name)
{
	size_t i;

	for (i = 0; l && i < l->nr; i++)
		if (!strcmp(l->langs[i].name, name))
			return (int)i;
	return -1;
}

/* ---- words files ------------------------------------------------------ */

/* The column role a words file's ROLE names; -1. */
static int role_of(const char *s, size_t n)
{
	static const char *const roles[NR_COLUMNS] = {
		[COL_CODE] = "code", [COL_CLASS] = "class", [COL_REASON] = "reason",
		[COL_L10N] = "l10n", [COL_DESC] = "description",
	};
	int i;

	for (i = 0; i < NR_COLUMNS; i++)
		if (strlen(roles[i]) == n && !memcmp(roles[i], s, n))
			return i;
	return -1;
}

/* One "KEY: TEXT" line of a words file, for the language *lang (set by
 * its "language:" line). */
static void words_line(struct languages *l, const char *line, int *lang)
{
	const char *colon = strstr(line, ": "), *text;
	size_t klen;
	int role;

	if (!colon || line[0] == '#')
		return;
	klen = (size_t)(colon - line);
	text = colon + 2;
	if (klen == 8 && !memcmp(line, "language", 8)) {
		*lang = add_language(l, text);
		return;
	}
	if (*lang < 0)
		return;
	if (klen == 7 && !memcmp(line, "class ", 6) && line[6] >= '1' && line[6] <= '5') {
		add_entry(l, *lang, K_CLASS, line[6] - '0', text);
		add_words(l, *lang, text);
	} else if (klen > 7 && !memcmp(line, "header ", 7)) {
		role = role_of(line + 7, klen - 7);
		if (role >= 0)
			add_entry(l, *lang, K_HEADER, role, text);
	} else if (klen > 12 && !memcmp(line, "header-word ", 12)) {
		role = role_of(line + 12, klen - 12);
		if (role >= 0)
			add_entry(l, *lang, K_HEADER_WORD, role, text);
	} else if (klen == 6 && !memcmp(line, "unused", 6)) {
		add_entry(l, *lang, K_UNUSED, 0, text);
	} else if (klen == 6 && !memcmp(line, "common", 6)) {
		add_entry(l, *lang, K_COMMON, 0, text);
	}
}

void languages_add_words(struct languages *l, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	int lang = -1;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *line = xstrndup(p, n);

		words_line(l, line, &lang);
		free(line);
		p += n + 1;
	}
}

void languages_add_builtin(struct languages *l)
{
	languages_add_words(l, (const char *)builtin_language_words,
			    builtin_language_words_size);
}

/* ---- catalogs ---------------------------------------------------------- */

/* The catalog being scanned: the message so far. */
struct po_scan {
	struct strbuf ctx, str;
	struct strbuf *field;       /* where a continuation line goes; NULL:
				     * nowhere (a message the hints skip) */
	bool has_ctx, has_id, empty_id, fuzzy, obsolete;
};

/* The quoted PO string in line[0..n), its escapes undone, appended to sb. */
static void po_string(const char *line, size_t n, struct strbuf *sb)
{
	const char *p = memchr(line, '"', n), *end = line + n, *run;

	if (!p)
		return;
	for (run = ++p; p < end && *p != '"'; p++) {
		if (*p != '\\' || p + 1 >= end)
			continue;
		strbuf_add(sb, run, (size_t)(p - run));
		p++;
		strbuf_addch(sb, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
		run = p + 1;
	}
	strbuf_add(sb, run, (size_t)(p - run));
}

/* Is the message of context ctx one the hints take? */
static bool wanted(const char *ctx)
{
	int code;

	return (!strncmp(ctx, "status ", 7) && text_scan_code(ctx + 7, &code) == 3 &&
		!strcmp(ctx + 10, " reason")) ||
	       (!strncmp(ctx, "class ", 6) && ctx[6] >= '1' && ctx[6] <= '5' && !ctx[7]) ||
	       !strcmp(ctx, "unused label");
}

/* The Language-Team of a catalog's header: its name, before " <" (free()
 * it), or NULL. */
static char *team_name(const char *header)
{
	const char *p = strstr(header, "Language-Team: "), *end;

	if (!p)
		return NULL;
	p += 15;
	end = p + strcspn(p, "<\n");
	while (end > p && end[-1] == ' ')
		end--;
	return end > p ? xstrndup(p, (size_t)(end - p)) : NULL;
}

static void po_flush(struct languages *l, int lang, struct po_scan *s)
{
	const char *ctx = strbuf_str(&s->ctx), *str = strbuf_str(&s->str);

	if (!s->obsolete && !s->has_ctx && s->empty_id && !l->langs[lang].display)
		l->langs[lang].display = team_name(str);
	if (!s->obsolete && !s->fuzzy && s->has_ctx && s->str.len) {
		if (ctx[0] == 's') {
			add_entry(l, lang, K_PHRASE, atoi_code(ctx + 7), str);
		} else if (ctx[0] == 'c') {
			add_entry(l, lang, K_CLASS, ctx[6] - '0', str);
			add_words(l, lang, str);
		} else {
			add_entry(l, lang, K_UNUSED, 0, str);
		}
	}
	strbuf_reset(&s->ctx);
	strbuf_reset(&s->str);
	s->field = NULL;
	s->has_ctx = s->has_id = s->empty_id = s->fuzzy = s->obsolete = false;
}

/* Read the messages the hints need from one catalog: a scan of its
 * lines, not libgettextpo, which takes some 10 ms a catalog (lint reads
 * them all for every run); a message it does not read is no hint. */
static void scan_catalog(struct languages *l, int lang, const char *text, size_t len)
{
	struct po_scan s;
	const char *p = text, *end = text + len;
	bool pending = false, want = false;

	memset(&s, 0, sizeof(s));
	while (p < end) {
		const char *line = p, *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		p += n + 1;
		if (n >= 2 && line[0] == '#' && line[1] == '~') {
			s.obsolete = true;
		} else if (n >= 2 && line[0] == '#' && line[1] == ',') {
			if (pending)
				po_flush(l, lang, &s);
			pending = false;
			if (memmem(line, n, "fuzzy", 5))
				s.fuzzy = true;
		} else if (n > 8 && !memcmp(line, "msgctxt ", 8)) {
			if (pending)
				po_flush(l, lang, &s);
			pending = true;
			s.has_ctx = true;
			s.field = &s.ctx;
			po_string(line + 8, n - 8, s.field);
		} else if (n > 6 && !memcmp(line, "msgid ", 6)) {
			if (pending && s.has_id)
				po_flush(l, lang, &s);
			pending = true;
			s.has_id = true;
			/* The header's msgid is "" on one line. */
			s.empty_id = !s.has_ctx && n == 8 && !memcmp(line + 6, "\"\"", 2);
			want = s.has_ctx ? wanted(strbuf_str(&s.ctx)) : s.empty_id;
			s.field = NULL;
		} else if (n > 7 && !memcmp(line, "msgstr ", 7)) {
			s.field = want ? &s.str : NULL;
			if (s.field)
				po_string(line + 7, n - 7, s.field);
		} else if (n && line[0] == '"' && s.field) {
			po_string(line, n, s.field);
		} else if (n > 7 && (!memcmp(line, "msgid_p", 7) || !memcmp(line, "msgstr[", 7))) {
			s.field = NULL;
		}
	}
	if (pending)
		po_flush(l, lang, &s);
	strbuf_release(&s.ctx);
	strbuf_release(&s.str);
}

/* The file at path, whole, into sb; false if it cannot be read. */
static bool slurp(const char *path, struct strbuf *sb)
{
	FILE *f = fopen(path, "rb");
	char buf[8192];
	size_t n;

	if (!f)
		return false;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(sb, buf, n);
	fclose(f);
	return true;
}

void languages_add_catalogs(struct languages *l, const char *po_dir)
{
	struct strbuf linguas = STRBUF_INIT, po = STRBUF_INIT;
	char *path = xasprintf("%s/LINGUAS", po_dir), *p, *word;

	if (!slurp(path, &linguas))
		goto out;
	p = linguas.buf;
	while (p && *p) {
		size_t n;

		if (*p == '#') {
			p = strchr(p, '\n');
			continue;
		}
		n = strcspn(p, " \t\r\n#");
		if (!n) {
			p++;
			continue;
		}
		word = xstrndup(p, n);
		p += n;
		if (text_is_locale_name(word)) {
			free(path);
			path = xasprintf("%s/%s.po", po_dir, word);
			strbuf_reset(&po);
			if (slurp(path, &po))
				scan_catalog(l, add_language(l, word), strbuf_str(&po), po.len);
		}
		free(word);
	}
out:
	strbuf_release(&po);
	strbuf_release(&linguas);
	free(path);
}

/* ---- lookups ---------------------------------------------------------- */

/* The first entry of kind with the folded text key, or NULL. */
static const struct lang_entry *find_first(const struct languages *l, const char *key,
					   enum lang_kind kind)
{
	size_t lo = 0, hi = l ? l->nr_entries : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct lang_entry *e = &l->entries[mid];
		int d = strcmp(e->text, key);

		if (!d)
			d = (int)e->kind - (int)kind;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (l && lo < l->nr_entries && l->entries[lo].kind == kind &&
	    !strcmp(l->entries[lo].text, key))
		return &l->entries[lo];
	return NULL;
}

/* Whether e is still an entry of key and kind (walking on from find_first()). */
static bool same(const struct languages *l, const struct lang_entry *e, const char *key,
		 enum lang_kind kind)
{
	return e < l->entries + l->nr_entries && e->kind == kind && !strcmp(e->text, key);
}

int languages_class_of(const struct languages *l, const char *text)
{
	char *key;
	const struct lang_entry *e;
	int found = 0;

	if (!l || !l->nr_entries)
		return 0;
	key = fold(text, true);
	e = *key ? find_first(l, key, K_CLASS) : NULL;
	if (e)
		found = e->value;
	free(key);
	return found;
}

int languages_header_role(const struct languages *l, const char *text)
{
	char *key;
	const struct lang_entry *e;
	int found = -1;
	size_t i;

	if (!l || !l->nr_entries)
		return -1;
	key = fold(text, false);
	e = *key ? find_first(l, key, K_HEADER) : NULL;
	if (e)
		found = e->value;
	for (i = 0; found < 0 && *key && i < l->nr_header_words; i++)
		if (strstr(key, l->header_words[i]->text))
			found = l->header_words[i]->value;
	free(key);
	return found;
}

bool languages_is_unused(const struct languages *l, const char *text)
{
	char *key;
	bool found;

	if (!l || !l->nr_entries)
		return false;
	key = fold(text, false);
	found = *key && find_first(l, key, K_UNUSED);
	free(key);
	return found;
}

int languages_phrase_language(const struct languages *l, int code, const char *text,
			      int prefer)
{
	const struct lang_entry *e;
	char *key;
	int found = -1;

	if (!l || !l->nr_entries)
		return -1;
	key = fold(text, false);
	for (e = *key ? find_first(l, key, K_PHRASE) : NULL; e && same(l, e, key, K_PHRASE); e++) {
		if (e->value != code)
			continue;
		if (found < 0 || e->lang == prefer)
			found = e->lang;
	}
	free(key);
	return found;
}

int languages_phrase_code(const struct languages *l, int lang, const char *text)
{
	const struct lang_entry *e;
	char *key;
	int found = 0;

	if (!l || !l->nr_entries || lang < 0)
		return 0;
	key = fold(text, false);
	for (e = *key ? find_first(l, key, K_PHRASE) : NULL; e && same(l, e, key, K_PHRASE); e++)
		if (e->lang == lang) {
			found = e->value;
			break;
		}
	free(key);
	return found;
}

/* ---- a page's language ------------------------------------------------ */

char *languages_normalize_tag(const struct languages *l, const char *tag)
{
	struct strbuf name = STRBUF_INIT;
	size_t n = strspn(tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), r = 0, i;
	const char *region = NULL;
	char *lang;
	int found = -1, k;

	if (n < 2 || n > 3)
		return NULL;
	if (tag[n] == '-' || tag[n] == '_') {
		region = tag + n + 1;
		r = strspn(region, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
		if (r != 2)
			region = NULL;
	}
	for (i = 0; i < n; i++)
		strbuf_addch(&name, text_lower_ascii(tag[i]));
	lang = xstrdup(strbuf_str(&name));
	if (region) {
		strbuf_addch(&name, '_');
		for (i = 0; i < r; i++)
			strbuf_addch(&name, (char)(region[i] >= 'a' ? region[i] - 32 : region[i]));
		found = languages_find(l, strbuf_str(&name));
	}
	if (found < 0)
		found = languages_find(l, lang);
	if (found < 0 && l) {
		/* "pt" for "pt_BR", when it is the only one. */
		for (k = 0; k < (int)l->nr; k++) {
			if (strncmp(l->langs[k].name, lang, n) || l->langs[k].name[n] != '_')
				continue;
			if (found >= 0) {
				found = -2;
				break;
			}
			found = k;
		}
		if (found == -2) {
			free(lang);
			strbuf_release(&name);
			return NULL;
		}
	}
	free(lang);
	if (found >= 0) {
		strbuf_release(&name);
		return xstrdup(l->langs[found].name);
	}
	if (!text_is_locale_name(strbuf_str(&name))) {
		strbuf_release(&name);
		return NULL;
	}
	return strbuf_detach(&name);
}

/* A language's share of a vote given to the languages of mask. */
static void vote_mask(double *votes, uint64_t mask, double weight)
{
	unsigned n = 0, i;

	for (i = 0; i < 64; i++)
		n += (mask >> i) & 1;
	for (i = 0; n && i < 64; i++)
		if ((mask >> i) & 1)
			votes[i] += weight / n;
}

/* A word of Latin or Cyrillic text: the votes its entries give. */
static void vote_word(const struct languages *l, const char *word, double *votes)
{
	static const struct {
		enum lang_kind kind;
		double weight;
	} kinds[] = { { K_COMMON, 1.0 }, { K_WORD, 0.5 } };
	const struct lang_entry *e, *first;
	size_t k;
	unsigned n;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		first = find_first(l, word, kinds[k].kind);
		n = 0;
		for (e = first; e && same(l, e, word, kinds[k].kind); e++)
			n++;
		for (e = first; e && same(l, e, word, kinds[k].kind); e++)
			if (e->lang < 64)
				votes[e->lang] += kinds[k].weight / n;
	}
}

bool languages_has_words(const struct languages *l, int lang, const char *text)
{
	double votes[64] = { 0 };
	struct strbuf word = STRBUF_INIT;
	uint32_t c = 1;

	while (l && lang >= 0 && lang < 64 && c) {
		c = *text ? next_cp(&text) : 0;
		if (c && (script_of(c) == SC_LATIN || script_of(c) == SC_CYRILLIC)) {
			add_cp(&word, lower_cp(c));
		} else if (word.len) {
			vote_word(l, strbuf_str(&word), votes);
			strbuf_reset(&word);
		}
	}
	strbuf_release(&word);
	return lang >= 0 && lang < 64 && votes[lang] > 0;
}

int languages_detect(const struct languages *l, const char *text, size_t len, bool html)
{
	double votes[64] = { 0 }, weight[NR_SCRIPTS] = { 0 }, best = 0, second = 0;
	struct strbuf word = STRBUF_INIT;
	const char *p = text, *end;
	enum script page = SC_LATIN, s;
	int found = -1, nr_candidates = 0, i;

	if (!l || !l->nr)
		return -1;
	if (len > DETECT_MAX_BYTES)
		len = DETECT_MAX_BYTES;
	end = text + len;
	while (p < end) {
		uint32_t c;

		if (html && *p == '<') {
			const char *close = memchr(p, '>', (size_t)(end - p));

			p = close ? close + 1 : end;
			c = ' ';
		} else {
			c = next_cp(&p);
		}
		s = script_of(c);
		if (s == SC_LATIN || s == SC_CYRILLIC || s == SC_GREEK) {
			add_cp(&word, lower_cp(c));
			weight[s] += 1;
			continue;
		}
		if (word.len) {
			vote_word(l, strbuf_str(&word), votes);
			strbuf_reset(&word);
		}
		if (s == SC_NONE)
			continue;
		weight[s] += s == SC_HAN || s == SC_HANGUL ? 3 : 1;
		if (s == SC_HAN) {
			struct lang_char key = { c, 0 }, *hit;

			hit = bsearch(&key, l->chars, l->nr_chars, sizeof(*l->chars), compare_chars);
			if (hit)
				vote_mask(votes, hit->langs, 1.0);
		}
	}
	if (word.len)
		vote_word(l, strbuf_str(&word), votes);
	strbuf_release(&word);
	for (s = SC_CYRILLIC; s < NR_SCRIPTS; s++)
		if (weight[s] > weight[page] && weight[s] * 3 >= weight[SC_LATIN])
			page = s;
	for (i = 0; i < (int)l->nr && i < 64; i++) {
		if (l->langs[i].script != (int)page)
			continue;
		nr_candidates++;
		if (votes[i] > best) {
			second = best;
			best = votes[i];
			found = i;
		} else if (votes[i] > second) {
			second = votes[i];
		}
	}
	if (nr_candidates == 1 && page != SC_LATIN) {
		for (i = 0; i < (int)l->nr; i++)
			if (l->langs[i].script == (int)page)
				return weight[page] >= 6 ? i : -1;
	}
	if (best < 3 || best < 1.5 * second)
		return -1;
	return found;
}
