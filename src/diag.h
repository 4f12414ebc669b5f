/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Diagnostics: every message the program prints about its input goes
 * through here, in the compiler form
 *
 *     path:line: error|warning|note: message
 *
 * (just "path: ..." when the line is 0, "statusgen: ..." when there is no
 * path).  The module counts what it printed so callers can pick the exit
 * status.
 *
 * A finding about a document names the rule it breaks (rules.def),
 * which sets its severity: diag_finding().  For lint, the line then ends
 * with " [rule]" (show_rules), findings can be left out (wants: --disable
 * and the document's comments) and handed to a report format instead of
 * printed (sink).  The program's own messages (a file that cannot be
 * opened) name no rule and are always printed. */
#ifndef STATUSGEN_DIAG_H
#define STATUSGEN_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "rule_ids.h"      /* enum rule, enum diag_severity */

/* Messages of one kind shown for one file when kind_limit is set. */
#define DIAG_KIND_SHOWN 20u

struct diag_held;
struct diag_kind;

/* A message as a report format sees it. */
struct diag_finding {
	enum diag_severity severity;
	enum rule rule;             /* RULE_NONE: a message of the program's own */
	const char *path;           /* NULL: none */
	unsigned line;              /* 0: none */
	const char *message;        /* as formatted, control characters and all */
	/* A replacement the finding proposes: the document's text fix_old,
	 * at line, is to become fix_new; NULL: none. */
	const char *fix_old, *fix_new;
};

/* Does the caller want findings of rule at path:line?  For lint's
 * --disable and a document's comments. */
typedef bool diag_wants_fn(void *arg, enum rule rule, const char *path, unsigned line);

/* Takes a finding instead of printing it; f and what it points to live
 * until the call returns. */
typedef void diag_sink_fn(void *arg, const struct diag_finding *f);

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
	bool show_rules;        /* lines of findings end with " [rule]" */
	unsigned plain_errors;  /* errors that name no rule: the program's own */
	diag_wants_fn *wants;   /* NULL: every finding is reported */
	void *wants_arg;
	diag_sink_fn *sink;     /* NULL: findings are printed, as every message */
	void *sink_arg;
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

/* A finding of rule at path:line, of the rule's severity; left out when
 * d->wants does not want it. */
void diag_finding(struct diag *d, enum rule rule, const char *path, unsigned line,
		  const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* The same, proposing that the document's text old at line become new
 * (both UTF-8, copied). */
void diag_finding_fix(struct diag *d, enum rule rule, const char *path, unsigned line,
		      const char *old, const char *new_text, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* Would a finding of rule at path:line be reported?  For a reader that
 * counts the findings it shows. */
bool diag_wants(const struct diag *d, enum rule rule, const char *path, unsigned line);

/* Print f as its line ("path:line: severity: message", and " [rule]"
 * with show_rules) to d->out. */
void diag_print(struct diag *d, const struct diag_finding *f);

/* Append f's line to sb, with " [rule]" when with_rule. */
struct strbuf;
void diag_format(struct strbuf *sb, const struct diag_finding *f, bool with_rule);

/* The same with word (translated) in place of the severity
 * ("path:line: fixed: ..."). */
void diag_format_as(struct strbuf *sb, const struct diag_finding *f, const char *word,
		    bool with_rule);

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
