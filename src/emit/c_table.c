/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/c_table.h"

#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/text.h"
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

bool c_identifier_ok(const char *s)
{
	size_t i;

	if (!s || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_'))
		return false;
	for (i = 1; s[i]; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
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

static void write_banner(const struct dataset *ds, FILE *out)
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
	for (i = 0; i < ds->nr_files; i++) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->files[i]->name);
	}
	for (i = 0; i < ds->nr_catalogs; i++) {
		fputs(",\n * ", out);
		write_comment_text(out, ds->catalogs[i].file.name);
	}
	fputs(".  Do not edit: regenerate it.\n"
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
	       (e->registered ? 0u : 16u);
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

/* The macros and class enumerators, which no code's name may take. */
static void reserve_names(struct names *names, const char *P)
{
	static const char *const macros[] = {
		"H", "DEPRECATED", "NO_DEPRECATED", "CODE_MIN", "CODE_MAX", "FLAG_UNUSED",
		"FLAG_OBSOLETE", "FLAG_TEMPORARY", "FLAG_EXPIRED", "FLAG_UNREGISTERED",
		"OUT_OF_LINE",
	};
	size_t i;
	int c;

	for (i = 0; i < sizeof(macros) / sizeof(macros[0]); i++)
		take_name(names, xasprintf("%s_%s", P, macros[i]));
	for (c = 0; c < NR_CLASSES; c++)
		take_name(names, xasprintf("%s_CLASS_%s", P, class_enumerators[c]));
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

int emit_c_header(const struct dataset *ds, const struct c_table_options *opt, FILE *out)
{
	char *P = upper(opt->prefix);
	const char *p = opt->prefix;
	int c;

	write_banner(ds, out);
	fprintf(out, "#ifndef %s_H\n#define %s_H\n\n#include <stddef.h>\n\n", P, P);
	fputs("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n", out);
	fprintf(out, "enum %s_class {\n", p);
	for (c = 0; c < NR_CLASSES; c++)
		fprintf(out, "\t%s_CLASS_%s = %d%s\n", P, class_enumerators[c], c + 1,
			c + 1 < NR_CLASSES ? "," : "");
	fputs("};\n\n", out);
	fprintf(out,
		"/* The range of codes, 100-599: the lookups take any int. */\n"
		"#define %s_CODE_MIN 100\n"
		"#define %s_CODE_MAX 599\n\n", P, P);
	fprintf(out,
		"/* Former names are deprecated: a compiler that can says so where one\n"
		" * is used.  Define %s_NO_DEPRECATED to keep it quiet. */\n"
		"#if !defined(%s_NO_DEPRECATED) && \\\n"
		"    (defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 6))\n"
		"#define %s_DEPRECATED(why) __attribute__((deprecated(why)))\n"
		"#else\n"
		"#define %s_DEPRECATED(why)\n"
		"#endif\n\n", P, P, P, P);
	fputs("/* One enumerator per code, named from its reason phrase (upper-cased,\n"
	      " * every run of other characters one '_'), then one per former name\n"
	      " * from the registry's history, deprecated unless the code has no\n"
	      " * other name (418).  Other names documents use make none.  Only codes\n"
	      " * are members, so a switch that handles each code handles the enum. */\n", out);
	fprintf(out, "#if defined(__cplusplus) && __cplusplus >= 201103L\n"
		"enum %s : int {\n#else\nenum %s {\n#endif\n", p, p);
	write_enumerators(ds, P, out);
	fputs("};\n\n", out);

	fprintf(out,
		"/* Flags of a code.  A code the registry lacks is in the table only\n"
		" * when it was generated with --allow-unregistered. */\n"
		"#define %s_FLAG_UNUSED 1u        /* registered as unused: no phrase, never sent */\n"
		"#define %s_FLAG_OBSOLETE 2u      /* marked obsoleted in the registry */\n"
		"#define %s_FLAG_TEMPORARY 4u     /* a temporary registration */\n"
		"#define %s_FLAG_EXPIRED 8u       /* ... past its expiry when generated */\n"
		"#define %s_FLAG_UNREGISTERED 16u /* not in the IANA registry */\n\n",
		P, P, P, P, P);
	fprintf(out,
		"struct %s_info {\n"
		"\tint code;\n"
		"\tenum %s_class status_class;\n"
		"\tconst char *reason;        /* English reason phrase; \"\" for an unused code */\n"
		"\tconst char *description;   /* English description; \"\" if none */\n"
		"\tconst char *reference;     /* e.g. \"RFC9110, Section 15.5.5\"; \"\" if none */\n"
		"\tunsigned flags;            /* %s_FLAG_* */\n"
		"};\n\n", p, p, P);
	fprintf(out,
		"/* The entry of a code in the table, or NULL.  Every code the registry\n"
		" * lists is there, those it marks unused (306, 418) included, so that a\n"
		" * tool can tell a reserved code from one never assigned.  An unused\n"
		" * code has no reason phrase: its reason is \"\" in every language, and\n"
		" * %s_FLAG_UNUSED says why.  No function returns a marker such as\n"
		" * \"(Unused)\", which a server could send.  A server sends neither. */\n"
		"const struct %s_info *%s_lookup(int code);\n"
		"/* The English reason phrase of a code in the table, or NULL. */\n"
		"const char *%s_reason(int code);\n"
		"/* The class of any code from 100 to 599, 0 outside. */\n"
		"enum %s_class %s_class_of(int code);\n"
		"/* The number of codes in the table, and each in ascending order (NULL\n"
		" * past the end). */\n"
		"size_t %s_count(void);\n"
		"const struct %s_info *%s_at(size_t i);\n\n",
		P, p, p, p, p, p, p, p, p);
	fprintf(out,
		"/* Localized text from tables embedded at generation time.  A locale is\n"
		" * written \"zh_CN\", \"zh_CN.UTF-8\", \"zh_CN.utf8@variant\", \"zh-CN\",\n"
		" * \"zh\" or \"zh-Hant-TW\" (any case).  It gets an embedded locale of\n"
		" * its language written in its script: of the same territory, else one\n"
		" * without a territory, else any other.  Chinese is written in two\n"
		" * scripts: zh_TW, zh_HK, zh_MO and zh-Hant are Traditional, every\n"
		" * other zh (zh, zh_CN, zh_SG, zh-Hans) Simplified, and a locale never\n"
		" * gets text of the other script: zh_TW falls back to English unless a\n"
		" * Traditional locale is embedded.  A NULL, empty or unknown locale\n"
		" * (\"C\", \"POSIX\") means English, and so does a text no locale\n"
		" * has.  NULL only for a code not in the table (or, for class names, a\n"
		" * class outside 1-5). */\n"
		"const char *%s_reason_l10n(int code, const char *locale);\n"
		"const char *%s_description_l10n(int code, const char *locale);\n"
		"const char *%s_class_name_l10n(enum %s_class c, const char *locale);\n"
		"/* The index of the best embedded locale for a name such as\n"
		" * \"zh_CN.UTF-8\", or -1 for English.  A server resolves its locale\n"
		" * once, then looks up by index; an index out of range means English. */\n"
		"int %s_locale_index(const char *locale);\n"
		"const char *%s_reason_by_index(int code, int locale_index);\n"
		"const char *%s_description_by_index(int code, int locale_index);\n"
		"const char *%s_class_name_by_index(enum %s_class c, int locale_index);\n"
		"/* The embedded locales (\"zh_CN\", ...), NULL past the end:\n"
		" * %s_locale_at(i) names the locale of index i. */\n"
		"const char *%s_locale_at(size_t i);\n\n",
		p, p, p, p, p, p, p, p, p, p, p);
	fprintf(out, "#ifdef __cplusplus\n}\n#endif\n\n#endif /* %s_H */\n", P);
	free(P);
	return ferror(out) ? -1 : 0;
}

/* The locale code embedded in every source: split a locale name as
 * text_locale_parts() does and pick an embedded locale of its language
 * and script (text_locale_script()), without the C library. */
static const char locale_code[] =
	"/* The rare cases of the locale lookup stay out of the common one. */\n"
	"#if defined(__GNUC__) || defined(__clang__)\n"
	"#define @U@_OUT_OF_LINE __attribute__((noinline))\n"
	"#else\n"
	"#define @U@_OUT_OF_LINE\n"
	"#endif\n"
	"\n"
	"static int @P@_is_letter(char c)\n"
	"{\n"
	"\treturn (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');\n"
	"}\n"
	"\n"
	"/* The subtag at s, up to one of \"_-.@\" or the end, lower-cased and\n"
	" * packed a byte each into *tag (0 if longer than 4 bytes); its length. */\n"
	"static size_t @P@_subtag(const char *s, unsigned long *tag)\n"
	"{\n"
	"\tunsigned long t = 0;\n"
	"\tsize_t n;\n"
	"\n"
	"\tfor (n = 0; s[n] && s[n] != '_' && s[n] != '-' && s[n] != '.' && s[n] != '@'; n++)\n"
	"\t\tif (n < 4)\n"
	"\t\t\tt |= (unsigned long)(unsigned char)(s[n] >= 'A' && s[n] <= 'Z' ?\n"
	"\t\t\t\t\t\t\t  s[n] - 'A' + 'a' : s[n]) << (8 * n);\n"
	"\t*tag = n <= 4 ? t : 0;\n"
	"\treturn n;\n"
	"}\n"
	"\n"
	"/* The script language and territory imply, where the language is\n"
	" * written in several; 0 where it is not. */\n"
	"static unsigned long @P@_implied_script(unsigned long language, unsigned long territory)\n"
	"{\n"
	"\tunsigned long script = 0;\n"
	"\tsize_t i;\n"
	"\n"
	"\tfor (i = 0; i < sizeof(@P@_scripts) / sizeof(@P@_scripts[0]); i++) {\n"
	"\t\tif (@P@_scripts[i].language != language)\n"
	"\t\t\tcontinue;\n"
	"\t\tif (@P@_scripts[i].territory == territory)\n"
	"\t\t\treturn @P@_scripts[i].script;\n"
	"\t\tif (!@P@_scripts[i].territory)\n"
	"\t\t\tscript = @P@_scripts[i].script;\n"
	"\t}\n"
	"\treturn script;\n"
	"}\n"
	"\n"
	"/* The index of the embedded locale for locale, or -1: all but the\n"
	" * usual case of @P@_locale_index(). */\n"
	"@U@_OUT_OF_LINE static int @P@_match_locale(const char *locale)\n"
	"{\n"
	"\tunsigned long language, tag, script = 0, territory = 0, implied;\n"
	"\tsize_t n, i;\n"
	"\tint best = -1, score, best_score = 0;\n"
	"\n"
	"\tif (!locale)\n"
	"\t\treturn -1;\n"
	"\tn = @P@_subtag(locale, &language);\n"
	"\tif (n < 2 || n > 3)\n"
	"\t\treturn -1;\n"
	"\t/* Four characters from a letter are a script, two letters or three\n"
	"\t * digits a territory (BCP 47); the rest is ignored. */\n"
	"\tfor (locale += n; *locale == '_' || *locale == '-'; locale += n) {\n"
	"\t\tn = @P@_subtag(++locale, &tag);\n"
	"\t\tif (n == 4 && @P@_is_letter(*locale) && !script)\n"
	"\t\t\tscript = tag;\n"
	"\t\telse if (((n == 2 && @P@_is_letter(*locale)) || (n == 3 && !@P@_is_letter(*locale))) &&\n"
	"\t\t\t !territory)\n"
	"\t\t\tterritory = tag;\n"
	"\t}\n"
	"\timplied = @P@_implied_script(language, territory);\n"
	"\tscript = implied && script ? script : implied;\n"
	"\t/* Same language and script; then the same territory, else none,\n"
	"\t * else any. */\n"
	"\tfor (i = 0; i < @P@_nr_locales; i++) {\n"
	"\t\tconst struct @P@_locale *l = &@P@_locales[i];\n"
	"\n"
	"\t\tif (l->language != language || l->script != script)\n"
	"\t\t\tcontinue;\n"
	"@SOURCE@"
	"\t\tscore = l->territory == territory ? 3 : !l->territory ? 2 : 1;\n"
	"\t\tif (score > best_score) {\n"
	"\t\t\tbest = (int)i;\n"
	"\t\t\tbest_score = score;\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn best;\n"
	"}\n"
	"\n"
	"@FIND@"
	"int @P@_locale_index(const char *locale)\n"
	"{\n"
	"\treturn @P@_find_locale(locale);\n"
	"}\n"
	"\n"
	"/* The embedded locale at locale_index, or NULL (English). */\n"
	"static const struct @P@_locale *@P@_locale_of(int locale_index)\n"
	"{\n"
	"\treturn locale_index >= 0 && (size_t)locale_index < @P@_nr_locales ?\n"
	"\t       &@P@_locales[locale_index] : NULL;\n"
	"}\n"
	"\n"
	"const char *@P@_reason_by_index(int code, int locale_index)\n"
	"{\n"
	"\tconst struct @P@_locale *l = @P@_locale_of(locale_index);\n"
	"\tconst char *s;\n"
	"\tunsigned i;\n"
	"\n"
	"\tif (code < 100 || code > 599)\n"
	"\t\treturn NULL;\n"
	"\ti = @P@_index[code - 100];\n"
	"\tif (!i)\n"
	"\t\treturn NULL;\n"
	"\ts = l ? l->reasons[i - 1] : NULL;\n"
	"\treturn s ? s : @P@_table[i - 1].reason;\n"
	"}\n"
	"\n"
	"const char *@P@_description_by_index(int code, int locale_index)\n"
	"{\n"
	"\tconst struct @P@_locale *l = @P@_locale_of(locale_index);\n"
	"\tconst char *s;\n"
	"\tunsigned i;\n"
	"\n"
	"\tif (code < 100 || code > 599)\n"
	"\t\treturn NULL;\n"
	"\ti = @P@_index[code - 100];\n"
	"\tif (!i)\n"
	"\t\treturn NULL;\n"
	"\ts = l ? l->descriptions[i - 1] : NULL;\n"
	"\treturn s ? s : @P@_table[i - 1].description;\n"
	"}\n"
	"\n"
	"const char *@P@_class_name_by_index(enum @P@_class c, int locale_index)\n"
	"{\n"
	"\tconst struct @P@_locale *l = @P@_locale_of(locale_index);\n"
	"\tconst char *s;\n"
	"\n"
	"\tif ((int)c < 1 || (int)c > 5)\n"
	"\t\treturn NULL;\n"
	"\ts = l ? l->class_names[(int)c - 1] : NULL;\n"
	"\treturn s ? s : @P@_class_names[(int)c - 1];\n"
	"}\n"
	"\n"
	"const char *@P@_reason_l10n(int code, const char *locale)\n"
	"{\n"
	"\treturn @P@_reason_by_index(code, @P@_find_locale(locale));\n"
	"}\n"
	"\n"
	"const char *@P@_description_l10n(int code, const char *locale)\n"
	"{\n"
	"\treturn @P@_description_by_index(code, @P@_find_locale(locale));\n"
	"}\n"
	"\n"
	"const char *@P@_class_name_l10n(enum @P@_class c, const char *locale)\n"
	"{\n"
	"\treturn @P@_class_name_by_index(c, @P@_find_locale(locale));\n"
	"}\n"
	"\n"
	"const char *@P@_locale_at(size_t i)\n"
	"{\n"
	"\treturn i < @P@_nr_locales ? @P@_locales[i].name : NULL;\n"
	"}\n";

/* Write tmpl with every "@P@" replaced by prefix, "@U@" by it upper-cased,
 * "@FIND@" by find (a template too) and "@SOURCE@" by source. */
static void write_template(FILE *out, const char *tmpl, const char *prefix, const char *upper_prefix,
			   const char *find, const char *source)
{
	static const char *const tokens[] = { "@P@", "@U@", "@FIND@", "@SOURCE@" };
	const char *at, *first;
	size_t k, which;

	for (;;) {
		first = NULL;
		which = 0;
		for (k = 0; k < sizeof(tokens) / sizeof(tokens[0]); k++) {
			at = strstr(tmpl, tokens[k]);
			if (at && (!first || at < first)) {
				first = at;
				which = k;
			}
		}
		if (!first)
			break;
		fwrite(tmpl, 1, (size_t)(first - tmpl), out);
		if (which == 0)
			fputs(prefix, out);
		else if (which == 1)
			fputs(upper_prefix, out);
		else if (which == 2)
			write_template(out, find, prefix, upper_prefix, "", "");
		else
			fputs(source, out);
		tmpl = first + strlen(tokens[which]);
	}
	fputs(tmpl, out);
}

/* PREFIX_find_locale(): each embedded name compared character by
 * character, unrolled, before the general match. */
static char *find_locale_code(const char *const *names, size_t nr)
{
	struct strbuf sb = STRBUF_INIT;
	char constant[7];
	size_t i, k;
	char *line;

	strbuf_addstr(&sb, "/* The usual case first, unrolled and short enough to be inlined: an\n"
		      " * embedded name, then nothing or a codeset or modifier\n"
		      " * (\"zh_CN.UTF-8\"); no other locale can fit it better. */\n"
		      "static inline int @P@_find_locale(const char *locale)\n"
		      "{\n"
		      "\tif (!locale)\n"
		      "\t\treturn -1;\n");
	for (i = 0; i < nr; i++) {
		strbuf_addstr(&sb, "\tif (");
		/* Names are letters and '_' (text_is_locale_name()). */
		for (k = 0; names[i][k]; k++) {
			char_constant(constant, (unsigned char)names[i][k]);
			line = xasprintf("locale[%zu] == %s &&%s", k, constant,
					 names[i][k + 1] ? " " : "");
			strbuf_addstr(&sb, line);
			free(line);
		}
		line = xasprintf("\n\t    (!locale[%zu] || locale[%zu] == '.' || locale[%zu] == '@'))\n"
				 "\t\treturn %zu;\n", k, k, k, i);
		strbuf_addstr(&sb, line);
		free(line);
	}
	strbuf_addstr(&sb, "\treturn @P@_match_locale(locale);\n}\n\n");
	return strbuf_detach(&sb);
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
				const char *name, FILE *out)
{
	const char **texts = xcalloc(ds->nr_entries + NR_CLASSES, sizeof(*texts));
	size_t i;
	int c;

	for (i = 0; i < ds->nr_entries; i++)
		texts[i] = ds->entries[i].l10n[l].reason.text;
	write_array(out, lt, "reasons", name, texts, ds->nr_entries);
	for (i = 0; i < ds->nr_entries; i++)
		texts[i] = ds->entries[i].l10n[l].description.text;
	write_array(out, lt, "descriptions", name, texts, ds->nr_entries);
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
		note_text(lt, ds->entries[i].description.text);
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
		for (i = 0; i < ds->nr_entries; i++)
			note_text(lt, ds->entries[i].l10n[l].description.text);
		for (c = 0; c < NR_CLASSES; c++)
			note_text(lt, ds->classes[c].l10n[l].text);
	}
}

/* A subtag of up to four bytes packed, a byte each from the lowest, as
 * the generated PREFIX_subtag() packs it. */
static unsigned long pack_tag(const char *s)
{
	unsigned long tag = 0;
	size_t n;

	for (n = 0; s[n] && n < 4; n++)
		tag |= (unsigned long)(unsigned char)s[n] << (8 * n);
	return tag;
}

/* For _match_locale(), when a regional English (en_GB) is embedded: it
 * is for its own territory only.  English is the table's own language,
 * so any other English (en, en_US) gets the registry's phrases, as
 * gettext gives en_US the msgids when there is an en_GB catalog but no
 * en_US or en one; without the rule, "any" would give it en_GB's.
 * Empty when no English is embedded.  free() it. */
static char *source_language_rule(const char *const *names, size_t nr)
{
	struct locale_parts lp;
	size_t i;

	for (i = 0; i < nr; i++)
		if (text_locale_parts(names[i], &lp) && !strcmp(lp.language, DATASET_SOURCE_LOCALE))
			return xasprintf("\t\t/* English is the table's own language: a regional English\n"
					 "\t\t * only for its own territory, the registry's for any\n"
					 "\t\t * other (en, en_US). */\n"
					 "\t\tif (language == 0x%lxUL && l->territory != territory)\n"
					 "\t\t\tcontinue;\n", pack_tag(DATASET_SOURCE_LOCALE));
	return xstrdup("");
}

/* The table of text_locale_scripts(), packed. */
static void write_scripts(FILE *out, const char *p)
{
	const struct locale_script *scripts;
	size_t n, i;

	scripts = text_locale_scripts(&n);
	fprintf(out, "/* Scripts by language and territory (each packed a byte a letter,\n"
		" * lower-cased), for the languages written in more than one; territory\n"
		" * 0 is the language's default.  A locale gets only text of its own\n"
		" * script: zh_TW never gets zh_CN's. */\n"
		"static const struct %s_script {\n"
		"\tunsigned long language, territory, script;\n"
		"} %s_scripts[%zu] = {\n", p, p, n);
	for (i = 0; i < n; i++) {
		fprintf(out, "\t{ 0x%lxUL, 0x%lxUL, 0x%lxUL }, /* ", pack_tag(scripts[i].language),
			pack_tag(scripts[i].territory), pack_tag(scripts[i].script));
		write_comment_text(out, scripts[i].language);
		fputs(", ", out);
		write_comment_text(out, scripts[i].territory[0] ? scripts[i].territory : "any");
		fputs(": ", out);
		write_comment_text(out, scripts[i].script);
		fputs(" */\n", out);
	}
	fputs("};\n\n", out);
}

int emit_c_source(const struct dataset *ds, const struct c_table_options *opt, FILE *out)
{
	const char *p = opt->prefix;
	char *P = upper(p);
	size_t i, nr_locales = 0;
	int c, code;
	bool wide = ds->nr_entries > 254;
	struct long_texts lt = { p, NULL, 0 };
	const char **embedded = NULL;
	char *find, *source;

	note_long_texts(ds, opt, &lt);
	write_banner(ds, out);
	/* c_header_name_ok() was checked: nothing to escape. */
	fprintf(out, "#include \"%s\"\n\n", opt->header_name);
	write_long_texts(&lt, out);
	fprintf(out, "static const struct %s_info %s_table[%zu] = {\n", p, p,
		ds->nr_entries ? ds->nr_entries : 1);
	for (i = 0; i < ds->nr_entries; i++) {
		const struct status_entry *e = &ds->entries[i];

		fprintf(out, "\t{ %d, %s_CLASS_%s, ", e->code, P,
			class_enumerators[e->status_class - 1]);
		write_text(&lt, out, table_reason(e));
		fputs(",\n\t  ", out);
		write_text(&lt, out, e->description.text ? e->description.text : "");
		fputs(",\n\t  ", out);
		write_text(&lt, out, e->reference.text ? e->reference.text : "");
		fprintf(out, ", %uu },\n", table_flags(e));
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
		write_text(&lt, out, ds->classes[c].name.text ? ds->classes[c].name.text : "");
		fputs(",\n", out);
	}
	fputs("};\n\n", out);

	write_scripts(out, p);
	fprintf(out, "struct %s_locale {\n\tconst char *name;\n"
		"\tunsigned long language, territory, script; /* as %s_scripts */\n"
		"\tconst char *const *reasons;        /* by table index; NULL: English */\n"
		"\tconst char *const *descriptions;\n"
		"\tconst char *const *class_names;    /* by class - 1 */\n};\n\n", p, p);
	for (i = 0; opt->locales && opt->locales[i]; i++) {
		int l = dataset_locale_index(ds, opt->locales[i]);

		if (l >= 0) {
			write_locale_arrays(ds, &lt, l, opt->locales[i], out);
			embedded = xrealloc(embedded, (nr_locales + 1) * sizeof(*embedded));
			embedded[nr_locales++] = opt->locales[i];
		}
	}
	fprintf(out, "static const struct %s_locale %s_locales[%zu] = {\n", p, p,
		nr_locales ? nr_locales : 1);
	for (i = 0; opt->locales && opt->locales[i]; i++) {
		const char *n = opt->locales[i];
		struct locale_parts lp;

		if (dataset_locale_index(ds, n) < 0)
			continue;
		text_locale_parts(n, &lp);
		fputs("\t{ ", out);
		c_write_literal(out, n);
		fprintf(out, ", 0x%lxUL, 0x%lxUL, 0x%lxUL,\n"
			"\t  %s_reasons_%s, %s_descriptions_%s, %s_class_names_%s },\n",
			pack_tag(lp.language), pack_tag(lp.territory),
			pack_tag(text_locale_script(&lp)), p, n, p, n, p, n);
	}
	if (!nr_locales)
		fputs("\t{ NULL, 0, 0, 0, NULL, NULL, NULL },\n", out);
	fprintf(out, "};\n\nstatic const size_t %s_nr_locales = %zu;\n\n", p, nr_locales);

	fprintf(out,
		"const struct %s_info *%s_lookup(int code)\n"
		"{\n"
		"\tunsigned i;\n"
		"\n"
		"\tif (code < 100 || code > 599)\n"
		"\t\treturn NULL;\n"
		"\ti = %s_index[code - 100];\n"
		"\treturn i ? &%s_table[i - 1] : NULL;\n"
		"}\n\n", p, p, p, p);
	fprintf(out,
		"const char *%s_reason(int code)\n"
		"{\n"
		"\tconst struct %s_info *info = %s_lookup(code);\n"
		"\n"
		"\treturn info ? info->reason : NULL;\n"
		"}\n\n", p, p, p);
	fprintf(out,
		"enum %s_class %s_class_of(int code)\n"
		"{\n"
		"\tif (code < 100 || code > 599)\n"
		"\t\treturn (enum %s_class)0;\n"
		"\treturn (enum %s_class)(code / 100);\n"
		"}\n\n", p, p, p, p);
	fprintf(out,
		"size_t %s_count(void)\n"
		"{\n"
		"\treturn %s_nr;\n"
		"}\n\n"
		"const struct %s_info *%s_at(size_t i)\n"
		"{\n"
		"\treturn i < %s_nr ? &%s_table[i] : NULL;\n"
		"}\n\n", p, p, p, p, p, p);
	find = find_locale_code(embedded, nr_locales);
	source = source_language_rule(embedded, nr_locales);
	write_template(out, locale_code, p, P, find, source);
	free(source);
	free(find);
	free(embedded);
	free(lt.texts);
	free(P);
	return ferror(out) ? -1 : 0;
}
