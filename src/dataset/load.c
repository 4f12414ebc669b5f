/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding the source documents of a data directory. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dataset/dataset.h"
#include "i18n.h"
#include "parse/builtin_registry.h"
#include "util/text.h"
#include "util/xalloc.h"

static void free_names(char **names, long n)
{
	while (n > 0)
		free(names[--n]);
	free(names);
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
	for (;;) {
		errno = 0;
		de = readdir(d);
		if (!de)
			break;
		if (de->d_name[0] == '.')
			continue;
		XGROW(*names, alloc, n + 1);
		(*names)[n++] = xstrdup(de->d_name);
	}
	if (errno) {
		diag_error(diag, NULL, 0, _("cannot read '%s': %s"), dir, strerror(errno));
		closedir(d);
		free_names(*names, (long)n);
		*names = NULL;
		return -1;
	}
	closedir(d);
	if (n)
		qsort(*names, n, sizeof(char *), text_compare_ptrs);
	return (long)n;
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
		struct stat st;

		if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
			diag_warning(diag, path, 0, _("ignored: not a regular file"));
		else if (format < 0)
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

/* Add the documents below dir (depth levels deep at most) to *paths. */
static int add_documents_below(const char *dir, unsigned depth, char ***paths, size_t *nr,
			       size_t *alloc, struct diag *diag)
{
	char **names;
	long n, i;
	int ret = 0;

	if (depth == 0) {
		diag_warning(diag, dir, 0, _("ignored: directories nested too deep"));
		return 0;
	}
	n = list_dir(dir, &names, diag);
	if (n < 0)
		return -1;
	for (i = 0; i < n; i++) {
		size_t len = strlen(dir);
		char *path = xasprintf("%s%s%s", dir, len && dir[len - 1] == '/' ? "" : "/",
				       names[i]);
		struct stat st;

		/* A link to a directory is not followed: no loop can form. */
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (add_documents_below(path, depth - 1, paths, nr, alloc, diag) < 0)
				ret = -1;
		} else if (source_format_of(names[i]) >= 0 && stat(path, &st) == 0 &&
			   S_ISREG(st.st_mode)) {
			XGROW(*paths, *alloc, *nr + 1);
			(*paths)[(*nr)++] = path;
			path = NULL;
		}
		free(path);
	}
	free_names(names, n);
	return ret;
}

long dataset_find_documents(const char *dir, char ***paths, struct diag *diag)
{
	size_t nr = 0, alloc = 0;

	*paths = NULL;
	if (add_documents_below(dir, DATASET_MAX_DEPTH, paths, &nr, &alloc, diag) < 0) {
		free_names(*paths, (long)nr);
		*paths = NULL;
		return -1;
	}
	return (long)nr;
}

static void set_input(struct source_file *f, const char *path, const char *name)
{
	f->path = xstrdup(path);
	f->name = xstrdup(name);
	f->locale = xstrdup("en");
}

int dataset_load_registry(struct dataset *ds, const char *data_dir, struct diag *diag)
{
	char *path = xasprintf("%s/registry/http-status-codes.xml", data_dir);
	char *former = xasprintf("%s/registry/former-names.xml", data_dir);
	char *semantics = xasprintf("%s/registry/semantics.xml", data_dir);
	char *vendors = xasprintf("%s/vendor/codes.xml", data_dir);
	struct stat st;
	int ret = 0;

	if (stat(path, &st) < 0) {
		diag_warning(diag, NULL, 0,
			     _("no registry at '%s': codes and phrases are not checked"), path);
	} else if (registry_read(&ds->registry, path, &ds->input, diag) < 0 ||
		   (stat(former, &st) == 0 &&
		    registry_read_former_names(&ds->registry, former, &ds->input, diag) < 0) ||
		   (stat(semantics, &st) == 0 &&
		    registry_read_semantics(&ds->registry, semantics, &ds->input, diag) < 0) ||
		   (stat(vendors, &st) == 0 &&
		    registry_read_vendors(&ds->registry, vendors, &ds->input, diag) < 0)) {
		/* Half a registry would mislead every check: none is used. */
		registry_release(&ds->registry);
		ret = -1;
	} else {
		set_input(&ds->registry_file, path, "registry/http-status-codes.xml");
		if (ds->registry.former_path)
			set_input(&ds->former_file, former, "registry/former-names.xml");
		if (ds->registry.semantics_path)
			set_input(&ds->semantics_file, semantics, "registry/semantics.xml");
		ds->input.registry = &ds->registry;
	}
	free(path);
	free(former);
	free(semantics);
	free(vendors);
	return ret;
}

int dataset_load_builtin_registry(struct dataset *ds, struct diag *diag)
{
	if (registry_read_builtin(&ds->registry, diag) < 0)
		return -1;
	set_input(&ds->registry_file, BUILTIN_REGISTRY_NAME, "registry/http-status-codes.xml");
	set_input(&ds->former_file, BUILTIN_FORMER_NAMES_NAME, "registry/former-names.xml");
	/* Its phrases tell the readers which cells are English names. */
	ds->input.registry = &ds->registry;
	return 0;
}

