/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "parse/languages.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

static int parse_size(void *value, const char *arg)
{
	if (text_parse_size(arg, value) < 0)
		return cli_usage_error(_("invalid --max-input-size '%s' (use a number of bytes, or one with K, M or G)"),
				       arg);
	return 0;
}

const struct cli_option cli_common_options[] = {
	CLI_CALLBACK("max-input-size", "SIZE", struct cli, input.max_size, parse_size,
		     N_("refuse any input file larger than SIZE bytes\n"
			"(K, M, G: KiB, MiB, GiB; default: 64M)")),
	CLI_FLAG("lossy", struct cli, input.lossy,
		 N_("replace invalid byte sequences in documents with\n"
		    "U+FFFD, with a warning, instead of failing")),
	{ "time", 'v', NULL, N_("print the time of each stage on standard error"),
	  offsetof(struct cli, time), NULL },
	/* Answered by cli_run() itself. */
	{ "help", 'h', NULL, N_("display this help and exit"), 0, NULL },
	{ "version", 'V', NULL, N_("output version information and exit"), 0, NULL },
	CLI_END
};

int cli_parse_locale(void *value, const char *arg)
{
	if (!text_is_locale_name(arg))
		return cli_usage_error(_("'%s' is not a locale name like 'zh_CN'"), arg);
	*(const char **)value = arg;
	return 0;
}

void cli_usage_hint(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
}

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	cli_usage_hint();
	return EXIT_USAGE;
}

int cli_finish(const struct diag *diag, int ret)
{
	return ret < 0 || diag_failed(diag) ? EXIT_DATA : EXIT_OK;
}

void cli_print_version(void)
{
	printf("%s\n", PACKAGE_STRING);
	fputs(_("Copyright (C) 2026 the statusgen authors.\n"
		"License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"
		"The files statusgen generates are your data and carry no license of ours.\n"),
	      stdout);
}

/* ---- help ------------------------------------------------------------ */

void cli_print_option(const struct cli_option *o)
{
	const char *help = _(o->help);
	int col;

	if (o->short_name)
		col = printf("  -%c, --%s", o->short_name, o->long_name);
	else
		col = printf("      --%s", o->long_name);
	if (o->argh && o->argh[0] == '[')
		col += printf("[=%s", o->argh + 1);
	else if (o->argh)
		col += printf("=%s", o->argh);
	if (col > 22) {
		putchar('\n');
		col = 0;
	}
	printf("%*s", 24 - col, "");
	for (; *help; help++) {
		putchar(*help);
		if (*help == '\n')
			printf("%24s", "");
	}
	putchar('\n');
}

const struct cli_option *cli_find_option(const struct cli_command *cmd, const char *long_name)
{
	const struct cli_option *o;

	for (o = cmd->options; o->long_name; o++)
		if (!strcmp(o->long_name, long_name))
			return o;
	return NULL;
}

/* 'statusgen COMMAND --help': what the command does, and its options. */
static void print_command_help(const struct cli_command *cmd)
{
	const struct cli_option *o;

	printf(_("Usage: %s %s [OPTION]...%s\n"), PACKAGE, cmd->name, cmd->args);
	printf("%s\n", _(cmd->summary));
	fputs(_("\nOptions:\n"), stdout);
	for (o = cmd->options; o->long_name; o++)
		cli_print_option(o);
	for (o = cli_common_options; o->long_name; o++)
		cli_print_option(o);
	fputs(_("\nExample:\n"), stdout);
	printf("  %s %s %s\n", PACKAGE, cmd->name, cmd->example);
}

/* ---- parsing --------------------------------------------------------- */

/* What getopt_long() is given: the options of every command, so that one
 * another command takes is named as such, and abbreviations mean the
 * same whichever command runs.  An option's value is its short name, or
 * FIRST_LONG + its index. */
struct getopt_table {
	struct option *longs;       /* ends with a zeroed entry */
	size_t nr, alloc;
	struct strbuf shorts;       /* ":o:hvV": ':' for a missing argument */
};

#define FIRST_LONG 256

static void add_options(struct getopt_table *t, const struct cli_option *o)
{
	for (; o->long_name; o++) {
		size_t i;

		for (i = 0; i < t->nr && strcmp(t->longs[i].name, o->long_name); i++)
			continue;
		if (i < t->nr)
			continue;
		XGROW(t->longs, t->alloc, t->nr + 2);
		t->longs[t->nr].name = o->long_name;
		t->longs[t->nr].has_arg = !o->argh ? no_argument :
					  o->argh[0] == '[' ? optional_argument : required_argument;
		t->longs[t->nr].flag = NULL;
		t->longs[t->nr].val = o->short_name ? o->short_name : FIRST_LONG + (int)t->nr;
		memset(&t->longs[++t->nr], 0, sizeof(t->longs[0]));
		if (o->short_name) {
			strbuf_addch(&t->shorts, (char)o->short_name);
			if (o->argh)
				strbuf_addch(&t->shorts, ':');
		}
	}
}

