/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Typing a table's columns by their cells.  Each column gets a score for
 * each role from what its cells look like (codes, registered phrases,
 * Latin or other script, names or sentences, class names), plus a bonus
 * when its header names the role; the best scores win, one column per
 * role.  A column whose cells hold two scripts side by side gives both
 * the reason and the localized name. */
#include <config.h>

#include "parse/columns.h"

#include <stdlib.h>
#include <string.h>

#include "parse/cells.h"
#include "parse/header_hints.h"
#include "parse/heading.h"
#include "parse/languages.h"
#include "parse/phrases.h"
#include "parse/record.h"
#include "util/text.h"
#include "util/xalloc.h"

/* The bonus a header's hint gives, and the least score that takes a role. */
#define HINT_BONUS 3.0
#define MIN_SCORE 1.5
/* Words of a phrase that is still a name, not a sentence. */
#define MAX_NAME_WORDS 6

struct stats {
	unsigned n;             /* non-empty cells */
	unsigned codes;         /* three digits, maybe followed by a phrase */
	unsigned code_phrases;  /* of which followed by a phrase */
	unsigned in_range;      /* of which record_code_in_range() */
	unsigned numbers;       /* digits only, not a three-digit code */
	const char *first_number;
	const char *first;      /* its first non-empty cell */
	unsigned latin, other, split;
	unsigned known;         /* registered phrases */
	unsigned sentences;
	unsigned short_latin;   /* Latin names */
	unsigned short_other;   /* names in another script (or both, unsplit) */
	unsigned class_words;
	unsigned distinct;
	bool class_fn;          /* follows the code's class, and repeats */
};

static const char *cell_at(const struct column_sample *s, size_t row, size_t col)
{
	return s->cells[row * s->nr_cols + col];
}

/* A code of some other kind: digits only ("1001", "42"), or a word with
 * four digits or more ("E1001", "ERR_20003").  "4O4" is a mistyped
 * status code, not one of these. */
static bool is_foreign_code(const char *text)
{
	size_t digits = 0, n = 0;

	for (; *text; text++, n++) {
		if (*text == ' ')
			return false;
		digits += *text >= '0' && *text <= '9';
	}
	return digits >= 4 || (digits && digits == n);
}

/* Whether every cell of column c of s is the name of an error in a
 * program ("card_declined", "ERR_NOT_FOUND", "Ecs.0001"): ASCII letters,
 * digits and '_', '.', '-', with a '_' or a '.'. */
static bool all_identifiers(const struct column_sample *s, size_t c)
{
	const char *p;
	bool joined;
	size_t r;

	for (r = 0; r < s->nr_rows; r++) {
		p = cell_at(s, r, c);
		if (!*p)
			continue;
		joined = false;
		for (; *p; p++) {
			if (*p == '_' || *p == '.')
				joined = true;
			else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
				   (*p >= '0' && *p <= '9') || *p == '-'))
				return false;
		}
		if (!joined)
			return false;
	}
	return true;
}

static void count_cell(const struct column_sample *s, const char *text, struct stats *st)
{
	enum cell_script script = cell_script(text);
	bool sentence;
	char *latin, *other;
	int code;
	size_t n;

	if (!st->n++)
		st->first = text;
	n = cell_code_prefix(text, &code);
	if (n) {
		st->codes++;
		if (record_code_in_range(code))
			st->in_range++;
		if (*cell_skip_separators(text + n))
			st->code_phrases++;
	} else if (is_foreign_code(text)) {
		if (!st->numbers)
			st->first_number = text;
		st->numbers++;
	}
	/* A name in two scripts side by side is no sentence, however long. */
	if (script == SCRIPT_MIXED && cell_split_scripts(text, &latin, &other)) {
		st->split++;
		free(latin);
		free(other);
		return;
	}
	sentence = cell_is_sentence(text);
	if (sentence)
		st->sentences++;
	switch (script) {
	case SCRIPT_LATIN:
		st->latin++;
		if (!sentence && text_count_words(text) <= MAX_NAME_WORDS)
			st->short_latin++;
		if (s->phrases && phrases_has(s->phrases, text))
			st->known++;
		break;
	case SCRIPT_MIXED:
	case SCRIPT_OTHER:
		st->other++;
		if (!sentence)
			st->short_other++;
		break;
	case SCRIPT_NONE:
		break;
	}
	if (!sentence && (cell_names_class(text) || languages_class_of(s->languages, text)))
		st->class_words++;
}