int dataset_load(struct dataset *ds, const char *data_dir, struct diag *diag)
{
	char *dir = xasprintf("%s/sources", data_dir);
	char **names;
	long n, i;
	int ret = 0;

	n = list_dir(dir, &names, diag);
	if (n < 0) {
		free(dir);
		return -1;
	}
	ret = dataset_load_registry(ds, data_dir, diag);
	for (i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		struct stat st;

		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (!text_is_locale_name(names[i]))
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
	if (ret == 0 && ds->nr_files == 0) {
		diag_error(diag, NULL, 0, _("no source documents in '%s/sources/LOCALE/'"),
			   data_dir);
		ret = -1;
	}
	return ret;
}

/* The words of a LINGUAS file, every one once, in order. */
struct linguas {
	char **locales;             /* those that name a catalog */
	size_t nr, alloc;
	char **seen;                /* every word, to read each once */
	size_t nr_seen, alloc_seen;
};

static bool seen_before(const struct linguas *l, const char *word)
{
	size_t i;

	for (i = 0; i < l->nr_seen; i++)
		if (!strcmp(l->seen[i], word))
			return true;
	return false;
}

/* Take one word of line nr of path: a locale a catalog may be for, once,
 * or an error.  Return 0, or -1 after reporting. */
static int take_word(struct linguas *l, const char *word, const char *path, unsigned nr,
		     struct diag *diag)
{
	struct diag_quote q;

	/* A language listed twice is one language, its catalog read once. */
	if (seen_before(l, word))
		return 0;
	XGROW(l->seen, l->alloc_seen, l->nr_seen + 1);
	l->seen[l->nr_seen++] = xstrdup(word);
	if (!strcmp(word, DATASET_SOURCE_LOCALE)) {
		diag_error(diag, path, nr, "%s", dataset_source_locale_reason());
		return -1;
	}
	if (!dataset_is_catalog_locale(word)) {
		diag_error(diag, path, nr, _("'%s' is not a locale name like 'zh_CN'"),
			   diag_quote(&q, word));
		return -1;
	}
	XGROW(l->locales, l->alloc, l->nr + 1);
	l->locales[l->nr++] = xstrdup(word);
	return 0;
}

/* White space between the words of a LINGUAS line: a CR anywhere too,
 * so that CR LF line ends are line ends. */
#define LINGUAS_SPACE " \t\r\n"

/* Read the locales of the LINGUAS file at path into l, as po/linguas
 * reads them for the build and po/update-po: words separated by white
 * space, '#' to the end of a line a comment, each word a locale
 * dataset_is_catalog_locale() takes; a line with a NUL byte is an error,
 * its words unread.  Every error is reported, at its line; l holds the
 * good words all the same.  Return 0, or -1 after an error. */
static int read_linguas(const char *path, struct linguas *l, struct diag *diag)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *word, *end, *hash, save;
	size_t size = 0;
	ssize_t len;
	unsigned nr = 0;
	int ret = 0, err;

	if (!f) {
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(errno));
		return -1;
	}
	for (;;) {
		len = getline(&line, &size, f);
		if (len < 0)
			break;
		nr++;
		if (memchr(line, '\0', (size_t)len)) {
			diag_error(diag, path, nr, "%s", _("a NUL byte in the line; its names are not read"));
			ret = -1;
			continue;
		}
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		for (word = line + strspn(line, LINGUAS_SPACE); *word;
		     word = end + strspn(end, LINGUAS_SPACE)) {
			end = word + strcspn(word, LINGUAS_SPACE);
			save = *end;
			*end = '\0';
			if (take_word(l, word, path, nr, diag) < 0)
				ret = -1;
			*end = save;
		}
	}
	err = errno;
	if (ferror(f)) {
		diag_error(diag, NULL, 0, _("cannot read '%s': %s"), path, strerror(err));
		ret = -1;
	}
	free(line);
	fclose(f);
	return ret;
}

static void linguas_release(struct linguas *l)
{
	free_names(l->locales, (long)l->nr);
	free_names(l->seen, (long)l->nr_seen);
}

/* Take a shared lock on the po directory while its catalogs are read, so
 * that a writer there (statusgen's own outputs, po/update-po) and this
 * read take turns: the read sees every catalog as it was before the
 * writer or as it is after.  Return the descriptor to close, or -1 when
 * the directory cannot be locked (then it is read unlocked). */
static int lock_po_dir(const char *po_dir)
{
	int fd = open(po_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	while (flock(fd, LOCK_SH) < 0) {
		if (errno != EINTR) {
			close(fd);
			return -1;
		}
	}
	return fd;
}

int dataset_load_catalogs(struct dataset *ds, const char *po_dir, struct diag *diag)
{
	char *linguas = xasprintf("%s/LINGUAS", po_dir);
	struct linguas l;
	int lock = lock_po_dir(po_dir), ret;
	unsigned kind_limit;
	size_t i;

	memset(&l, 0, sizeof(l));
	/* Every error of LINGUAS is shown, as po/linguas shows them for the
	 * build and update-po: the three read it alike. */
	kind_limit = diag->kind_limit;
	diag->kind_limit = 0;
	ret = read_linguas(linguas, &l, diag);
	diag->kind_limit = kind_limit;
	for (i = 0; i < l.nr; i++) {
		struct catalog *cat;
		char *path = xasprintf("%s/%s.po", po_dir, l.locales[i]);

		ds->catalogs = xrealloc(ds->catalogs, (ds->nr_catalogs + 1) * sizeof(*ds->catalogs));
		cat = &ds->catalogs[ds->nr_catalogs];
		memset(cat, 0, sizeof(*cat));
		if (po_catalog_read(&cat->po, path, &ds->input, diag) < 0) {
			po_catalog_release(&cat->po);
			ret = -1;
		} else {
			cat->file.path = path;
			cat->file.name = xasprintf("po/%s.po", l.locales[i]);
			cat->file.locale = xstrdup(l.locales[i]);
			ds->nr_catalogs++;
			path = NULL;
		}
		free(path);
	}
	if (lock >= 0)
		close(lock);
	linguas_release(&l);
	free(linguas);
	return ret;
}
