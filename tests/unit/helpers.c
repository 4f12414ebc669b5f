/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "helpers.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int keep_record(const struct source_record *rec, void *arg)
{
	struct test_read *t = arg;
	struct test_record *r;

	t->recs = xrealloc(t->recs, (t->nr + 1) * sizeof(*t->recs));
	r = &t->recs[t->nr++];
	r->code = rec->code;
	r->origin = rec->origin;
	r->line = rec->line;
	r->class_name = dup_or_null(rec->class_name);
	r->reason = dup_or_null(rec->reason);
	r->l10n_reason = dup_or_null(rec->l10n_reason);
	r->description = dup_or_null(rec->description);
	r->class_line = rec->class_line;
	r->reason_line = rec->reason_line;
	r->l10n_reason_line = rec->l10n_reason_line;
	r->description_line = rec->description_line;
	return 0;
}

static void read_file_with(struct test_read *t, const char *path,
			   const struct input_options *opt)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&buf, &size);
	int format = source_format_of(path);

	assert_non_null(mem);
	memset(t, 0, sizeof(*t));
	t->path = xstrdup(path);
	diag_init(&t->diag, mem);
	t->ret = source_read(path, format < 0 ? SOURCE_HTML : (enum source_format)format,
			     opt, &t->meta, &t->diag, keep_record, t);
	fclose(mem);
	t->diagnostics = buf ? buf : xstrdup("");
}

void test_write_file(const char *path, const char *content, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(content, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

void test_read_file(struct test_read *t, const char *path)
{
	read_file_with(t, path, NULL);
}

void test_read_file_with(struct test_read *t, const char *path,
			 const struct input_options *opt)
{
	read_file_with(t, path, opt);
}

void test_read_bytes_with(struct test_read *t, const char *name, const char *content,
			  size_t len, const struct input_options *opt)
{
	char *dir = test_make_temp_dir();
	char *path = xasprintf("%s/%s", dir, name);

	test_write_file(path, content, len);
	read_file_with(t, path, opt);
	test_remove_tree(dir);
	free(path);
	free(dir);
}

void test_read_bytes(struct test_read *t, const char *name, const char *content,
		     size_t len)
{
	test_read_bytes_with(t, name, content, len, NULL);
}

void test_read_string(struct test_read *t, const char *name, const char *content)
{
	test_read_bytes(t, name, content, strlen(content));
}

void test_read_release(struct test_read *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		free(t->recs[i].class_name);
		free(t->recs[i].reason);
		free(t->recs[i].l10n_reason);
		free(t->recs[i].description);
	}
	free(t->recs);
	free(t->diagnostics);
	free(t->path);
	source_meta_release(&t->meta);
	memset(t, 0, sizeof(*t));
}

const struct test_record *test_find(const struct test_read *t, int code)
{
	size_t i;

	for (i = 0; i < t->nr; i++)
		if (t->recs[i].code == code)
			return &t->recs[i];
	return NULL;
}

char *test_capture_diag(void (*fn)(struct diag *d, void *arg), void *arg)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&buf, &size);
	struct diag d;

	assert_non_null(mem);
	diag_init(&d, mem);
	fn(&d, arg);
	fclose(mem);
	return buf ? buf : xstrdup("");
}

char *test_make_temp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *dir = xasprintf("%s/statusgen-test-XXXXXX", base && *base ? base : "/tmp");

	assert_non_null(mkdtemp(dir));
	return dir;
}

void test_remove_tree(const char *path)
{
	char *cmd = xasprintf("rm -rf '%s'", path);

	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* got equals want, both NULL or both the same string. */
void assert_field(const char *got, const char *want)
{
	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
}

/* The i-th record found. */
const struct test_record *rec_at(const struct test_read *t, size_t i)
{
	assert_true(i < t->nr);
	return &t->recs[i];
}

/* Append one diagnostic line, as diag.c prints it, for t's file. */
void add_diag(struct strbuf *sb, const struct test_read *t,
	      unsigned line, const char *severity, const char *msg)
{
	char *s = xasprintf("%s:%u: %s: %s\n", t->path, line, severity, msg);

	strbuf_addstr(sb, s);
	free(s);
}

/* Everything printed is the one line "PATH:LINE: SEVERITY: MSG". */
void assert_one_diag(const struct test_read *t, unsigned line,
		     const char *severity, const char *msg)
{
	struct strbuf want = STRBUF_INIT;

	add_diag(&want, t, line, severity, msg);
	assert_string_equal(t->diagnostics, strbuf_str(&want));
	strbuf_release(&want);
}

/* No field of any record contains needle. */
void assert_nowhere(const struct test_read *t, const char *needle)
{
	size_t i;

	for (i = 0; i < t->nr; i++) {
		const struct test_record *r = &t->recs[i];
		const char *f[] = { r->class_name, r->reason, r->l10n_reason,
				    r->description };
		size_t k;

		for (k = 0; k < sizeof(f) / sizeof(f[0]); k++)
			if (f[k] && strstr(f[k], needle))
				fail_msg("record %d has '%s' in '%s'", r->code,
					 needle, f[k]);
	}
}

void test_dump_field(struct strbuf *out, const char *name, const char *s)
{
	strbuf_addstr(out, name);
	strbuf_addstr(out, s ? s : "(null)");
	strbuf_addch(out, '|');
}

void test_dump_number(struct strbuf *out, const char *name, unsigned long n)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", n);
	test_dump_field(out, name, buf);
}

void test_dump_block(struct strbuf *out, const struct block *b)
{
	size_t i;

	test_dump_number(out, "block ", (unsigned long)b->type);
	test_dump_number(out, "line ", b->line);
	test_dump_number(out, "level ", (unsigned long)b->level);
	test_dump_number(out, "ordered ", b->ordered);
	test_dump_number(out, "header ", b->header);
	test_dump_number(out, "unclosed ", b->unclosed);
	test_dump_number(out, "toc ", b->toc);
	test_dump_number(out, "code ", b->code);
	test_dump_field(out, "text ", b->text);
	test_dump_field(out, "lines ", b->lines);
	test_dump_number(out, "cells ", b->nr_cells);
	test_dump_number(out, "own ", b->own_cells);
	for (i = 0; i < b->nr_cells; i++) {
		test_dump_number(out, "at ", b->cells[i].line);
		test_dump_field(out, b->cells[i].header ? "th " : "td ", b->cells[i].text);
	}
	strbuf_addch(out, '\n');
}

void test_dump_record(struct strbuf *out, const struct source_record *rec)
{
	test_dump_number(out, "record ", (unsigned long)rec->code);
	test_dump_number(out, "origin ", (unsigned long)rec->origin);
	test_dump_number(out, "line ", rec->line);
	test_dump_field(out, "class ", rec->class_name);
	test_dump_number(out, "", rec->class_line);
	test_dump_field(out, "reason ", rec->reason);
	test_dump_number(out, "", rec->reason_line);
	test_dump_field(out, "l10n ", rec->l10n_reason);
	test_dump_number(out, "", rec->l10n_reason_line);
	test_dump_field(out, "description ", rec->description);
	test_dump_number(out, "", rec->description_line);
	strbuf_addch(out, '\n');
}
