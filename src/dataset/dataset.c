/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/dataset.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

/* English class names, as RFC 9110 section 15 titles them; an English
 * source document's class headings may replace them. */
static const char *const default_class_names[NR_CLASSES] = {
	"Informational", "Successful", "Redirection", "Client Error", "Server Error",
};

const struct page_word_message dataset_page_words[NR_PAGE_WORDS] = {
	[PAGE_TITLE] = { "page title", "HTTP status codes",
		"The title of a generated page that lists every HTTP status code with\n"
		"its reason phrase and description (http-status.LL.md): its first\n"
		"heading, and the title in its front matter." },
	[PAGE_COLUMN_CODE] = { "page column code", "Code",
		"The label of the first column of a page written as a table (statusgen\n"
		"markdown --style table): the three-digit status code, such as 404.\n"
		"A short column header, as a table of this language would have it." },
	[PAGE_COLUMN_REASON] = { "page column reason", "Reason",
		"The label of the second column of a page written as a table: the\n"
		"English reason phrase, as the IANA registry has it (Not Found).\n"
		"A short column header." },
	[PAGE_COLUMN_LOCALIZED] = { "page column localized name", "Localized name",
		"The label of the third column of a page written as a table: the\n"
		"reason phrase in this catalog's language (its \"status NNN reason\"\n"
		"translations).  A short column header." },
	[PAGE_COLUMN_DESCRIPTION] = { "page column description", "Description",
		"The label of the fourth column of a page written as a table: what\n"
		"the status code means, in this catalog's language (its \"status NNN\n"
		"description\" translations).  A short column header." },
};

struct cand_text {
	char *text;
	unsigned line;
};

/* One record as read, kept until the merge. */
struct candidate {
	int code;
	size_t file;                /* index in ds->files */
	size_t seq;                 /* order read, the last tie-break */
	enum record_origin origin;
	unsigned line;
	struct cand_text class_name, reason, l10n_reason, description;
};

static void free_candidate(struct candidate *c)
{
	free(c->class_name.text);
	free(c->reason.text);
	free(c->l10n_reason.text);
	free(c->description.text);
}

