/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen update-registry: a new copy of the IANA registry, checked and
 * compared with the data directory's before it replaces it (make
 * update-registry). */
#include <config.h>

#include <stdio.h>

#include "cli/commands.h"
#include "dataset/registry_update.h"

struct update_registry_options {
	struct cli cli;
	const char *data_dir;
};

static const struct cli_option update_registry_options[] = {
	CLI_OPT_DATA(struct update_registry_options, data_dir),
	CLI_END
};

static int cmd_update_registry(void *opts, struct diag *diag)
{
	const struct update_registry_options *opt = opts;

	if (opt->cli.nr_files != 1)
		return cli_usage_error("%s", _("update-registry needs one FILE"));
	return cli_finish(diag, registry_update(cli_data_dir(opt->data_dir), opt->cli.files[0],
						&opt->cli.input, stdout, diag));
}

/* It writes no date, but refuses a SOURCE_DATE_EPOCH that is none, as the
 * commands of the data directory do. */
const struct cli_command update_registry_command = {
	"update-registry", " FILE", N_("replace the IANA registry with FILE, saying what changed"),
	"--data data http-status-codes.xml", update_registry_options,
	sizeof(struct update_registry_options), cmd_update_registry,
	CLI_SHOW_NOTES | CLI_USES_DATE, NULL
};
