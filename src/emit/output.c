/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util/xalloc.h"

void output_set_init(struct output_set *set)
{
	set->outs = NULL;
	set->nr = set->alloc = 0;
}

static bool write_directly(const char *path)
{
	struct stat st;

	if (!strcmp(path, "-"))
		return true;
	return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

static char *temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xasprintf(".%s.tmpXXXXXX", path);
	return xasprintf("%.*s/.%s.tmpXXXXXX", (int)(slash - path), path, slash + 1);
}

/* Open path itself, for outputs that are not renamed into place. */
static FILE *open_directly(const char *path, struct diag *diag)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "w") : stdout;

	if (!f)
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(errno));
	return f;
}

/* Create a temporary file beside path, with the permissions a new file
 * would get; store its name in *tmp (free() it). */
static FILE *open_temporary(const char *path, char **tmp, struct diag *diag)
{
	mode_t mask = umask(0);
	FILE *f = NULL;
	int fd;

	umask(mask);
	*tmp = temp_template(path);
	fd = mkstemp(*tmp);
	if (fd < 0) {
		diag_error(diag, NULL, 0, _("cannot create a file beside '%s': %s"),
			   path, strerror(errno));
		goto fail;
	}
	if (fchmod(fd, 0666 & ~mask) == 0)
		f = fdopen(fd, "w");
	if (f)
		return f;
	diag_error(diag, NULL, 0, _("cannot write '%s': %s"), *tmp, strerror(errno));
	close(fd);
	unlink(*tmp);
fail:
	free(*tmp);
	*tmp = NULL;
	return NULL;
}

FILE *output_set_open(struct output_set *set, const char *path, struct diag *diag)
{
	struct output *o;

	XGROW(set->outs, set->alloc, set->nr + 1);
	o = &set->outs[set->nr];
	memset(o, 0, sizeof(*o));
	if (write_directly(path))
		o->f = open_directly(path, diag);
	else
		o->f = open_temporary(path, &o->tmp, diag);
	if (!o->f)
		return NULL;
	o->path = xstrdup(path);
	set->nr++;
	return o->f;
}

const char *output_set_open_name(struct output_set *set, const char *path,
				 struct diag *diag)
{
	struct output *o;
	FILE *f = output_set_open(set, path, diag);

	if (!f)
		return NULL;
	o = &set->outs[set->nr - 1];
	if (f != stdout && fclose(f) == EOF) {
		o->f = NULL;
		o->err = errno;
		return NULL;
	}
	o->f = NULL;
	return o->tmp ? o->tmp : o->path;
}

void output_set_same_unless(struct output_set *set, const char *prefix)
{
	if (set->nr)
		set->outs[set->nr - 1].same_unless = xstrdup(prefix);
}

/* Do files a and b hold the same lines, but for lines starting with prefix? */
static bool same_unless(const char *a, const char *b, const char *prefix)
{
	FILE *fa = fopen(a, "r"), *fb = fopen(b, "r");
	char la[4096], lb[4096];
	size_t n = strlen(prefix);
	bool same = fa && fb;

	while (same) {
		char *ra = fgets(la, sizeof(la), fa), *rb = fgets(lb, sizeof(lb), fb);

		if (!ra || !rb) {
			same = !ra && !rb;
			break;
		}
		if (strncmp(la, prefix, n) || strncmp(lb, prefix, n))
			same = !strcmp(la, lb);
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return same;
}

void output_set_failed(struct output_set *set, FILE *f, int err)
{
	size_t i;

	for (i = 0; i < set->nr; i++)
		if (set->outs[i].f == f && !set->outs[i].err)
			set->outs[i].err = err ? err : EIO;
}

static void release(struct output_set *set)
{
	size_t i;

	for (i = 0; i < set->nr; i++) {
		free(set->outs[i].path);
		free(set->outs[i].tmp);
		free(set->outs[i].same_unless);
	}
	free(set->outs);
	output_set_init(set);
}

/* Close one output; return 0, or -1 after reporting. */
static int close_output(struct output *o, struct diag *diag)
{
	int failed = o->err || (o->f && ferror(o->f));
	const char *name = strcmp(o->path, "-") ? o->path : _("standard output");

	errno = 0;
	if (o->f == stdout)
		failed |= fflush(stdout) == EOF;
	else if (o->f)
		failed |= fclose(o->f) == EOF;
	o->f = NULL;
	if (!failed)
		return 0;
	if (!o->err)
		o->err = errno;
	if (o->err)
		diag_error(diag, NULL, 0, _("cannot write '%s': %s"), name,
			   strerror(o->err));
	else
		diag_error(diag, NULL, 0, _("cannot write '%s'"), name);
	return -1;
}

int output_set_commit(struct output_set *set, struct diag *diag)
{
	int ret = 0;
	size_t i;

	for (i = 0; i < set->nr; i++)
		if (close_output(&set->outs[i], diag) < 0)
			ret = -1;
	for (i = 0; i < set->nr && ret == 0; i++) {
		struct output *o = &set->outs[i];

		if (o->tmp && o->same_unless && same_unless(o->tmp, o->path, o->same_unless)) {
			unlink(o->tmp);
			free(o->tmp);
			o->tmp = NULL;
		} else if (o->tmp && rename(o->tmp, o->path) < 0) {
			diag_error(diag, NULL, 0, _("cannot rename '%s' to '%s': %s"),
				   o->tmp, o->path, strerror(errno));
			ret = -1;
		} else if (o->tmp) {
			free(o->tmp);
			o->tmp = NULL;
		}
	}
	for (i = 0; i < set->nr; i++)
		if (set->outs[i].tmp)
			unlink(set->outs[i].tmp);
	release(set);
	return ret;
}

void output_set_abort(struct output_set *set)
{
	size_t i;

	for (i = 0; i < set->nr; i++) {
		struct output *o = &set->outs[i];

		if (o->f && o->f != stdout)
			fclose(o->f);
		if (o->tmp)
			unlink(o->tmp);
	}
	release(set);
}
