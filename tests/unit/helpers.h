/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for the unit tests: read a document given as a string and keep
 * what the reader found and what it printed. */
#ifndef STATUSGEN_TEST_HELPERS_H
#define STATUSGEN_TEST_HELPERS_H

#include <stddef.h>

#include "diag.h"
#include "parse/block.h"
#include "parse/record.h"
#include "parse/source.h"
#include "util/strbuf.h"

/* A record copied out of the reader's callback. */
struct test_record {
	int code;
	enum record_origin origin;
	unsigned line;
	char *class_name, *reason, *l10n_reason, *description;
	unsigned class_line, reason_line, l10n_reason_line, description_line;
};

struct test_read {
	int ret;                    /* what source_read returned */
	struct test_record *recs;
	size_t nr;
	struct source_meta meta;
	char *diagnostics;          /* everything printed, "" if nothing */
	struct diag diag;
	char *path;                 /* the temporary file read */
};

/* Write len bytes of content to a temporary file named like name (its
 * extension picks the format) and read it.  Release with
 * test_read_release(). */
void test_read_bytes(struct test_read *t, const char *name, const char *content,
		     size_t len);
void test_read_string(struct test_read *t, const char *name, const char *content);
/* The same, with reading options (a size limit, --lossy). */
void test_read_bytes_with(struct test_read *t, const char *name, const char *content,
			  size_t len, const struct input_options *opt);
/* Read an existing file (with reading options: NULL for the defaults). */
void test_read_file(struct test_read *t, const char *path);
void test_read_file_with(struct test_read *t, const char *path,
			 const struct input_options *opt);
void test_read_release(struct test_read *t);

/* The first record of code, or NULL. */
const struct test_record *test_find(const struct test_read *t, int code);

/* Run fn with a diag writing into a memory buffer; return the text
 * (free() it). */
char *test_capture_diag(void (*fn)(struct diag *d, void *arg), void *arg);

/* A new temporary directory (rm -rf it yourself via test_remove_tree). */
char *test_make_temp_dir(void);
void test_remove_tree(const char *path);
/* Write a file; aborts the test on failure. */
void test_write_file(const char *path, const char *content, size_t len);

/* got equals want: both NULL or the same string. */
void assert_field(const char *got, const char *want);
/* The i-th record found (the test fails if there is none). */
const struct test_record *rec_at(const struct test_read *t, size_t i);
/* Append one diagnostic line, as diag.c prints it, for t's file. */
void add_diag(struct strbuf *sb, const struct test_read *t, unsigned line,
	      const char *severity, const char *msg);
/* Everything printed is the one line "PATH:LINE: SEVERITY: MSG". */
void assert_one_diag(const struct test_read *t, unsigned line,
		     const char *severity, const char *msg);
/* No field of any record contains needle. */
void assert_nowhere(const struct test_read *t, const char *needle);

/* One line of everything a block holds, or a record holds, appended to
 * out as "name value|" fields, so that two readings can be compared as
 * text; and the two kinds of field. */
void test_dump_block(struct strbuf *out, const struct block *b);
void test_dump_record(struct strbuf *out, const struct source_record *rec);
void test_dump_field(struct strbuf *out, const char *name, const char *s);
void test_dump_number(struct strbuf *out, const char *name, unsigned long n);

#endif
