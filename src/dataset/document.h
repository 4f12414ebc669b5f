/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One source document read, for the merge or for lint: the records it
 * gives, the first listing of each code.  A code listed again is reported
 * as it is read, its phrase checked, and dropped: a document repeating
 * one code a million times takes no more memory than one listing each
 * code once. */
#ifndef STATUSGEN_DOCUMENT_H
#define STATUSGEN_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/input.h"
#include "parse/record.h"
#include "parse/registry.h"
#include "parse/source.h"

/* A document the dataset was built from, or that lint checks. */
struct source_file {
	char *path;                 /* as opened, used in diagnostics */
	char *name;                 /* relative to the data directory, for output */
	char *locale;               /* "en", "zh_CN", ... */
	enum source_format format;
	struct source_meta meta;
	bool failed;                /* could not be read; takes no part */
	unsigned long nr_duplicates;        /* codes listed again, found as it was read */
	unsigned long nr_missing;           /* codes of its locale it lacks, found by the merge */
	int locale_id;                      /* for the merge: 0 for en, else 1 + locale index */
};

/* A text of a record, and its line; text is NULL when the document does
 * not give it. */
struct doc_text {
	char *text;
	unsigned line;
};

/* A record kept: the reader's (parse/record.h), copied. */
struct doc_record {
	int code;
	enum record_origin origin;
	unsigned line;
	struct doc_text class_name, reason, l10n_reason, description;
};

/* Records in the order read.  Initialise to zeroes; free with
 * doc_records_release(). */
struct doc_records {
	struct doc_record *rec;
	size_t nr, alloc;
};

/* Read file->path (set, with file->format, by the caller) with input's
 * options, appending the first listing of each code to *out, also when
 * the read fails (what the reader gave until then).  A code listed again
 * is an error (the first DOCUMENT_DUPLICATES_SHOWN of the document shown,
 * all counted in file->nr_duplicates), and its English phrase is checked
 * against reg as it is read (names_check_phrase()).  Sets file->meta and
 * file->locale: locale, or else the page's language as the reader
 * found it (source_meta's locale), else "und"; when locale is given and
 * the front matter's lang differs from it after a good read, that is a
 * warning.  Return 0, or -1 (and file->failed set) when the reader
 * reported that the document could not be read. */
int document_read(struct source_file *file, const char *locale,
		  const struct input_options *input, const struct registry *reg,
		  struct doc_records *out, struct diag *diag);

/* Duplicate codes shown per document; then one line with the count. */
#define DOCUMENT_DUPLICATES_SHOWN 20u

/* How many of file's duplicate codes were not shown, if any (an error
 * without a line, to come after the document's other findings). */
void document_report_more_duplicates(const struct source_file *file, struct diag *diag);

/* Free r's texts (not r). */
void doc_record_release(struct doc_record *r);

/* Free every record and the array; r is empty again. */
void doc_records_release(struct doc_records *r);

/* Free what file holds (not file itself). */
void source_file_release(struct source_file *file);

#endif