void dataset_init(struct dataset *ds)
{
	static const struct input_options defaults = INPUT_OPTIONS_INIT;

	memset(ds, 0, sizeof(*ds));
	ds->input = defaults;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct add_ctx {
	struct dataset *ds;
	size_t file;
	struct diag *diag;
	bool listed[600];           /* per code: listed in the file already */
	unsigned first_line[600];   /* and the line of its first listing */
};

static void check_phrase(struct dataset *ds, const struct registry_record *rec, int code,
			 const char *t, const char *path, unsigned line, struct diag *diag);

/* Duplicate codes reported per document; then one line with the count. */
#define DUPLICATES_SHOWN 20u

/* A code listed again in the same document is an error, reported as it
 * is read, and its phrase is checked as the first listing's is.  Nothing
 * else of it is kept: a document repeating one code a million times
 * takes no more memory than one listing each code once. */
static void add_repeat(struct add_ctx *ctx, const struct source_record *rec)
{
	struct dataset *ds = ctx->ds;
	struct source_file *file = ds->files[ctx->file];

	if (++file->nr_duplicates <= DUPLICATES_SHOWN)
		diag_error(ctx->diag, file->path, rec->line,
			   _("duplicate code %d (first at line %u)"), rec->code,
			   ctx->first_line[rec->code]);
	if (rec->reason && registry_is_registered(&ds->registry, rec->code))
		check_phrase(ds, registry_find(&ds->registry, rec->code), rec->code,
			     rec->reason, file->path, rec->reason_line, ctx->diag);
}

static int add_record(const struct source_record *rec, void *arg)
{
	struct add_ctx *ctx = arg;
	struct dataset *ds = ctx->ds;
	struct candidate *c;

	if (ctx->listed[rec->code]) {
		add_repeat(ctx, rec);
		return 0;
	}
	ctx->listed[rec->code] = true;
	ctx->first_line[rec->code] = rec->line;
	XGROW(ds->cands, ds->alloc_cands, ds->nr_cands + 1);
	c = &ds->cands[ds->nr_cands++];
	memset(c, 0, sizeof(*c));
	c->code = rec->code;
	c->file = ctx->file;
	c->seq = ds->nr_cands - 1;
	c->origin = rec->origin;
	c->line = rec->line;
	c->class_name.text = dup_or_null(rec->class_name);
	c->class_name.line = rec->class_line;
	c->reason.text = dup_or_null(rec->reason);
	c->reason.line = rec->reason_line;
	c->l10n_reason.text = dup_or_null(rec->l10n_reason);
	c->l10n_reason.line = rec->l10n_reason_line;
	c->description.text = dup_or_null(rec->description);
	c->description.line = rec->description_line;
	return 0;
}

int dataset_add_file(struct dataset *ds, const char *path, const char *name,
		     const char *locale, enum source_format format,
		     struct diag *diag)
{
	struct source_file *f = xcalloc(1, sizeof(*f));
	struct add_ctx *ctx = xcalloc(1, sizeof(*ctx));
	size_t first = ds->nr_cands;
	int ret;

	f->path = xstrdup(path);
	f->name = xstrdup(name);
	f->format = format;
	XGROW(ds->files, ds->alloc_files, ds->nr_files + 1);
	ds->files[ds->nr_files++] = f;
	ctx->ds = ds;
	ctx->file = ds->nr_files - 1;
	ctx->diag = diag;
	ret = source_read(path, format, &ds->input, &f->meta, diag, add_record, ctx);
	free(ctx);
	if (!locale)
		locale = f->meta.lang && text_is_locale_name(f->meta.lang) ? f->meta.lang : "und";
	f->locale = xstrdup(locale);
	if (ret < 0) {
		/* Nothing of a document that failed takes part in the merge;
		 * lint checks the records it did give all the same. */
		f->failed = true;
		while (!ds->lint && ds->nr_cands > first)
			free_candidate(&ds->cands[--ds->nr_cands]);
		return -1;
	}
	if (f->meta.lang && strcmp(f->meta.lang, locale)) {
		struct diag_quote q;

		diag_warning(diag, path, 1,
			     _("front matter gives lang '%s' but the document is read as '%s'"),
			     diag_quote(&q, f->meta.lang), locale);
	}
	return 0;
}

/* ---- the merge ------------------------------------------------------- */

enum field { F_REASON, F_L10N_REASON, F_DESCRIPTION, F_CLASS_NAME };

static struct cand_text *field_of(struct candidate *c, enum field f)
{
	switch (f) {
	case F_REASON:
		return &c->reason;
	case F_L10N_REASON:
		return &c->l10n_reason;
	case F_DESCRIPTION:
		return &c->description;
	case F_CLASS_NAME:
		break;
	}
	return &c->class_name;
}

/* Precedence: table rows are the authority for names (reason phrases and
 * class names), heading sections for descriptions; between two records of
 * the same kind, the document that sorts first wins.  (README: "Merge
 * rules".) */
static bool ranks_before(const struct candidate *a, const struct candidate *b,
			 enum field f)
{
	enum record_origin preferred = f == F_DESCRIPTION ? RECORD_HEADING : RECORD_TABLE_ROW;

	if (a->origin != b->origin)
		return a->origin == preferred;
	if (a->file != b->file)
		return a->file < b->file;
	return a->seq < b->seq;
}

static int compare_candidates(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;

	if (a->code != b->code)
		return a->code < b->code ? -1 : 1;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Does candidate c take part in the choice of a text in locale? */
typedef bool scope_fn(const struct dataset *ds, const struct candidate *c,
		      const char *locale);

static bool any_locale(const struct dataset *ds, const struct candidate *c,
		       const char *locale)
{
	(void)ds;
	(void)c;
	(void)locale;
	return true;
}

static bool in_locale(const struct dataset *ds, const struct candidate *c,
		      const char *locale)
{
	return !strcmp(ds->files[c->file]->locale, locale);
}

/* "Unused" or "(Unused)": how a document names an unused code. */
static bool is_unused_marker(const char *t)
{
	return text_equal_nocase(t, "Unused") || text_equal_nocase(t, "(Unused)");
}

/* The localized name a document gives an unused code is the unused
 * label, unless it names the code otherwise in English (a former name,
 * reported as a code presented as live). */
static bool labels_unused(const struct dataset *ds, const struct candidate *c,
			  const char *locale)
{
	return in_locale(ds, c, locale) && (!c->reason.text || is_unused_marker(c->reason.text));
}

static const char *path_of(const struct dataset *ds, const struct candidate *c)
{
	return ds->files[c->file]->path;
}

/* Pick the text of field f for one code among cands[0..n), within the
 * scope, and report every candidate that says otherwise. */
static struct candidate *choose(struct dataset *ds, struct candidate *cands,
				size_t n, enum field f, scope_fn *in_scope,
				const char *locale, struct diag *diag)
{
	struct candidate *best = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		struct candidate *c = &cands[i];

		if (!field_of(c, f)->text || !in_scope(ds, c, locale))
			continue;
		if (!best || ranks_before(c, best, f))
			best = c;
	}
	if (!best)
		return NULL;
	for (i = 0; i < n; i++) {
		struct candidate *c = &cands[i];
		struct cand_text *t = field_of(c, f), *b = field_of(best, f);
		struct diag_quote qt, qb;

		if (c == best || !t->text || !in_scope(ds, c, locale) ||
		    !strcmp(t->text, b->text))
			continue;
		switch (f) {
		case F_REASON:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is called '%s' here but '%s' in %s:%u"),
				     c->code, diag_quote(&qt, t->text), diag_quote(&qb, b->text),
				     path_of(ds, best), b->line);
			break;
		case F_L10N_REASON:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is translated '%s' here but '%s' in %s:%u"),
				     c->code, diag_quote(&qt, t->text), diag_quote(&qb, b->text),
				     path_of(ds, best), b->line);
			break;
		case F_DESCRIPTION:
			diag_warning(diag, path_of(ds, c), t->line,
				     _("%d is described differently here and in %s:%u"),
				     c->code, path_of(ds, best), b->line);
			break;
		case F_CLASS_NAME:
			break;
		}
	}
	return best;
}

static void take_field(struct dataset *ds, struct text_field *dst,
		       struct candidate *c, enum field f)
{
	if (!c)
		return;
	dst->text = xstrdup(field_of(c, f)->text);
	dst->at.file = ds->files[c->file];
	dst->at.line = field_of(c, f)->line;
}

/* Does a document's phrase say what the registry says?  The registry's
 * own markers are allowed: "Unused" or "(Unused)" for an unused code,
 * "Not Extended (OBSOLETED)", "... (TEMPORARY - ...)". */
