/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "cli/documents.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dataset/dataset.h"
#include "i18n.h"
#include "util/xalloc.h"

int documents_parse_format(void *value, const char *arg)
{
	struct document_format *format = value;

	if (!strcmp(arg, "html"))
		format->format = SOURCE_HTML;
	else if (!strcmp(arg, "markdown") || !strcmp(arg, "md"))
		format->format = SOURCE_MARKDOWN;
	else
		return cli_usage_error(_("unknown format '%s' (use 'html' or 'markdown')"), arg);
	format->given = true;
	return 0;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int documents_usage(const struct cli *cli, const struct document_format *format,
		    const char *none)
{
	int i;

	if (cli->nr_files == 0)
		return cli_usage_error("%s", none);
	for (i = 0; i < cli->nr_files && !format->given; i++)
		if (source_format_of(cli->files[i]) < 0 && !is_dir(cli->files[i]))
			return cli_usage_error(_("cannot tell the format of '%s'; use --format"),
					       cli->files[i]);
	return 0;
}

void free_documents(struct document *docs, size_t n)
{
	while (n > 0)
		free(docs[--n].path);
	free(docs);
}

size_t list_documents(char **files, int nr, const struct document_format *format,
		      struct document **docs, int *ret, struct diag *diag)
{
	size_t n = 0, alloc = 0;
	int i;

	*docs = NULL;
	for (i = 0; i < nr; i++) {
		const char *arg = files[i];
		struct stat st;
		char **found;
		long nr_found, k;

		if (stat(arg, &st) < 0 || !S_ISDIR(st.st_mode)) {
			XGROW(*docs, alloc, n + 1);
			(*docs)[n].path = xstrdup(arg);
			(*docs)[n++].format = format->given ? format->format :
					      (enum source_format)source_format_of(arg);
			continue;
		}
		nr_found = dataset_find_documents(arg, &found, diag);
		if (nr_found == 0)
			diag_error(diag, arg, 0, _("no .html or .md document below this directory"));
		if (nr_found <= 0)
			*ret = -1;
		for (k = 0; k < nr_found; k++) {
			XGROW(*docs, alloc, n + 1);
			(*docs)[n].path = found[k];
			(*docs)[n++].format = (enum source_format)source_format_of(found[k]);
		}
		free(found);
	}
	return n;
}