/* The class (1-5) of each sample row, from the code column; 0 if none. */
static void row_classes(const struct column_sample *s, int code_col, int *cls)
{
	size_t r;
	int code;

	for (r = 0; r < s->nr_rows; r++) {
		cls[r] = 0;
		if (code_col >= 0 && cell_code_prefix(cell_at(s, r, (size_t)code_col), &code) &&
		    record_code_in_range(code))
			cls[r] = code / 100;
	}
}

/* Distinct values of column c, and whether equal values always stand in
 * rows of one class, some value repeating (a class column). */
static void count_values(const struct column_sample *s, size_t c, const int *cls,
			 struct stats *st)
{
	bool repeats = false, follows = true;
	size_t i, j;

	for (i = 0; i < s->nr_rows; i++) {
		const char *a = cell_at(s, i, c);
		bool seen = false;

		if (!*a)
			continue;
		for (j = 0; j < i; j++) {
			if (strcmp(a, cell_at(s, j, c)))
				continue;
			seen = true;
			if (cls[i] && cls[j]) {
				repeats = true;
				if (cls[i] != cls[j])
					follows = false;
			}
		}
		if (!seen)
			st->distinct++;
	}
	st->class_fn = repeats && follows;
}

static double frac(unsigned part, unsigned n)
{
	return n ? (double)part / n : 0.0;
}

/* The column of codes: most of its cells start with a status code, and
 * one is in range, or its header says it holds codes.  The first such
 * column, a hinted one before others. */
static int find_code_column(const struct column_sample *s, const struct stats *st,
			    const int *hint)
{
	int best = -1;
	size_t c;

	for (c = 0; c < s->nr_cols; c++) {
		if (!st[c].codes || st[c].codes * 2 < st[c].n)
			continue;
		if (!st[c].in_range && hint[c] != COL_CODE)
			continue;
		if (best < 0 || (hint[c] == COL_CODE && hint[best] != COL_CODE))
			best = (int)c;
	}
	return best;
}

struct candidate {
	size_t col;
	int role;               /* enum column_role, or NR_COLUMNS: split */
	double score;
	bool hinted;
};

static int compare_candidates(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->hinted != b->hinted)
		return a->hinted ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->role - b->role;
}

/* The score of column st for role, on a page in another script or not. */
static double score(const struct stats *st, int role, bool other_page)
{
	unsigned n = st->n;
	double s = 0;

	switch (role) {
	case COL_REASON:
		if ((st->latin + st->split) * 2 < n)
			return 0;
		s = 2 * frac(st->short_latin, n) + 5 * frac(st->known, n) -
		    3 * frac(st->class_words, n) - 3 * frac(st->sentences, n);
		if (other_page)
			s += 2 * frac(st->short_latin, n);
		if (n >= 4 && st->distinct * 2 <= n)
			s -= 3;
		break;
	case COL_L10N:
		s = 5 * frac(st->short_other, n) - (st->class_fn ? 3 : 0);
		s += other_page ? -4 * frac(st->latin, n) : frac(st->short_latin, n);
		break;
	case COL_DESC:
		s = 4 * frac(st->sentences, n) - 5 * frac(st->known, n);
		break;
	case COL_CLASS:
		/* Repeating with the class is weak evidence alone (a rowspan
		 * over two rows of one class does it). */
		s = 2 * frac(st->class_words, n);
		if (st->class_fn)
			s += st->class_words ? 4 : 1.5;
		break;
	default:        /* reason and localized name, split */
		s = 5 * frac(st->split, n);
		break;
	}
	return s;
}

static bool has_other_script(const char *text)
{
	enum cell_script sc = cell_script(text);

	return sc == SCRIPT_OTHER || sc == SCRIPT_MIXED;
}

/* Give each column other than the code column its role, best scores
 * first. */
