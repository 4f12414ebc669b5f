/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen lint: documents checked against the IANA registry, each on
 * its own, with nothing merged. */
#include <config.h>

#include <stdlib.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "cli/documents.h"
#include "lint/lint.h"
#include "parse/languages.h"
#include "util/xalloc.h"

struct lint_options {
	struct cli cli;
	const char *data_dir;       /* NULL: the registry built into statusgen */
	const char *locale;
	const char *po_dir;
	struct document_format format;
};

static const struct cli_option lint_options[] = {
	CLI_OPT_DATA(struct lint_options, data_dir),
	CLI_OPT_WERROR(struct lint_options),
	CLI_OPT_LOCALE(struct lint_options, locale),
	CLI_OPT_PO_DIR(struct lint_options, po_dir),
	DOCUMENTS_OPT_FORMAT(struct lint_options, format),
	CLI_END
};

/* The registry lint checks against: the data directory's with --data,
 * else the one built into the program.  Return 0, or -1 after reporting. */
static int load_lint_registry(struct dataset *ds, const struct lint_options *opt,
			      struct diag *diag)
{
	char *path;
	struct stat st;
	int ret;

	if (!opt->data_dir)
		return dataset_load_builtin_registry(ds, diag);
	path = xasprintf("%s/registry/http-status-codes.xml", opt->data_dir);
	if (stat(path, &st) < 0) {
		diag_error(diag, NULL, 0,
			   _("lint needs the registry, and there is none at '%s' (without --data, lint uses the one built into statusgen)"),
			   path);
		free(path);
		return -1;
	}
	free(path);
	ret = dataset_load_registry(ds, opt->data_dir, diag);
	return ret == 0 && ds->registry.nr_records ? 0 : -1;
}

/* Check documents against the registry, each on its own (src/lint/).
 * With --werror, any finding (notes too) fails. */
static int cmd_lint(void *opts, struct diag *diag)
{
	const struct lint_options *opt = opts;
	unsigned before = diag->count[DIAG_NOTE] + diag->count[DIAG_WARNING];
	double start = cli_now_ms(), t_registry = 0, t_read = 0;
	struct document *docs;
	struct dataset ds;
	struct lint lint;
	struct languages langs;
	size_t nr_docs, i;
	int ret = 0;

	if (documents_usage(&opt->cli, &opt->format, _("lint needs at least one FILE")))
		return EXIT_USAGE;
	dataset_init(&ds);
	ds.input = opt->cli.input;
	if (load_lint_registry(&ds, opt, diag) < 0) {
		dataset_release(&ds);
		return EXIT_DATA;
	}
	cli_add_time(&t_registry, &start);
	nr_docs = list_documents(opt->cli.files, opt->cli.nr_files, &opt->format, &docs, &ret, diag);
	cli_add_time(&t_read, &start);
	cli_load_languages(&langs, opt->po_dir);
	ds.input.languages = &langs;
	ds.input.locale = opt->locale;
	lint_init(&lint, &ds.registry, &ds.input, opt->locale);
	for (i = 0; i < nr_docs; i++)
		if (lint_document(&lint, docs[i].path, docs[i].format, diag) < 0)
			ret = -1;
	dataset_release(&ds);
	languages_release(&langs);
	free_documents(docs, nr_docs);
	cli_print_stage(&opt->cli, "registry", t_registry);
	cli_print_stage(&opt->cli, "read", t_read + lint.read_ms);
	cli_print_stage(&opt->cli, "check", lint.check_ms);
	if (opt->cli.werror && diag->count[DIAG_NOTE] + diag->count[DIAG_WARNING] > before)
		return EXIT_DATA;
	return cli_finish(diag, ret);
}

const struct cli_command lint_command = {
	"lint", " FILE|DIR...", N_("check FILEs against the IANA registry (no merge)"),
	"--werror docs/status-codes.md", lint_options, sizeof(struct lint_options), cmd_lint,
	CLI_SHOW_NOTES, NULL
};
