/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a reader finds in a source document: one record per table row,
 * code heading, list item, definition or per-code page, handed to a
 * callback while the document streams by. */
#ifndef STATUSGEN_RECORD_H
#define STATUSGEN_RECORD_H

#include <stdbool.h>

struct diag;

/* The codes a record may have, and the registry may list. */
#define RECORD_CODE_MIN 100
#define RECORD_CODE_MAX 599

/* Whether code lies within RECORD_CODE_MIN..RECORD_CODE_MAX. */
bool record_code_in_range(int code);

/* Report, as an error at path:line, that code lies outside that range. */
void record_report_code_range(struct diag *diag, const char *path, unsigned line, int code);

enum record_origin {
	RECORD_TABLE_ROW,   /* a row of a status table */
	RECORD_HEADING,     /* a "### 404 Not Found" heading and its paragraphs */
	RECORD_LIST_ITEM,   /* "- 404 Not Found: description" */
	RECORD_DEFINITION,  /* <dt>404 Not Found</dt><dd>...</dd>, or MDN's
			     * "- {{HTTPStatus(404, ...)}}" with "  - : ..." */
	RECORD_PAGE         /* a page about one code: front matter
			     * "title: 404 Not Found" and its first paragraph */
};

/* Every string is UTF-8, white space collapsed, NULL when the document does
 * not give the field.  Lines are 1-based lines of the document.  All of it
 * is owned by the reader and valid only during the callback. */
struct source_record {
	const char *path;
	enum record_origin origin;
	unsigned line;              /* the row or the heading */
	int code;                   /* record_code_in_range() */
	const char *class_name;     /* class cell, or the heading above */
	unsigned class_line;
	const char *reason;         /* English reason phrase */
	unsigned reason_line;
	const char *l10n_reason;    /* reason phrase in the document's language */
	unsigned l10n_reason_line;
	const char *description;    /* in the document's language */
	unsigned description_line;
};

/* Set rec to the record of code at path:line, found as origin, named
 * reason in English and l10n in the document's language (either may be
 * NULL; a name given is taken to stand on that line), and nothing else. */
void record_start(struct source_record *rec, const char *path, enum record_origin origin,
		  unsigned line, int code, const char *reason, const char *l10n);

/* Return 0 to go on, -1 to stop reading (the reader then fails). */
typedef int record_fn(const struct source_record *rec, void *arg);

#endif