static void getopt_table_init(struct getopt_table *t, const struct cli_command *const *all,
			      size_t nr_all)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	strbuf_init(&t->shorts);
	strbuf_addch(&t->shorts, ':');
	add_options(t, cli_common_options);
	for (i = 0; i < nr_all; i++)
		add_options(t, all[i]->options);
}

static void getopt_table_release(struct getopt_table *t)
{
	free(t->longs);
	strbuf_release(&t->shorts);
}

static const struct cli_option *find_by_value(const struct cli_option *o, int c, const char *name)
{
	for (; o->long_name; o++)
		if (name ? !strcmp(o->long_name, name) : o->short_name == c)
			return o;
	return NULL;
}

/* The option of cmd that getopt_long() returned as c; NULL if cmd does
 * not take it. */
static const struct cli_option *option_of(const struct cli_command *cmd,
					  const struct getopt_table *t, int c)
{
	const char *name = NULL;
	const struct cli_option *o;

	if (c >= FIRST_LONG) {
		if ((size_t)(c - FIRST_LONG) >= t->nr)
			return NULL;
		name = t->longs[c - FIRST_LONG].name;
	}
	o = find_by_value(cmd->options, c, name);
	return o ? o : find_by_value(cli_common_options, c, name);
}

static int set_option(const struct cli_option *o, void *opts, const char *arg)
{
	void *value = (char *)opts + o->offset;

	if (!o->argh)
		*(bool *)value = true;
	else if (!o->parse)
		*(const char **)value = arg;
	else
		return o->parse(value, arg);
	return 0;
}

/* Where in argv the option getopt_long() reads next starts: GNU getopt
 * steps over the arguments (FILE) before it, and stays on a cluster of
 * short options ("-vo") until its end. */
static int next_option_at(int argc, char **argv)
{
	int i = optind;

	while (i < argc && (argv[i][0] != '-' || !argv[i][1]))
		i++;
	return i;
}

/* Parse the options of cmd into opts.  Return -1 to go on, or the exit
 * status (after --help, --version or a usage error). */
static int parse_options(const struct cli_command *cmd, const struct getopt_table *t,
			 void *opts, int argc, char **argv)
{
	opterr = 0;
	for (;;) {
		int arg_at = next_option_at(argc, argv), status;
		const struct cli_option *o;
		/* Options may follow the FILEs, as in GNU programs; "--"
		 * ends them. */
		int c = getopt_long(argc, argv, strbuf_str(&t->shorts), t->longs, NULL);

		if (c == -1)
			return -1;
		if (c == 'h') {
			print_command_help(cmd);
			return EXIT_OK;
		}
		if (c == 'V') {
			cli_print_version();
			return EXIT_OK;
		}
		/* An option of another command is named as such, even when its
		 * argument is missing too (getopt leaves that option in optopt). */
		if (c == ':' && optopt > 0 && !option_of(cmd, t, optopt))
			c = optopt;
		if (c == ':')
			return cli_usage_error(_("option '%s' requires an argument"), argv[arg_at]);
		if (c == '?')
			return cli_usage_error(_("unrecognized option '%s'"), argv[arg_at]);
		o = option_of(cmd, t, c);
		if (!o)
			return cli_usage_error(_("option '%s' does not apply to '%s'"),
					       argv[arg_at], cmd->name);
		status = set_option(o, opts, optarg);
		if (status)
			return status;
	}
}

/* The last second a YYYY-MM-DD date can name: 9999-12-31 23:59:59 UTC. */
#define LAST_EPOCH 253402300799LL

/* Today's date, UTC, or SOURCE_DATE_EPOCH's when that is set (for
 * reproducible builds); -1 if SOURCE_DATE_EPOCH is not a number of
 * seconds, -2 if it is past the year 9999. */
static int current_date(char out[11], char stamp[24])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;
	char *end;

	if (epoch && *epoch) {
		long long v;

		/* Digits only, as date +%s prints it: strtoll() would take
		 * " 5" and "+5" too. */
		if (*epoch < '0' || *epoch > '9')
			return -1;
		errno = 0;
		v = strtoll(epoch, &end, 10);
		if (*end || v < 0 || (errno && errno != ERANGE))
			return -1;
		if (errno == ERANGE || v > LAST_EPOCH)
			return -2;
		t = (time_t)v;
	}
	if (!gmtime_r(&t, &tm) || !strftime(out, 11, "%Y-%m-%d", &tm) ||
	    !strftime(stamp, 24, "%Y-%m-%d %H:%M+0000", &tm))
		return -1;
	return 0;
}

/* Run cmd with its options parsed into opts and its arguments from
 * argv[optind]. */
