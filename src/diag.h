/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Diagnostics: every message the program prints about its input goes
 * through here, in the compiler form
 *
 *     path:line: error|warning|note: message
 *
 * (just "path: ..." when the line is 0, "statusgen: ..." when there is no
 * path).  The module counts what it printed so callers can pick the exit
 * status. */
#ifndef STATUSGEN_DIAG_H
#define STATUSGEN_DIAG_H

#include <stdbool.h>
#include <stdio.h>

enum diag_severity { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

/* Messages of one kind shown for one file when kind_limit is set. */
#define DIAG_KIND_SHOWN 20u

struct diag_held;
struct diag_kind;

struct diag {
	FILE *out;              /* where messages go; stderr by default */
	bool werror;            /* warnings make diag_failed() true */
	bool show_notes;        /* print notes (they are counted either way) */
	unsigned count[3];      /* messages reported, shown or not, by severity */
	bool holding;           /* between diag_hold() and diag_flush() */
	struct diag_held *held; /* the messages held, in the order reported */
	size_t nr_held, alloc_held;
	size_t nr_reported;     /* while holding: the order of the next message */
	/* Messages shown per kind (one format string and severity) and
	 * path; past that, they are counted only, and diag_report_hidden()
	 * says how many.  Messages without a path are all shown.  0 (the
	 * default): every message is shown. */
	unsigned kind_limit;
	struct diag_kind *kinds;
	size_t nr_kinds, alloc_kinds, last_kind;
};

/* Set up d to write to out (NULL: stderr); nothing to free but what
 * diag_flush() and diag_report_hidden() free. */
void diag_init(struct diag *d, FILE *out);

/* Hold messages instead of printing them, until diag_flush().  They are
 * counted when reported, as ever.  For the findings of one file that come
 * from several stages (its reader, then the checks of the dataset). */
void diag_hold(struct diag *d);

/* Print the messages held since diag_hold(), sorted by line (those without
 * a line first; equal lines in the order reported), free them, and print
 * at once from then on.  With a kind_limit, what was held of each kind
 * is the kind_limit messages of the lowest lines, and the count of the
 * others follows them (diag_report_hidden()). */
void diag_flush(struct diag *d);

/* With a kind_limit: for each kind of message of which some were only
 * counted, report how many, at the line of the first of them:
 *
 *     path:line: warning: N more findings like the one at line L not shown
 *
 * (L the line of the last one shown), then start counting anew.  Such a
 * line is not counted in d->count: what it stands for was. */
void diag_report_hidden(struct diag *d);

void diag_report(struct diag *d, enum diag_severity severity,
		 const char *path, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

#define diag_error(d, path, line, ...) \
	diag_report((d), DIAG_ERROR, (path), (line), __VA_ARGS__)
#define diag_warning(d, path, line, ...) \
	diag_report((d), DIAG_WARNING, (path), (line), __VA_ARGS__)
#define diag_note(d, path, line, ...) \
	diag_report((d), DIAG_NOTE, (path), (line), __VA_ARGS__)

/* Longest document text a message quotes whole, in bytes. */
#define DIAG_QUOTE_MAX 80u

struct diag_quote {
	char buf[DIAG_QUOTE_MAX + 4];
};

/* Document text to quote in a message: text itself when it is at most
 * DIAG_QUOTE_MAX bytes, else its first DIAG_QUOTE_MAX bytes or fewer, cut
 * at the start of a UTF-8 character, and "...", in q.  Nothing to free;
 * the result lives as long as text and q.  Use one q per quoted text. */
const char *diag_quote(struct diag_quote *q, const char *text);

/* True after any error, any warning when d->werror is set, or when out
 * has failed a write (a message that could not be written). */
bool diag_failed(const struct diag *d);

#endif