static bool is_registry_phrase(const struct registry_record *rec, const char *t)
{
	size_t n;

	if (!rec->phrase)
		return is_unused_marker(t);
	n = strlen(rec->phrase);
	if (strncmp(t, rec->phrase, n))
		return false;
	return !t[n] || ((rec->flags & REGISTRY_OBSOLETE) && !strcmp(t + n, " (OBSOLETED)")) ||
	       ((rec->flags & REGISTRY_TEMPORARY) && !strncmp(t + n, " (TEMPORARY", 11));
}

/* Add text to the list *names (of *nr) unless it is there already. */
static void add_name(struct text_field **names, size_t *nr, const char *text,
		     const struct source_file *file, unsigned line)
{
	struct text_field *a;
	size_t i;

	for (i = 0; i < *nr; i++)
		if (!strcmp((*names)[i].text, text))
			return;
	*names = xrealloc(*names, (*nr + 1) * sizeof(**names));
	a = &(*names)[(*nr)++];
	a->text = xstrdup(text);
	a->at.file = file;
	a->at.line = line;
}

static int compare_fields(const void *pa, const void *pb)
{
	const struct text_field *a = pa, *b = pb;

	return strcmp(a->text, b->text);
}

/* The other names of a code: its former names, as the registry's list
 * gives them, and the variants, every other English phrase a document
 * gives it ("Unused" for an unused code is no name), sorted. */
static void collect_names(struct dataset *ds, struct status_entry *e,
			  const struct registry_record *rec, struct candidate *cands, size_t n)
{
	size_t i, k;

	for (i = 0; i < ds->registry.nr_former; i++) {
		const struct former_name *f = &ds->registry.former[i];

		if (f->code == e->code)
			add_name(&e->former_names, &e->nr_former_names, f->phrase,
				 &ds->former_file, f->line);
	}
	for (i = 0; i < n; i++) {
		const char *t = cands[i].reason.text;
		bool known = false;

		if (!t || (rec && is_registry_phrase(rec, t)) ||
		    (e->reason.text && !strcmp(e->reason.text, t)))
			continue;
		for (k = 0; k < e->nr_former_names; k++)
			known = known || !strcmp(e->former_names[k].text, t);
		if (!known)
			add_name(&e->variants, &e->nr_variants, t, ds->files[cands[i].file],
				 cands[i].reason.line);
	}
	if (e->nr_variants > 1)
		qsort(e->variants, e->nr_variants, sizeof(*e->variants), compare_fields);
}

/* After the merge: how many duplicates of each document were not shown. */
static void report_more_duplicates(const struct dataset *ds, struct diag *diag)
{
	size_t f;

	for (f = 0; f < ds->nr_files; f++) {
		unsigned long more = ds->files[f]->nr_duplicates;

		if (more <= DUPLICATES_SHOWN)
			continue;
		more -= DUPLICATES_SHOWN;
		diag_error(diag, ds->files[f]->path, 0,
			   ngettext("%lu more duplicate code not shown",
				    "%lu more duplicate codes not shown", more), more);
	}
}

/* Codes missing from one document reported; then one line with the count. */
#define MISSING_SHOWN 20u

/* Report, for each code, the documents of its locale that lack it.
 * first_of_locale has room for ds->nr_locales + 1 pointers. */
static void report_coverage(struct dataset *ds, struct candidate *cands, size_t n,
			    const struct candidate **first_of_locale, struct diag *diag)
{
	size_t i, f, j = 0;

	memset(first_of_locale, 0, (ds->nr_locales + 1) * sizeof(*first_of_locale));
	for (i = 0; i < n; i++) {
		int id = ds->files[cands[i].file]->locale_id;

		if (!first_of_locale[id])
			first_of_locale[id] = &cands[i];
	}
	/* cands are sorted by file: one walk finds the files that have it. */
	for (f = 0; f < ds->nr_files; f++) {
		struct source_file *file = ds->files[f];
		const struct candidate *first = first_of_locale[file->locale_id];

		while (j < n && cands[j].file < f)
			j++;
		if (file->failed || (j < n && cands[j].file == f) || !first)
			continue;
		if (++file->nr_missing <= MISSING_SHOWN)
			diag_note(diag, path_of(ds, first), first->line,
				  _("%d is not in %s"), first->code, file->path);
	}
}

/* After the merge: how many missing codes of each document were not shown. */
static void report_more_missing(const struct dataset *ds, struct diag *diag)
{
	size_t f;

	for (f = 0; f < ds->nr_files; f++) {
		unsigned long more = ds->files[f]->nr_missing;

		if (more <= MISSING_SHOWN)
			continue;
		more -= MISSING_SHOWN;
		diag_note(diag, ds->files[f]->path, 0,
			  ngettext("%lu more code of its locale is not in this document",
				   "%lu more codes of its locale are not in this document", more),
			  more);
	}
}

static void add_locale(struct dataset *ds, const char *locale)
{
	if (!strcmp(locale, DATASET_SOURCE_LOCALE) || dataset_locale_index(ds, locale) >= 0)
		return;
	ds->locales = xrealloc(ds->locales, (ds->nr_locales + 1) * sizeof(char *));
	ds->locales[ds->nr_locales++] = xstrdup(locale);
}

