/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "util/xalloc.h"

#define READ_CHUNK (64u * 1024u)

static const struct input_options defaults = INPUT_OPTIONS_INIT;

const struct input_options *input_options_or_default(const struct input_options *opt)
{
	return opt ? opt : &defaults;
}

static void report_too_large(const char *path, size_t max, struct diag *diag)
{
	diag_finding(diag, RULE_INPUT_LIMIT, path, 0,
		     _("file is larger than the limit of %zu bytes (--max-input-size)"), max);
}

FILE *input_open(const char *path, const struct input_options *opt, struct diag *diag)
{
	FILE *f = fopen(path, "rb");
	struct stat st;

	opt = input_options_or_default(opt);
	if (!f) {
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(errno));
		return NULL;
	}
	/* Refused before a byte is read, when the size is known. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
	    (unsigned long long)st.st_size > (unsigned long long)opt->max_size) {
		report_too_large(path, opt->max_size, diag);
		fclose(f);
		return NULL;
	}
	return f;
}

long input_read_chunk(FILE *f, const char *path, char *buf, size_t want, size_t *total,
		      const struct input_options *opt, struct diag *diag)
{
	size_t n = fread(buf, 1, want, f);

	opt = input_options_or_default(opt);
	if (n < want && ferror(f)) {
		diag_error(diag, NULL, 0, _("cannot read '%s': %s"), path, strerror(errno));
		return -1;
	}
	if (n > opt->max_size - *total) {
		report_too_large(path, opt->max_size, diag);
		return -1;
	}
	*total += n;
	return (long)n;
}

int input_read_file(const char *path, const struct input_options *opt,
		    struct strbuf *out, struct diag *diag)
{
	FILE *f = input_open(path, opt, diag);
	char *buf;
	size_t total = 0;
	long n = -1;

	if (!f)
		return -1;
	buf = xmalloc(READ_CHUNK);
	do {
		n = input_read_chunk(f, path, buf, READ_CHUNK, &total, opt, diag);
		if (n > 0)
			strbuf_add(out, buf, (size_t)n);
	} while (n > 0);
	free(buf);
	fclose(f);
	return n < 0 ? -1 : 0;
}
