/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen: the command line.  Parsing, merging and writing live in the
 * library (src/parse, src/dataset, src/emit); each command lives in
 * src/cli/cmd_*.c with its options, its help and its run function, on the
 * option engine of src/cli/cli.c.  This file only lists the commands,
 * answers the program's own --help and --version, and runs the command
 * named, checking at exit that what it printed was written. */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "output.h"
#include "i18n.h"

/* The commands, in the order 'statusgen --help' lists them. */
static const struct cli_command *const commands[] = {
	&check_command,
	&extract_command,
	&json_command,
	&generate_command,
	&pot_command,
	&po_command,
	&c_command,
	&markdown_command,
	&lint_command,
	&update_registry_command,
};
#define NR_COMMANDS (sizeof(commands) / sizeof(commands[0]))

/* The order in which 'statusgen --help' lists the options of the
 * commands; an option not named here follows them, and the options of
 * every command (cli_common_options) come last. */
static const char *const help_order[] = {
	"data", "po-dir", "werror", "allow-unregistered", "vendor", "output", "output-dir",
	"locale", "format", "prefix", "locales", "header", "source", "style",
};
#define NR_HELP_ORDER (sizeof(help_order) / sizeof(help_order[0]))

static const struct cli_command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < NR_COMMANDS; i++)
		if (!strcmp(commands[i]->name, name))
			return commands[i];
	return NULL;
}

/* The option named long_name of the first command that takes it. */
static const struct cli_option *command_option(const char *long_name)
{
	const struct cli_option *o = NULL;
	size_t i;

	for (i = 0; i < NR_COMMANDS && !o; i++)
		o = cli_find_option(commands[i], long_name);
	return o;
}

static bool in_help_order(const char *long_name)
{
	size_t i;

	for (i = 0; i < NR_HELP_ORDER; i++)
		if (!strcmp(help_order[i], long_name))
			return true;
	return false;
}

/* Every option of every command, once. */
static void print_options(void)
{
	const struct cli_option *o;
	size_t i;

	for (i = 0; i < NR_HELP_ORDER; i++) {
		o = command_option(help_order[i]);
		if (o)
			cli_print_option(o);
	}
	for (i = 0; i < NR_COMMANDS; i++)
		for (o = commands[i]->options; o->long_name; o++)
			if (!in_help_order(o->long_name) && command_option(o->long_name) == o)
				cli_print_option(o);
	for (o = cli_common_options; o->long_name; o++)
		cli_print_option(o);
}

static void print_help(void)
{
	size_t i, width = 10;

	printf(_("Usage: %s COMMAND [OPTION]... [FILE]...\n"), PACKAGE);
	fputs(_("Turn documents that list HTTP status codes into one canonical dataset,\n"
		"and regenerate artifacts from it.\n"), stdout);
	for (i = 0; i < NR_COMMANDS; i++)
		if (strlen(commands[i]->name) > width)
			width = strlen(commands[i]->name);
	fputs(_("\nCommands:\n"), stdout);
	for (i = 0; i < NR_COMMANDS; i++)
		printf("  %-*s  %s\n", (int)width, commands[i]->name, _(commands[i]->summary));
	fputs(_("\nOptions:\n"), stdout);
	print_options();
	printf(_("\nRun '%s COMMAND --help' for the options each command takes.\n"), PACKAGE);
	fputs(_("Options may follow the FILEs; '--' ends them.  A DIR stands for every\n"
		".html and .md document below it, in sorted order.\n"), stdout);
	fputs(_("\nExit status: 0 if all is well, 1 for errors in the data (or warnings\n"
		"with --werror), 2 for a usage error.\n"), stdout);
	/* Each works as it is, installed or run from the build directory
	 * (tests/cli.sh runs them). */
	fputs(_("\nExamples:\n"), stdout);
	printf("  %s generate --output-dir out\n", PACKAGE);
	printf("  %s check\n", PACKAGE);
	printf(_("\nDefault data directory: %s\n"), PKGDATADIR);
}

/* Standard output and standard error must reach their destination:
 * check them at exit, as GNU close_stdout does. */
static int close_stdout(int status)
{
	bool stderr_failed = ferror(stderr) != 0;

	/* A run that failed has reported its own write errors already. */
	if (fclose(stdout) != 0 && status == EXIT_OK) {
		fprintf(stderr, _("%s: error: write error on standard output: %s\n"),
			PACKAGE, strerror(errno));
		status = EXIT_DATA;
	}
	/* Diagnostics that could not be written: only the status can say so.
	 * A closed standard error that nothing was written to is no error. */
	stderr_failed = stderr_failed || ferror(stderr) != 0;
	if ((fclose(stderr) != 0 && errno != EBADF) || stderr_failed)
		return status == EXIT_OK ? EXIT_DATA : status;
	return status;
}

static int run(int argc, char **argv)
{
	const struct cli_command *command;

	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		print_help();
		return EXIT_OK;
	}
	if (argc >= 2 && (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))) {
		cli_print_version();
		return EXIT_OK;
	}
	if (argc < 2 || argv[1][0] == '-') {
		if (argc < 2)
			fprintf(stderr, _("%s: missing command\n"), PACKAGE);
		else
			fprintf(stderr, _("%s: unknown option '%s'\n"), PACKAGE, argv[1]);
		cli_usage_hint();
		return EXIT_USAGE;
	}
	command = find_command(argv[1]);
	if (!command)
		return cli_usage_error(_("unknown command '%s'"), argv[1]);
	return cli_run(command, commands, NR_COMMANDS, argc - 1, argv + 1);
}

int main(int argc, char **argv)
{
	const char *textdomaindir = getenv("STATUSGEN_TEXTDOMAINDIR");

	setlocale(LC_ALL, "");
	/* As GIT_TEXTDOMAINDIR: an uninstalled build's tests find the catalogs. */
	bindtextdomain(PACKAGE, textdomaindir && *textdomaindir ? textdomaindir : LOCALEDIR);
	textdomain(PACKAGE);
	output_catch_signals();
	return close_stdout(run(argc, argv));
}