/* Levenshtein distance, ignoring ASCII case: how far a phrase is from a
 * registered one, to suggest the closest. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(b), i, j, *row = xcalloc(n + 1, sizeof(*row)), d;

	for (j = 0; j <= n; j++)
		row[j] = j;
	for (i = 1; a[i - 1]; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= n; j++) {
			size_t up = row[j], best;

			best = diag + (text_lower_ascii(a[i - 1]) != text_lower_ascii(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	d = row[n];
	free(row);
	return d;
}

static const struct former_name *find_former(const struct registry *reg, int code,
					     const char *phrase)
{
	size_t i;

	for (i = 0; i < reg->nr_former; i++)
		if (reg->former[i].code == code && !strcmp(reg->former[i].phrase, phrase))
			return &reg->former[i];
	return NULL;
}

/* The next byte of s that counts when phrases are compared loosely, ASCII
 * letters lower-cased; 0 at the end.  White space, ASCII punctuation and
 * the dashes and quotation marks U+2010-U+201F do not count. */
static int next_loose_byte(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	int c;

	for (;;) {
		if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x9f) {
			p += 3;
			continue;
		}
		c = *p;
		if (!c)
			break;
		p++;
		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
			break;
		if (c >= 'A' && c <= 'Z') {
			c = c - 'A' + 'a';
			break;
		}
	}
	*s = (const char *)p;
	return c;
}

/* Do a and b differ only in case, spacing or punctuation ("not found",
 * "Not-Found" and "Not Found")? */
static bool loosely_equal(const char *a, const char *b)
{
	int ca, cb;

	do {
		ca = next_loose_byte(&a);
		cb = next_loose_byte(&b);
	} while (ca && ca == cb);
	return ca == cb;
}

/* A former name of code that phrase is written like (loosely equal to);
 * NULL if none. */
static const struct former_name *find_former_loosely(const struct registry *reg, int code,
						     const char *phrase)
{
	size_t i;

	for (i = 0; i < reg->nr_former; i++)
		if (reg->former[i].code == code && loosely_equal(reg->former[i].phrase, phrase))
			return &reg->former[i];
	return NULL;
}

/* The former name of code closest to phrase, if it is closer than the
 * registered name; else NULL. */
static const struct former_name *closer_former(const struct registry *reg, int code,
					       const char *phrase, const char *registered)
{
	const struct former_name *best = NULL;
	size_t best_d = edit_distance(phrase, registered), i, d;

	for (i = 0; i < reg->nr_former; i++) {
		if (reg->former[i].code != code)
			continue;
		d = edit_distance(phrase, reg->former[i].phrase);
		if (d < best_d) {
			best = &reg->former[i];
			best_d = d;
		}
	}
	return best;
}

/* Compare a document's English phrase t for code, which the registry
 * registers as rec, with the registry: its name, a former name (a note),
 * either written in another case, spacing or punctuation (a note), or
 * neither (a warning that names the closest known name). */
static void check_phrase(struct dataset *ds, const struct registry_record *rec, int code,
			 const char *t, const char *path, unsigned line, struct diag *diag)
{
	const struct former_name *f, *closest;
	struct diag_quote q;
	const char *quoted;

	if (is_registry_phrase(rec, t))
		return;
	quoted = diag_quote(&q, t);
	f = find_former(&ds->registry, code, t);
	if (!f && rec->phrase && loosely_equal(t, rec->phrase)) {
		diag_note(diag, path, line,
			  _("%d is written '%s' here; the registry writes it '%s'"),
			  code, quoted, rec->phrase);
		return;
	}
	if (!f && rec->phrase) {
		f = find_former_loosely(&ds->registry, code, t);
		if (f) {
			diag_note(diag, path, line,
				  _("%d is written '%s' here, like its former name '%s' (%s); the registry now calls it '%s'"),
				  code, quoted, f->phrase, f->source, rec->phrase);
			return;
		}
	}
	if (!f)
		f = find_former_loosely(&ds->registry, code, t);
	closest = f || !rec->phrase ? NULL : closer_former(&ds->registry, code, t, rec->phrase);
	if (f && rec->phrase)
		diag_note(diag, path, line,
			  _("%d is called '%s' here, its former name (%s); the registry now calls it '%s'"),
			  code, quoted, f->source, rec->phrase);
	else if (f)
		diag_warning(diag, path, line,
			     _("%d is unused, but is called '%s' here (its former name, %s) as if it were in use"),
			     code, quoted, f->source);
	else if (!rec->phrase)
		diag_warning(diag, path, line,
			     _("%d is unused, but is called '%s' here as if it were in use"),
			     code, quoted);
	else if (closest)
		diag_warning(diag, path, line,
			     _("%d is called '%s' here, but is registered as '%s' (closest known name: '%s', its former name)"),
			     code, quoted, rec->phrase, closest->phrase);
	else
		diag_warning(diag, path, line,
			     _("%d is called '%s' here, but is registered as '%s'"),
			     code, quoted, rec->phrase);
}

/* check_phrase() for every document's phrase of a registered code (a
 * repeat's was checked as it was read: add_repeat()). */
static void check_phrases(struct dataset *ds, const struct registry_record *rec,
			  struct candidate *cands, size_t n, struct diag *diag)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cands[i].reason.text)
			check_phrase(ds, rec, cands[i].code, cands[i].reason.text,
				     path_of(ds, &cands[i]), cands[i].reason.line, diag);
}

