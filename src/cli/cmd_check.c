/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen check: read and merge the data directory, and say what is
 * wrong with it; nothing is written. */
#include <config.h>

#include "cli/commands.h"

struct check_options {
	struct cli cli;
	struct cli_load load;
};

static const struct cli_option check_options[] = {
	CLI_LOAD_OPTIONS(struct check_options, load),
	CLI_END
};

static int cmd_check(void *opts, struct diag *diag)
{
	const struct check_options *opt = opts;
	struct dataset ds;
	int ret;

	dataset_init(&ds);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	dataset_release(&ds);
	return cli_finish(diag, ret);
}

const struct cli_command check_command = {
	"check", "", N_("read and merge the data directory; print diagnostics"),
	"--data data --po-dir po", check_options, sizeof(struct check_options), cmd_check,
	CLI_SHOW_NOTES | CLI_USES_DATE, NULL
};
