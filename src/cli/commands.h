/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands, each defined in its src/cli/cmd_*.c file. */
#ifndef STATUSGEN_COMMANDS_H
#define STATUSGEN_COMMANDS_H

#include "cli/cli.h"

extern const struct cli_command check_command;           /* cmd_check.c */
extern const struct cli_command extract_command;         /* cmd_extract.c */
extern const struct cli_command json_command;            /* cmd_build.c */
extern const struct cli_command generate_command;        /* cmd_build.c */
extern const struct cli_command pot_command;             /* cmd_build.c */
extern const struct cli_command po_command;              /* cmd_build.c */
extern const struct cli_command c_command;               /* cmd_build.c */
extern const struct cli_command markdown_command;        /* cmd_build.c */
extern const struct cli_command lint_command;            /* cmd_lint.c */
extern const struct cli_command update_registry_command; /* cmd_update_registry.c */

#endif