/* Take what the registry says of code: its phrase, reference and flags. */
static void take_registry(struct dataset *ds, struct status_entry *e,
			  const struct registry_record *rec, struct diag *diag)
{
	e->registered = true;
	e->flags = rec->flags;
	e->registered_on = rec->registered;
	e->expires = rec->expires;
	if (rec->phrase) {
		e->reason.text = xstrdup(rec->phrase);
		e->reason.at.file = &ds->registry_file;
		e->reason.at.line = rec->line;
	}
	if (rec->reference) {
		e->reference.text = xstrdup(rec->reference);
		e->reference.at.file = &ds->registry_file;
		e->reference.at.line = rec->line;
	}
	if (rec->expires && ds->today && strcmp(rec->expires, ds->today) < 0) {
		e->expired = true;
		diag_warning(diag, ds->registry_file.path, rec->line,
			     _("%d's temporary registration expired on %s"), e->code, rec->expires);
	}
}

/* Take c's localized reason, given to an unused code, as the unused label
 * of locale l, unless an earlier unused code gave it already. */
static void take_unused_label(struct dataset *ds, size_t l, struct candidate *c,
			      struct diag *diag)
{
	struct text_field *dst = &ds->unused_label.l10n[l];
	struct diag_quote qc, qd;

	if (!c)
		return;
	if (!dst->text) {
		take_field(ds, dst, c, F_L10N_REASON);
	} else if (strcmp(dst->text, c->l10n_reason.text)) {
		diag_warning(diag, path_of(ds, c), c->l10n_reason.line,
			     _("%d is unused, and unused codes are called '%s' here but '%s' in %s:%u"),
			     c->code, diag_quote(&qc, c->l10n_reason.text), diag_quote(&qd, dst->text),
			     dst->at.file->path, dst->at.line);
	}
}

/* Merge the records of one code.  Return false if the code is left out. */
static bool merge_entry(struct dataset *ds, struct status_entry *e, int code,
			struct candidate *cands, size_t n,
			const struct candidate **first_of_locale, struct diag *diag)
{
	const struct registry_record *rec = registry_find(&ds->registry, code);
	bool have_registry = ds->registry.nr_records > 0;
	struct candidate *c;
	size_t i, l;

	if (have_registry && !registry_is_registered(&ds->registry, code)) {
		if (ds->lint) {
			diag_warning(diag, path_of(ds, &cands[0]), cands[0].line,
				     _("%d is not a registered status code"), code);
			return false;
		}
		if (!ds->allow_unregistered) {
			diag_warning(diag, path_of(ds, &cands[0]), cands[0].line,
				     _("%d is not a registered status code; left out (--allow-unregistered keeps it)"),
				     code);
			return false;
		}
		diag_note(diag, path_of(ds, &cands[0]), cands[0].line,
			  _("%d is not a registered status code; kept"), code);
		rec = NULL;
	}
	e->code = code;
	e->status_class = code / 100;
	e->l10n = xcalloc(ds->nr_locales, sizeof(*e->l10n));
	e->seen = xcalloc(n, sizeof(*e->seen));
	for (i = 0; i < n; i++) {
		e->seen[e->nr_seen].file = ds->files[cands[i].file];
		e->seen[e->nr_seen++].line = cands[i].line;
	}
	report_coverage(ds, cands, n, first_of_locale, diag);

	if (rec) {
		take_registry(ds, e, rec, diag);
		check_phrases(ds, rec, cands, n, diag);
	} else {
		c = choose(ds, cands, n, F_REASON, any_locale, NULL, diag);
		take_field(ds, &e->reason, c, F_REASON);
		if (!c)
			diag_warning(diag, path_of(ds, &cands[0]), cands[0].line,
				     _("%d has no English reason phrase in any document"), code);
	}
	collect_names(ds, e, rec, cands, n);
	c = choose(ds, cands, n, F_DESCRIPTION, in_locale, "en", diag);
	take_field(ds, &e->description, c, F_DESCRIPTION);
	for (l = 0; l < ds->nr_locales; l++) {
		const char *loc = ds->locales[l];

		if (e->flags & REGISTRY_UNUSED) {
			c = choose(ds, cands, n, F_L10N_REASON, labels_unused, loc, diag);
			take_unused_label(ds, l, c, diag);
		} else {
			c = choose(ds, cands, n, F_L10N_REASON, in_locale, loc, diag);
			take_field(ds, &e->l10n[l].reason, c, F_L10N_REASON);
		}
		c = choose(ds, cands, n, F_DESCRIPTION, in_locale, loc, diag);
		take_field(ds, &e->l10n[l].description, c, F_DESCRIPTION);
	}
	return true;
}

/* ---- translators' catalogs ------------------------------------------ */

/* Use the catalog's translation of the message msgctxt (English text
 * english) for *dst when it is translated, not fuzzy, and made for the
 * current English; count what it is. */
static void apply_message(struct catalog *cat, const char *msgctxt, const char *english,
			  struct text_field *dst, struct diag *diag)
{
	const struct po_entry *pe;

	if (!english)
		return;
	pe = po_catalog_find(&cat->po, msgctxt);
	if (!pe || !*pe->msgstr) {
		cat->untranslated++;
	} else if (pe->fuzzy) {
		cat->fuzzy++;
	} else if (strcmp(pe->msgid, english)) {
		diag_warning(diag, cat->file.path, pe->line,
			     _("'%s' translates '%s', but the English is now '%s'; run 'make update-po'"),
			     msgctxt, pe->msgid, english);
		cat->fuzzy++;
	} else {
		cat->translated++;
		free(dst->text);
		dst->text = xstrdup(pe->msgstr);
		dst->at.file = &cat->file;
		dst->at.line = pe->line;
	}
}

