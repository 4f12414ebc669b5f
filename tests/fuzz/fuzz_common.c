/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/text.h"

struct diag *fuzz_diag(void)
{
	static struct diag d;
	static FILE *null;

	if (!null) {
		null = fopen("/dev/null", "w");
		if (!null)
			abort();
	}
	diag_init(&d, null);
	return &d;
}

static char temp_path[4096];

static void remove_temp(void)
{
	if (temp_path[0])
		unlink(temp_path);
}

const char *fuzz_write_temp(const char *ext, const uint8_t *data, size_t size)
{
	const char *dir = getenv("TMPDIR");
	FILE *f;

	if (access("/dev/shm", W_OK) == 0)
		dir = "/dev/shm";
	else if (!dir || !*dir)
		dir = "/tmp";
	if (temp_path[0])
		unlink(temp_path);
	else
		atexit(remove_temp);
	if (snprintf(temp_path, sizeof(temp_path), "%s/statusgen-fuzz-%ld%s", dir,
		     (long)getpid(), ext) >= (int)sizeof(temp_path))
		abort();
	f = fopen(temp_path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
		abort();
	return temp_path;
}

static void check_text(const char *s)
{
	if (s && utf8_invalid_offset(s, strlen(s)) != strlen(s))
		abort();
}

int fuzz_check_record(const struct source_record *rec, void *arg)
{
	(void)arg;
	if (rec->code < 100 || rec->code > 599)
		abort();
	check_text(rec->path);
	check_text(rec->class_name);
	check_text(rec->reason);
	check_text(rec->l10n_reason);
	check_text(rec->description);
	return 0;
}