static void assign_roles(const struct column_sample *s, const struct stats *st,
			 const int *hint, bool other_page, struct column_roles *r)
{
	struct candidate *cand = xcalloc(s->nr_cols * (NR_COLUMNS + 1), sizeof(*cand));
	bool taken[BLOCK_MAX_CELLS] = { false };
	size_t nr = 0, c, i;
	int role;

	for (c = 0; c < s->nr_cols; c++) {
		if ((int)c == r->column[COL_CODE] || !st[c].n)
			continue;
		for (role = COL_CLASS; role <= NR_COLUMNS; role++) {
			double sc = score(&st[c], role, other_page);
			bool hinted = hint[c] == role ||
				      (role == NR_COLUMNS && (hint[c] == COL_REASON ||
							      hint[c] == COL_L10N));

			if (role == COL_REASON && (st[c].latin + st[c].split) * 2 < st[c].n)
				hinted = false;
			/* A class column's values look like classes ("4xx",
			 * "Client error"), unless its header says it holds
			 * them: a column of "HTTP/1.1" that follows the
			 * classes is none. */
			if (role == COL_CLASS && !hinted && st[c].class_words * 2 < st[c].n)
				continue;
			if (hinted)
				sc += role == NR_COLUMNS ? 1 : HINT_BONUS;
			if (sc < MIN_SCORE)
				continue;
			cand[nr].col = c;
			cand[nr].role = role;
			cand[nr].score = sc;
			cand[nr].hinted = hinted;
			nr++;
		}
	}
	qsort(cand, nr, sizeof(*cand), compare_candidates);
	for (i = 0; i < nr; i++) {
		c = cand[i].col;
		role = cand[i].role;
		if (taken[c])
			continue;
		if (role == NR_COLUMNS) {
			if (r->column[COL_REASON] >= 0 || r->column[COL_L10N] >= 0)
				continue;
			r->column[COL_REASON] = r->column[COL_L10N] = (int)c;
			r->split = true;
		} else if (r->column[role] >= 0) {
			continue;
		} else {
			r->column[role] = (int)c;
		}
		taken[c] = true;
	}
	for (c = 0; c < s->nr_cols && c < BLOCK_MAX_CELLS; c++)
		r->ignored[c] = st[c].n && !taken[c] && (int)c != r->column[COL_CODE];
	free(cand);
}

enum column_verdict columns_decide(const struct column_sample *s, struct column_roles *r)
{
	struct stats *st = xcalloc(s->nr_cols ? s->nr_cols : 1, sizeof(*st));
	int *hint = xcalloc(s->nr_cols ? s->nr_cols : 1, sizeof(*hint));
	int *cls = xcalloc(s->nr_rows ? s->nr_rows : 1, sizeof(*cls));
	enum column_verdict verdict = COLUMNS_OTHER;
	bool other_page = s->page_other;
	unsigned named = 0;
	size_t c, row;
	int k;

	memset(r, 0, sizeof(*r));
	for (k = 0; k < NR_COLUMNS; k++)
		r->column[k] = -1;
	for (c = 0; c < s->nr_cols; c++) {
		hint[c] = s->header && *s->header[c] ? column_of_header(s->header[c]) : -1;
		if (hint[c] < 0 && s->header && *s->header[c])
			hint[c] = languages_header_role(s->languages, s->header[c]);
		named += hint[c] >= 0;
		if (s->header && has_other_script(s->header[c]))
			other_page = true;
		for (row = 0; row < s->nr_rows; row++) {
			const char *text = cell_at(s, row, c);

			if (!*text)
				continue;
			count_cell(s, text, &st[c]);
		}
	}
	r->named = named >= 2;
	r->column[COL_CODE] = find_code_column(s, st, hint);
	if (r->column[COL_CODE] < 0) {
		/* A column named for codes holds codes of another kind, or
		 * bad ones: each of those is reported. */
		for (c = 0; c < s->nr_cols; c++) {
			if (hint[c] != COL_CODE || !st[c].n)
				continue;
			if (st[c].numbers * 2 >= st[c].n) {
				r->example = st[c].first_number;
				verdict = COLUMNS_FOREIGN;
				goto out;
			}
			/* Names of errors ("card_declined"), not one code. */
			if (!st[c].codes && all_identifiers(s, c)) {
				r->example = st[c].first;
				verdict = COLUMNS_FOREIGN;
				goto out;
			}
			r->column[COL_CODE] = (int)c;
			break;
		}
		if (r->column[COL_CODE] < 0)
			goto out;
	}
	verdict = COLUMNS_STATUS;
	c = (size_t)r->column[COL_CODE];
	r->code_phrase = st[c].code_phrases * 2 >= st[c].codes;
	row_classes(s, r->column[COL_CODE], cls);
	for (c = 0; c < s->nr_cols; c++) {
		if ((int)c != r->column[COL_CODE] && (st[c].other || st[c].split))
			other_page = true;
		count_values(s, c, cls, &st[c]);
	}
	assign_roles(s, st, hint, other_page, r);
out:
	free(cls);
	free(hint);
	free(st);
	return verdict;
}