/* Is ctx the context of a message of the template: a class name, the
 * unused label, a page word, or the reason or description of a code that
 * has one? */
static bool names_message(const struct dataset *ds, const char *ctx)
{
	const struct status_entry *e;
	char want[64];
	int code, c;

	if (!strcmp(ctx, DATASET_UNUSED_LABEL_CONTEXT))
		return dataset_has_unused(ds);
	for (c = 0; c < NR_PAGE_WORDS; c++)
		if (!strcmp(ctx, dataset_page_words[c].context))
			return true;
	for (c = 0; c < NR_CLASSES; c++) {
		snprintf(want, sizeof(want), "class %d", c + 1);
		if (!strcmp(ctx, want))
			return ds->classes[c].name.text != NULL;
	}
	if (strncmp(ctx, "status ", 7) || text_scan_code(ctx + 7, &code) != 3)
		return false;
	e = dataset_find(ds, code);
	if (!e)
		return false;
	snprintf(want, sizeof(want), "status %d reason", code);
	if (!strcmp(ctx, want))
		return e->reason.text != NULL;
	snprintf(want, sizeof(want), "status %d description", code);
	return !strcmp(ctx, want) && e->description.text != NULL;
}

/* Contexts of one catalog reported as naming no message; then a count. */
#define UNKNOWN_CONTEXTS_SHOWN 20u

/* A message whose context names none of the template's (a typo such as
 * "status 404 reasn") is never used: say so. */
static void warn_unknown_contexts(const struct dataset *ds, const struct catalog *cat,
				  struct diag *diag)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < cat->po.nr; i++) {
		const struct po_entry *pe = &cat->po.entries[i];
		struct diag_quote q;

		if (names_message(ds, pe->msgctxt) || ++n > UNKNOWN_CONTEXTS_SHOWN)
			continue;
		diag_warning(diag, cat->file.path, pe->line, _("no message has the context '%s'"),
			     diag_quote(&q, pe->msgctxt));
	}
	if (n > UNKNOWN_CONTEXTS_SHOWN)
		diag_warning(diag, cat->file.path, 0,
			     ngettext("%lu more context names no message",
				      "%lu more contexts name no message",
				      n - UNKNOWN_CONTEXTS_SHOWN), n - UNKNOWN_CONTEXTS_SHOWN);
}

static void apply_catalogs(struct dataset *ds, struct diag *diag)
{
	size_t k, i;
	int c;

	for (k = 0; k < ds->nr_catalogs; k++) {
		struct catalog *cat = &ds->catalogs[k];
		int l = dataset_locale_index(ds, cat->file.locale);
		char ctx[64];

		/* Every catalog's locale is one of the dataset's, but for the
		 * source language's, which dataset_load_catalogs() refuses:
		 * there is no l10n[] for it to go into. */
		if (l < 0) {
			diag_error(diag, cat->file.path, 0, "%s", dataset_source_locale_reason());
			continue;
		}
		for (c = 0; c < NR_CLASSES; c++) {
			snprintf(ctx, sizeof(ctx), "class %d", c + 1);
			apply_message(cat, ctx, ds->classes[c].name.text, &ds->classes[c].l10n[l], diag);
		}
		if (dataset_has_unused(ds))
			apply_message(cat, DATASET_UNUSED_LABEL_CONTEXT, ds->unused_label.name.text,
				      &ds->unused_label.l10n[l], diag);
		for (c = 0; c < NR_PAGE_WORDS; c++)
			apply_message(cat, dataset_page_words[c].context, ds->page_words[c].name.text,
				      &ds->page_words[c].l10n[l], diag);
		for (i = 0; i < ds->nr_entries; i++) {
			struct status_entry *e = &ds->entries[i];

			snprintf(ctx, sizeof(ctx), "status %d reason", e->code);
			apply_message(cat, ctx, e->reason.text, &e->l10n[l].reason, diag);
			snprintf(ctx, sizeof(ctx), "status %d description", e->code);
			apply_message(cat, ctx, e->description.text, &e->l10n[l].description, diag);
		}
		warn_unknown_contexts(ds, cat, diag);
		diag_note(diag, cat->file.path, 0,
			  _("%u translated, %u fuzzy, %u untranslated messages"),
			  cat->translated, cat->fuzzy, cat->untranslated);
	}
}

/* ---- class names ----------------------------------------------------- */

/* A class name as one document uses it: the class its codes mostly belong
 * to, and where the name first appears. */
struct class_use {
	size_t file;
	const char *name;
	enum record_origin origin;
	unsigned line;
	unsigned count[NR_CLASSES];
	int status_class;           /* the majority, 1..5 */
};

/* Index of the use of c's class name in c's file, or nr_uses. */
static size_t find_use(const struct class_use *uses, size_t nr_uses,
		       const struct candidate *c)
{
	size_t u;

	for (u = 0; u < nr_uses; u++)
		if (uses[u].file == c->file && !strcmp(uses[u].name, c->class_name.text))
			break;
	return u;
}

static int compare_uses(const void *pa, const void *pb)
{
	const struct class_use *a = pa, *b = pb;

	if (a->status_class != b->status_class)
		return a->status_class - b->status_class;
	if (a->origin != b->origin)
		return a->origin == RECORD_TABLE_ROW ? -1 : 1;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return strcmp(a->name, b->name);
}

