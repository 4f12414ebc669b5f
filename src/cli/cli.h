/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The option engine of the commands, after git's parse-options: each
 * command declares the options it takes in a table (names, argument,
 * help text, where the value goes), and cli_run() parses its command line
 * against that table, prints 'statusgen COMMAND --help' from it and runs
 * the command.  Every command also takes the options of cli_common_options
 * (--max-input-size, --lossy, --time, --help, --version).
 *
 * A command's options live in a struct of its own whose first member is a
 * struct cli; the engine allocates it zeroed (so a zero is each option's
 * default), fills it in and hands it to the command's run function.
 *
 * Also here: usage errors, --time's stage timing, and the step the
 * commands that merge the data directory share (cli_load_dataset()). */
#ifndef STATUSGEN_CLI_H
#define STATUSGEN_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "dataset/dataset.h"
#include "diag.h"
#include "i18n.h"
#include "parse/input.h"

enum exit_status { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

/* What every command gets: the options every command takes, --werror
 * (for the commands that take it), the FILE arguments and the date. */
struct cli {
	bool time;                  /* --time: print each stage's time */
	struct input_options input; /* --max-input-size, --lossy */
	bool werror;                /* --werror */
	char **files;               /* the arguments after the options */
	int nr_files;
	char today[11];             /* YYYY-MM-DD, UTC (CLI_USES_DATE) */
	char timestamp[24];         /* YYYY-MM-DD HH:MM+0000, for POT-Creation-Date */
	const struct cli_command *command;  /* the command running */
};

/* One option of a command.  With no argh it is a flag, which sets a bool
 * to true; with argh and no parse, it sets a const char * to its argument;
 * with parse, parse checks the argument and stores it.  An argh in
 * brackets ("[RULE,...]") makes the argument optional (--fix,
 * --fix=RULE): parse gets NULL without it. */
struct cli_option {
	const char *long_name;
	int short_name;             /* 0: none */
	const char *argh;           /* the argument, as --help names it ("DIR") */
	const char *help;           /* N_(); a further line after each '\n' */
	size_t offset;              /* of the value, in the command's options */
	/* Store arg in *value; return 0, or cli_usage_error()'s status. */
	int (*parse)(void *value, const char *arg);
};

#define CLI_FLAG(name, type, field, help) \
	{ (name), 0, NULL, (help), offsetof(type, field), NULL }
#define CLI_STRING(name, argh, type, field, help) \
	{ (name), 0, (argh), (help), offsetof(type, field), NULL }
#define CLI_CALLBACK(name, argh, type, field, parse, help) \
	{ (name), 0, (argh), (help), offsetof(type, field), (parse) }
#define CLI_END { NULL, 0, NULL, NULL, 0, NULL }

/* The options several commands take, each written once.  type is the
 * command's options struct. */
#define CLI_OPT_DATA(type, field) \
	CLI_STRING("data", "DIR", type, field, \
		   N_("read the registry from DIR/registry/ and sources\n" \
		      "from DIR/sources/LOCALE/ (default: the installed data;\n" \
		      "for lint, the registry built into statusgen)"))
#define CLI_OPT_PO_DIR(type, field) \
	CLI_STRING("po-dir", "DIR", type, field, \
		   N_("read translators' catalogs DIR/LL.po for the\n" \
		      "locales in DIR/LINGUAS (default: the installed ones)"))
#define CLI_OPT_WERROR(type) \
	CLI_FLAG("werror", type, cli.werror, \
		 N_("treat warnings as errors (exit status 1); for\n" \
		    "lint, any finding"))
#define CLI_OPT_ALLOW_UNREGISTERED(type, field) \
	CLI_FLAG("allow-unregistered", type, field, \
		 N_("keep codes the registry does not list"))
#define CLI_OPT_LOCALE(type, field) \
	CLI_CALLBACK("locale", "LL", type, field, cli_parse_locale, \
		     N_("the locale: of the documents for extract and lint\n" \
			"(default: the language each page tells), of the\n" \
			"catalog for po, of the page for markdown"))

/* --locale: a locale name like 'zh_CN', into a const char *. */
int cli_parse_locale(void *value, const char *arg);

/* The options of the commands that read and merge the data directory. */
struct cli_load {
	const char *data_dir;       /* --data; NULL: the installed data */
	const char *po_dir;         /* --po-dir; NULL: the installed catalogs, if any */
	bool allow_unregistered;
	const char *vendors;        /* --vendor: names, comma-separated; NULL: none */
};

#define CLI_LOAD_OPTIONS(type, field) \
	CLI_OPT_DATA(type, field.data_dir), \
	CLI_OPT_PO_DIR(type, field.po_dir), \
	CLI_OPT_WERROR(type), \
	CLI_OPT_ALLOW_UNREGISTERED(type, field.allow_unregistered), \
	CLI_STRING("vendor", "LIST", type, field.vendors, \
		   N_("add the codes these vendors use (names from\n" \
		      "DIR/vendor/codes.xml, comma-separated: nginx,\n" \
		      "cloudflare, iis, aws-elb), marked unregistered"))

/* A command: what 'statusgen --help' and 'statusgen NAME --help' say of
 * it, its options and what runs it. */
struct cli_command {
	const char *name;
	const char *args;           /* after [OPTION]... in the usage line */
	const char *summary;        /* N_(): one line for 'statusgen --help' */
	const char *example;        /* arguments of one typical call */
	const struct cli_option *options;   /* ends with CLI_END */
	size_t size;                /* of its options struct (first member: struct cli) */
	/* opts: its options struct.  Return the exit status. */
	int (*run)(void *opts, struct diag *diag);
	unsigned flags;             /* enum cli_flags */
	/* What run() needs to know of this command, when several commands
	 * share one run function; NULL if none. */
	const void *data;
};

enum cli_flags {
	/* Notes (such as codes missing from one document) are findings for
	 * the checking commands; the generating ones keep build logs short. */
	CLI_SHOW_NOTES = 1,
	/* Fill in cli.today and cli.timestamp (SOURCE_DATE_EPOCH, if set,
	 * must be a date). */
	CLI_USES_DATE = 2,
};

/* The options every command takes, as --help lists them; ends with CLI_END. */
extern const struct cli_option cli_common_options[];

/* Parse the options and arguments of cmd (argv[0] is its name), then run
 * it; return the exit status.  all: every command, whose options are
 * known (and refused by name) whichever command runs. */
int cli_run(const struct cli_command *cmd, const struct cli_command *const *all,
	    size_t nr_all, int argc, char **argv);

/* Print one option as GNU programs do: its names from column 2 (6 when it
 * has no short name), its help from column 24. */
void cli_print_option(const struct cli_option *o);

/* The option of cmd with that long name, or NULL. */
const struct cli_option *cli_find_option(const struct cli_command *cmd, const char *long_name);

void cli_print_version(void);

/* Print "statusgen: " and the message to standard error, then the hint
 * to try --help; return EXIT_USAGE. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "Try 'statusgen --help' for more information." on standard error. */
void cli_usage_hint(void);

/* ret (0 or -1) and the diagnostics as an exit status. */
int cli_finish(const struct diag *diag, int ret);

/* ---- --time ---- */

/* Milliseconds of a monotonic clock. */
double cli_now_ms(void);

/* With --time, print that stage took ms milliseconds. */
void cli_print_stage(const struct cli *cli, const char *stage, double ms);

/* With --time, print how long the stage that began at *start took, and
 * start the next one. */
void cli_stage_done(const struct cli *cli, const char *stage, double *start);

/* Add the time since *start to *total, and start again. */
void cli_add_time(double *total, double *start);

/* ---- the data directory ---- */

/* data_dir; when it is NULL, the source tree's data/ for a program that
 * runs from the build directory configure recorded (uninstalled), else
 * the installed data ($(pkgdatadir)). */
const char *cli_data_dir(const char *data_dir);

/* po_dir, or the installed catalogs when it is NULL and there are any
 * (else NULL). */
const char *cli_po_dir(const char *po_dir);

struct languages;

/* What the readers know of each language (parse/languages.h): the words
 * built into the program and the catalogs of cli_po_dir(po_dir).
 * Release with languages_release(). */
void cli_load_languages(struct languages *l, const char *po_dir);

/* Read and merge the data directory of load into ds (dataset_init()ed),
 * and the catalogs of the po directory when with_catalogs (with neither
 * --data nor --po-dir, an uninstalled program's are the source tree's
 * po/; else the installed ones, if any); stages "read"
 * and "merge".  Return 0, or -1 on errors. */
int cli_load_dataset(struct dataset *ds, const struct cli *cli, const struct cli_load *load,
		     bool with_catalogs, struct diag *diag);

#endif