static int run_command(const struct cli_command *cmd, struct cli *cli, int argc, char **argv)
{
	struct diag diag;
	int status;

	/* Only the commands that merge the data use a date (for expiry, and
	 * the catalogs' POT-Creation-Date): the others never read
	 * SOURCE_DATE_EPOCH. */
	status = cmd->flags & CLI_USES_DATE ? current_date(cli->today, cli->timestamp) : 0;
	if (status == -2)
		return cli_usage_error("%s", _("SOURCE_DATE_EPOCH is after 9999-12-31, the last date statusgen can write"));
	if (status < 0)
		return cli_usage_error("%s", _("SOURCE_DATE_EPOCH is not a number of seconds"));
	diag_init(&diag, stderr);
	diag.werror = cli->werror;
	/* A document can repeat one finding a million times. */
	diag.kind_limit = DIAG_KIND_SHOWN;
	cli->files = argv + optind;
	cli->nr_files = argc - optind;
	/* Only the commands whose usage names arguments (FILE...) take any. */
	if (!*cmd->args && cli->nr_files > 0)
		return cli_usage_error(_("unexpected argument '%s'"), cli->files[0]);
	diag.show_notes = (cmd->flags & CLI_SHOW_NOTES) != 0;
	status = cmd->run(cli, &diag);
	diag_report_hidden(&diag);
	return status;
}

int cli_run(const struct cli_command *cmd, const struct cli_command *const *all,
	    size_t nr_all, int argc, char **argv)
{
	static const struct input_options input_defaults = INPUT_OPTIONS_INIT;
	struct getopt_table table;
	struct cli *cli = xcalloc(1, cmd->size);
	int status;

	cli->input = input_defaults;
	cli->command = cmd;
	getopt_table_init(&table, all, nr_all);
	status = parse_options(cmd, &table, cli, argc, argv);
	if (status < 0)
		status = run_command(cmd, cli, argc, argv);
	getopt_table_release(&table);
	free(cli);
	return status;
}

/* ---- --time ---------------------------------------------------------- */

double cli_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void cli_print_stage(const struct cli *cli, const char *stage, double ms)
{
	if (cli->time)
		fprintf(stderr, "%s: time: %-10s %8.2f ms\n", PACKAGE, stage, ms);
}

void cli_stage_done(const struct cli *cli, const char *stage, double *start)
{
	double t = cli_now_ms();

	cli_print_stage(cli, stage, t - *start);
	*start = t;
}

void cli_add_time(double *total, double *start)
{
	double t = cli_now_ms();

	*total += t - *start;
	*start = t;
}

/* ---- the data directory ---------------------------------------------- */

/* The source tree this program was built from, when it runs from the
 * build directory configure recorded (uninstalled: ./statusgen right
 * after the Quick start); else NULL.  The program's own directory, from
 * /proc/self/exe, is compared with STATUSGEN_BUILDDIR as files (device
 * and inode), so that a link to either names the same directory.  An
 * installed copy runs from $(bindir) and gets NULL. */
static const char *uninstalled_srcdir(void)
{
	char exe[4096];
	struct stat here, built;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;

	if (n <= 0 || (size_t)n >= sizeof(exe) - 1)
		return NULL;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return NULL;
	*(slash == exe ? slash + 1 : slash) = '\0';
	if (stat(exe, &here) < 0 || stat(STATUSGEN_BUILDDIR, &built) < 0)
		return NULL;
	return here.st_dev == built.st_dev && here.st_ino == built.st_ino ? STATUSGEN_SRCDIR : NULL;
}

const char *cli_data_dir(const char *data_dir)
{
	if (data_dir)
		return data_dir;
	return uninstalled_srcdir() ? STATUSGEN_SRCDIR "/data" : PKGDATADIR;
}

/* po_dir; when it is NULL, the source tree's po/ for an uninstalled
 * program reading the source tree's data/ (data_dir NULL too), else the
 * installed catalogs when there are any. */
static const char *default_po_dir(const char *po_dir, const char *data_dir)
{
	struct stat st;

	if (po_dir)
		return po_dir;
	if (!data_dir && uninstalled_srcdir())
		return STATUSGEN_SRCDIR "/po";
	if (stat(PKGDATADIR "/po/LINGUAS", &st) == 0)
		return PKGDATADIR "/po";
	return NULL;
}

const char *cli_po_dir(const char *po_dir)
{
	return default_po_dir(po_dir, NULL);
}

void cli_load_languages(struct languages *l, const char *po_dir)
{
	languages_init(l);
	languages_add_builtin(l);
	po_dir = cli_po_dir(po_dir);
	if (po_dir)
		languages_add_catalogs(l, po_dir);
	languages_finish(l);
}

int cli_load_dataset(struct dataset *ds, const struct cli *cli, const struct cli_load *load,
		     bool with_catalogs, struct diag *diag)
{
	const char *po_dir = default_po_dir(load->po_dir, load->data_dir);
	double start = cli_now_ms();
	int ret;

	ds->allow_unregistered = load->allow_unregistered;
	ds->vendors = load->vendors;
	ds->today = cli->today;
	ds->input = cli->input;
	ret = dataset_load(ds, cli_data_dir(load->data_dir), diag);
	if (with_catalogs && po_dir && dataset_load_catalogs(ds, po_dir, diag) < 0)
		ret = -1;
	cli_stage_done(cli, "read", &start);

	if (dataset_merge(ds, diag) < 0)
		ret = -1;
	cli_stage_done(cli, "merge", &start);
	return ret;
}