static void merge_class_names(struct dataset *ds, struct diag *diag)
{
	struct class_use *uses = NULL;
	size_t nr_uses = 0, alloc_uses = 0, i, u;
	int k;

	for (i = 0; i < ds->nr_cands; i++) {
		struct candidate *c = &ds->cands[i];

		if (!c->class_name.text)
			continue;
		u = find_use(uses, nr_uses, c);
		if (u == nr_uses) {
			XGROW(uses, alloc_uses, nr_uses + 1);
			memset(&uses[u], 0, sizeof(uses[u]));
			uses[u].file = c->file;
			uses[u].name = c->class_name.text;
			uses[u].origin = c->origin;
			uses[u].line = c->class_name.line;
			nr_uses++;
		}
		if (c->class_name.line < uses[u].line)
			uses[u].line = c->class_name.line;
		uses[u].count[c->code / 100 - 1]++;
	}
	for (u = 0; u < nr_uses; u++) {
		int best = 0;

		for (k = 1; k < NR_CLASSES; k++)
			if (uses[u].count[k] > uses[u].count[best])
				best = k;
		/* A heading named like an English class is that class,
		 * whatever codes stand under it. */
		for (k = 0; k < NR_CLASSES; k++)
			if (ds->classes[k].name.text &&
			    text_equal_nocase(uses[u].name, ds->classes[k].name.text))
				best = k;
		uses[u].status_class = best + 1;
	}
	/* A code under another class's name is misplaced. */
	for (i = 0; i < ds->nr_cands; i++) {
		struct candidate *c = &ds->cands[i];
		struct diag_quote q;

		if (!c->class_name.text)
			continue;
		/* Every named class was recorded in the first pass. */
		u = find_use(uses, nr_uses, c);
		if (uses[u].status_class != c->code / 100)
			diag_warning(diag, path_of(ds, c), c->line,
				     _("%d is listed under '%s' (line %u), which names class %dxx here"),
				     c->code, diag_quote(&q, c->class_name.text), c->class_name.line,
				     uses[u].status_class);
	}
	if (nr_uses)
		qsort(uses, nr_uses, sizeof(*uses), compare_uses);
	for (u = 0; u < nr_uses; u++) {
		const struct class_use *use = &uses[u], *best = NULL;
		const struct source_file *file = ds->files[use->file];
		struct class_entry *ce = &ds->classes[use->status_class - 1];
		struct text_field *dst;
		struct diag_quote q_use, q_best;
		int l = dataset_locale_index(ds, file->locale);
		size_t v;

		dst = l >= 0 ? &ce->l10n[l] : &ce->name;
		/* The first use of this class in this locale is the winner. */
		for (v = 0; v < u; v++)
			if (uses[v].status_class == use->status_class &&
			    !strcmp(ds->files[uses[v].file]->locale, file->locale)) {
				best = &uses[v];
				break;
			}
		if (!best) {
			free(dst->text);
			dst->text = xstrdup(use->name);
			dst->at.file = file;
			dst->at.line = use->line;
		} else if (strcmp(best->name, use->name)) {
			diag_warning(diag, file->path, use->line,
				     _("class %dxx is called '%s' here but '%s' in %s:%u"),
				     use->status_class, diag_quote(&q_use, use->name),
				     diag_quote(&q_best, best->name),
				     ds->files[best->file]->path, best->line);
		}
	}
	free(uses);
}

static void free_candidates(struct dataset *ds)
{
	size_t i;

	for (i = 0; i < ds->nr_cands; i++)
		free_candidate(&ds->cands[i]);
	free(ds->cands);
	ds->cands = NULL;
	ds->nr_cands = ds->alloc_cands = 0;
}

/* "Unused", the registry's own word for such a code, from its first
 * unused record. */
static void init_unused_label(struct dataset *ds)
{
	size_t r;

	ds->unused_label.name.text = xstrdup("Unused");
	ds->unused_label.l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	for (r = 0; r < ds->registry.nr_records; r++) {
		if (ds->registry.records[r].flags & REGISTRY_UNUSED) {
			ds->unused_label.name.at.file = &ds->registry_file;
			ds->unused_label.name.at.line = ds->registry.records[r].line;
			break;
		}
	}
}

