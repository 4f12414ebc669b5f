/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Outputs are renamed into place together, or not at all. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <cmocka.h>

#include "output.h"
#include "helpers.h"
#include "util/xalloc.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = xcalloc(1, 4096);

	assert_non_null(f);
	assert_true(fread(buf, 1, 4095, f) < 4095);
	fclose(f);
	return buf;
}

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

struct paths {
	char *dir, *a, *b;
};

static void make_paths(struct paths *p)
{
	p->dir = test_make_temp_dir();
	p->a = xasprintf("%s/a.json", p->dir);
	p->b = xasprintf("%s/b.json", p->dir);
	test_write_file(p->a, "old a\n", 6);
	test_write_file(p->b, "old b\n", 6);
}

static void free_paths(struct paths *p)
{
	test_remove_tree(p->dir);
	free(p->dir);
	free(p->a);
	free(p->b);
}

static void test_commit_replaces_all(void **state)
{
	struct output_set set;
	struct paths p;
	struct diag d;
	char *text;

	(void)state;
	make_paths(&p);
	diag_init(&d, stderr);
	output_set_init(&set);
	fputs("new a\n", output_set_open(&set, p.a, &d));
	fputs("new b\n", output_set_open(&set, p.b, &d));
	/* Nothing changes before the commit. */
	text = slurp(p.a);
	assert_string_equal(text, "old a\n");
	free(text);
	assert_int_equal(output_set_commit(&set, &d), 0);
	text = slurp(p.a);
	assert_string_equal(text, "new a\n");
	free(text);
	text = slurp(p.b);
	assert_string_equal(text, "new b\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 2);
	free_paths(&p);
}

static void test_abort_keeps_old_files(void **state)
{
	struct output_set set;
	struct paths p;
	struct diag d;
	char *text;

	(void)state;
	make_paths(&p);
	diag_init(&d, stderr);
	output_set_init(&set);
	fputs("new a\n", output_set_open(&set, p.a, &d));
	output_set_abort(&set);
	text = slurp(p.a);
	assert_string_equal(text, "old a\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 2);
	free_paths(&p);
}

static void write_to_full_disk(struct diag *d, void *arg)
{
	struct paths *p = arg;
	struct output_set set;

	output_set_init(&set);
	fputs("new a\n", output_set_open(&set, p->a, d));
	fputs("new b\n", output_set_open(&set, p->b, d));
	/* A device is written directly, and /dev/full fails every write. */
	fputs("third\n", output_set_open(&set, "/dev/full", d));
	assert_int_equal(output_set_commit(&set, d), -1);
}

static void test_failed_write_keeps_old_files(void **state)
{
	struct paths p;
	char *text, *msgs;

	(void)state;
	make_paths(&p);
	msgs = test_capture_diag(write_to_full_disk, &p);
	assert_string_equal(msgs,
			    "statusgen: error: cannot write '/dev/full': No space left on device\n");
	text = slurp(p.a);
	assert_string_equal(text, "old a\n");
	free(text);
	text = slurp(p.b);
	assert_string_equal(text, "old b\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 2);
	free(msgs);
	free_paths(&p);
}

static void open_in_missing_dir(struct diag *d, void *arg)
{
	struct output_set set;

	(void)arg;
	output_set_init(&set);
	assert_null(output_set_open(&set, "/nonexistent/x.json", d));
	output_set_abort(&set);
}

static void test_open_failure_is_reported(void **state)
{
	char *msgs = test_capture_diag(open_in_missing_dir, NULL);

	(void)state;
	assert_string_equal(msgs,
			    "statusgen: error: cannot create a file beside '/nonexistent/x.json': No such file or directory\n");
	free(msgs);
}

/* A link stays a link; the file it points to gets the new text. */
static void test_symlink_stays(void **state)
{
	struct output_set set;
	struct paths p;
	struct diag d;
	struct stat st;
	char *link, *text;

	(void)state;
	make_paths(&p);
	link = xasprintf("%s/link.json", p.dir);
	assert_int_equal(symlink("a.json", link), 0);
	diag_init(&d, stderr);
	output_set_init(&set);
	fputs("new a\n", output_set_open(&set, link, &d));
	assert_int_equal(output_set_commit(&set, &d), 0);
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	text = slurp(p.a);
	assert_string_equal(text, "new a\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 3);
	free(link);
	free_paths(&p);
}

/* /dev/fd/N names a descriptor, a regular file here: it is written
 * through, not replaced (no temporary file can be made in /dev/fd). */
static void test_dev_fd_written_directly(void **state)
{
	struct output_set set;
	struct paths p;
	struct diag d;
	char *path, *text;
	int fd;

	(void)state;
	make_paths(&p);
	fd = open(p.a, O_WRONLY | O_TRUNC);
	assert_true(fd >= 0);
	path = xasprintf("/dev/fd/%d", fd);
	diag_init(&d, stderr);
	output_set_init(&set);
	fputs("through fd\n", output_set_open(&set, path, &d));
	output_set_durable(&set);
	assert_int_equal(output_set_commit(&set, &d), 0);
	close(fd);
	text = slurp(p.a);
	assert_string_equal(text, "through fd\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 2);
	free(path);
	free_paths(&p);
}

/* An output that must not replace a file fails if one has appeared at
 * its path since it was opened, and leaves that file alone. */
static void write_where_a_file_appears(struct diag *d, void *arg)
{
	struct paths *p = arg;
	struct output_set set;
	char *path = xasprintf("%s/new.po", p->dir);

	output_set_init(&set);
	fputs("ours\n", output_set_open(&set, path, d));
	output_set_no_replace(&set);
	test_write_file(path, "theirs\n", 7);
	assert_int_equal(output_set_commit(&set, d), -1);
	free(path);
}

static void test_no_replace(void **state)
{
	struct paths p;
	char *text, *msgs, *path, *want;

	(void)state;
	make_paths(&p);
	path = xasprintf("%s/new.po", p.dir);
	msgs = test_capture_diag(write_where_a_file_appears, &p);
	want = xasprintf("statusgen: error: cannot create '%s': File exists\n", path);
	assert_string_equal(msgs, want);
	text = slurp(path);
	assert_string_equal(text, "theirs\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 3);
	assert_true(output_replaces(path));
	assert_false(output_replaces("/dev/null"));
	assert_false(output_replaces("-"));
	free(want);
	free(msgs);
	free(path);
	free_paths(&p);
}

/* An output that would not change its file leaves it as it is, the
 * same file (inode) with its time; one that changes it replaces it. */
static void test_unchanged_file_kept(void **state)
{
	struct output_set set;
	struct stat before_a, before_b, after;
	struct paths p;
	struct diag d;
	char *text;

	(void)state;
	make_paths(&p);
	assert_int_equal(stat(p.a, &before_a), 0);
	assert_int_equal(stat(p.b, &before_b), 0);
	diag_init(&d, stderr);
	output_set_init(&set);
	fputs("old a\n", output_set_open(&set, p.a, &d));
	fputs("old b\nand more\n", output_set_open(&set, p.b, &d));
	assert_int_equal(output_set_commit(&set, &d), 0);
	assert_int_equal(stat(p.a, &after), 0);
	assert_true(after.st_ino == before_a.st_ino);
	assert_true(after.st_mtim.tv_sec == before_a.st_mtim.tv_sec &&
		    after.st_mtim.tv_nsec == before_a.st_mtim.tv_nsec);
	assert_int_equal(stat(p.b, &after), 0);
	assert_true(after.st_ino != before_b.st_ino);
	text = slurp(p.b);
	assert_string_equal(text, "old b\nand more\n");
	free(text);
	assert_int_equal(count_entries(p.dir), 2);
	free_paths(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commit_replaces_all),
		cmocka_unit_test(test_abort_keeps_old_files),
		cmocka_unit_test(test_failed_write_keeps_old_files),
		cmocka_unit_test(test_open_failure_is_reported),
		cmocka_unit_test(test_symlink_stays),
		cmocka_unit_test(test_dev_fd_written_directly),
		cmocka_unit_test(test_no_replace),
		cmocka_unit_test(test_unchanged_file_kept),
	};

	return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
