/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding the source documents of a data directory. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dataset/dataset.h"
#include "i18n.h"
#include "util/xalloc.h"

/* A locale directory is named like "zh_CN", "en" or "pt_BR". */
static int is_locale_name(const char *s)
{
	size_t n = 0;

	while (s[n] >= 'a' && s[n] <= 'z')
		n++;
	if (n < 2 || n > 3)
		return 0;
	if (!s[n])
		return 1;
	return s[n] == '_' && s[n + 1] >= 'A' && s[n + 1] <= 'Z' &&
	       s[n + 2] >= 'A' && s[n + 2] <= 'Z' && !s[n + 3];
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in dir, without "." entries; free each and the array.
 * Return the count, or -1 after reporting. */
static long list_dir(const char *dir, char ***names, struct diag *diag)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0, alloc = 0;

	*names = NULL;
	if (!d) {
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		XGROW(*names, alloc, n + 1);
		(*names)[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(*names, n, sizeof(char *), compare_names);
	return (long)n;
}

static void free_names(char **names, long n)
{
	while (n > 0)
		free(names[--n]);
	free(names);
}

static int load_locale(struct dataset *ds, const char *data_dir, const char *locale,
		       struct diag *diag)
{
	char *dir = xasprintf("%s/sources/%s", data_dir, locale);
	char **names;
	long n, i;
	int ret = 0;

	n = list_dir(dir, &names, diag);
	if (n < 0)
		ret = -1;
	for (i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *name = xasprintf("sources/%s/%s", locale, names[i]);
		int format = source_format_of(names[i]);

		if (format < 0)
			diag_warning(diag, path, 0,
				     _("ignored: not an .html or .md document"));
		else if (dataset_add_file(ds, path, name, locale,
					  (enum source_format)format, diag) < 0)
			ret = -1;
		free(path);
		free(name);
	}
	free_names(names, n);
	free(dir);
	return ret;
}

int dataset_load(struct dataset *ds, const char *data_dir, struct diag *diag)
{
	char *dir = xasprintf("%s/sources", data_dir);
	char **names;
	long n, i;
	int ret = 0;

	n = list_dir(dir, &names, diag);
	if (n < 0)
		ret = -1;
	for (i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		struct stat st;

		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (!is_locale_name(names[i]))
				diag_warning(diag, path, 0,
					     _("ignored: '%s' is not a locale name like 'zh_CN'"),
					     names[i]);
			else if (load_locale(ds, data_dir, names[i], diag) < 0)
				ret = -1;
		}
		free(path);
	}
	free_names(names, n);
	free(dir);
	return ret;
}