int dataset_merge(struct dataset *ds, struct diag *diag)
{
	const struct candidate **first_of_locale;
	unsigned errors = diag->count[DIAG_ERROR];
	size_t i, j, r;
	int c;

	for (i = 0; i < ds->nr_files; i++)
		add_locale(ds, ds->files[i]->locale);
	for (i = 0; i < ds->nr_catalogs; i++)
		add_locale(ds, ds->catalogs[i].file.locale);
	if (ds->nr_locales)
		qsort(ds->locales, ds->nr_locales, sizeof(char *), text_compare_ptrs);
	for (c = 0; c < NR_CLASSES; c++) {
		ds->classes[c].name.text = xstrdup(default_class_names[c]);
		ds->classes[c].l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	}
	init_unused_label(ds);
	for (c = 0; c < NR_PAGE_WORDS; c++) {
		ds->page_words[c].name.text = xstrdup(dataset_page_words[c].english);
		ds->page_words[c].l10n = xcalloc(ds->nr_locales, sizeof(struct text_field));
	}
	for (i = 0; i < ds->nr_files; i++)
		ds->files[i]->locale_id = dataset_locale_index(ds, ds->files[i]->locale) + 1;
	first_of_locale = xcalloc(ds->nr_locales + 1, sizeof(*first_of_locale));
	if (ds->nr_cands)
		qsort(ds->cands, ds->nr_cands, sizeof(*ds->cands), compare_candidates);
	/* Every registered code, and every code a document lists, in order
	 * (for lint, only the codes the document lists). */
	ds->entries = xcalloc(ds->nr_cands + (ds->lint ? 0 : ds->registry.nr_records) + 1,
			      sizeof(*ds->entries));
	i = r = 0;
	while (i < ds->nr_cands || r < ds->registry.nr_records) {
		const struct registry_record *rec = r < ds->registry.nr_records ?
						    &ds->registry.records[r] : NULL;
		int code = i < ds->nr_cands ? ds->cands[i].code : 1000;

		if (rec && (rec->flags & REGISTRY_UNASSIGNED)) {
			r++;
			continue;
		}
		if (rec && rec->lo < code)
			code = rec->lo;
		if (rec && rec->lo == code)
			r++;
		for (j = i; j < ds->nr_cands && ds->cands[j].code == code; j++)
			;
		/* lint checks what a document lists, nothing else. */
		if (ds->lint && j == i)
			continue;
		/* No candidate at all: cands may be NULL, and NULL + 0 is undefined. */
		if (merge_entry(ds, &ds->entries[ds->nr_entries], code,
				j > i ? &ds->cands[i] : NULL, j - i, first_of_locale, diag))
			ds->nr_entries++;
		i = j;
	}
	free(first_of_locale);
	report_more_duplicates(ds, diag);
	report_more_missing(ds, diag);
	merge_class_names(ds, diag);
	apply_catalogs(ds, diag);
	free_candidates(ds);
	/* Duplicates are errors too, reported as they were read. */
	for (i = 0; i < ds->nr_files; i++)
		if (ds->files[i]->nr_duplicates)
			return -1;
	return diag->count[DIAG_ERROR] > errors ? -1 : 0;
}

const struct status_entry *dataset_find(const struct dataset *ds, int code)
{
	size_t lo = 0, hi = ds->nr_entries;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ds->entries[mid].code == code)
			return &ds->entries[mid];
		if (ds->entries[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool dataset_has_unused(const struct dataset *ds)
{
	size_t i;

	for (i = 0; i < ds->nr_entries; i++)
		if (ds->entries[i].flags & REGISTRY_UNUSED)
			return true;
	return false;
}

int dataset_locale_index(const struct dataset *ds, const char *locale)
{
	size_t i;

	for (i = 0; i < ds->nr_locales; i++)
		if (!strcmp(ds->locales[i], locale))
			return (int)i;
	return -1;
}

static void release_file(struct source_file *f)
{
	free(f->path);
	free(f->name);
	free(f->locale);
	source_meta_release(&f->meta);
}

void dataset_clear_documents(struct dataset *ds)
{
	struct dataset keep = *ds;

	memset(&ds->registry, 0, sizeof(ds->registry));
	memset(&ds->registry_file, 0, sizeof(ds->registry_file));
	memset(&ds->former_file, 0, sizeof(ds->former_file));
	dataset_release(ds);
	ds->allow_unregistered = keep.allow_unregistered;
	ds->lint = keep.lint;
	ds->today = keep.today;
	ds->input = keep.input;
	ds->registry = keep.registry;
	ds->registry_file = keep.registry_file;
	ds->former_file = keep.former_file;
}

void dataset_release(struct dataset *ds)
{
	size_t i, k;
	int c;

	free_candidates(ds);
	for (i = 0; i < ds->nr_entries; i++) {
		struct status_entry *e = &ds->entries[i];

		free(e->reason.text);
		free(e->reference.text);
		free(e->description.text);
		for (k = 0; k < e->nr_former_names; k++)
			free(e->former_names[k].text);
		free(e->former_names);
		for (k = 0; k < e->nr_variants; k++)
			free(e->variants[k].text);
		free(e->variants);
		for (k = 0; k < ds->nr_locales; k++) {
			free(e->l10n[k].reason.text);
			free(e->l10n[k].description.text);
		}
		free(e->l10n);
		free(e->seen);
	}
	free(ds->entries);
	for (c = 0; c < NR_CLASSES; c++) {
		free(ds->classes[c].name.text);
		for (k = 0; ds->classes[c].l10n && k < ds->nr_locales; k++)
			free(ds->classes[c].l10n[k].text);
		free(ds->classes[c].l10n);
	}
	free(ds->unused_label.name.text);
	for (k = 0; ds->unused_label.l10n && k < ds->nr_locales; k++)
		free(ds->unused_label.l10n[k].text);
	free(ds->unused_label.l10n);
	for (c = 0; c < NR_PAGE_WORDS; c++) {
		free(ds->page_words[c].name.text);
		for (k = 0; ds->page_words[c].l10n && k < ds->nr_locales; k++)
			free(ds->page_words[c].l10n[k].text);
		free(ds->page_words[c].l10n);
	}
	for (i = 0; i < ds->nr_locales; i++)
		free(ds->locales[i]);
	free(ds->locales);
	for (i = 0; i < ds->nr_files; i++) {
		release_file(ds->files[i]);
		free(ds->files[i]);
	}
	free(ds->files);
	for (i = 0; i < ds->nr_catalogs; i++) {
		release_file(&ds->catalogs[i].file);
		po_catalog_release(&ds->catalogs[i].po);
	}
	free(ds->catalogs);
	release_file(&ds->registry_file);
	release_file(&ds->former_file);
	registry_release(&ds->registry);
	memset(ds, 0, sizeof(*ds));
}
