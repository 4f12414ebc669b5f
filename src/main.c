/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen: the command line.  Parsing, merging and writing live in the
 * library (src/parse, src/dataset, src/emit); this file only wires them to
 * subcommands, options and exit statuses. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dataset/dataset.h"
#include "diag.h"
#include "emit/c_table.h"
#include "emit/json.h"
#include "emit/markdown.h"
#include "emit/output.h"
#include "emit/po.h"
#include "emit/records_json.h"
#include "i18n.h"
#include "parse/source.h"
#include "dataset/registry_update.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

enum exit_status { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

/* Duplicate-code warnings printed by 'extract' per run before a summary. */
#define DUPLICATE_WARNINGS_SHOWN 20

struct options {
	const char *data_dir;       /* the installed data unless --data */
	bool data_given;            /* --data was given */
	const char *po_dir;         /* NULL: the installed catalogs, if any */
	char today[11];             /* YYYY-MM-DD, UTC */
	char timestamp[24];         /* YYYY-MM-DD HH:MM+0000, for POT-Creation-Date */
	bool allow_unregistered;
	const char *prefix;         /* c: symbol prefix */
	const char *locales;        /* c: "LL,LL", "all" or "none" */
	const char *header;         /* c: the header to write */
	const char *source;         /* c: the source to write */
	int style;                  /* markdown: enum markdown_style */
	bool time;                  /* --time: print each stage's time */
	char **files;               /* extract, lint: the FILE arguments */
	int nr_files;
	const char *output;
	const char *output_dir;
	const char *locale;
	int format;                 /* -1: from the file name */
	bool werror;
	struct input_options input; /* --max-input-size, --lossy: every command */
};

enum {
	OPT_DATA = 256, OPT_WERROR, OPT_OUTPUT_DIR, OPT_LOCALE, OPT_FORMAT,
	OPT_ALLOW_UNREGISTERED, OPT_PO_DIR, OPT_PREFIX, OPT_LOCALES, OPT_HEADER, OPT_SOURCE,
	OPT_STYLE, OPT_TIME, OPT_LOSSY, OPT_MAX_INPUT_SIZE,
};

static int cmd_check(const struct options *opt, struct diag *diag);
static int cmd_extract(const struct options *opt, struct diag *diag);
static int cmd_json(const struct options *opt, struct diag *diag);
static int cmd_generate(const struct options *opt, struct diag *diag);
static int cmd_pot(const struct options *opt, struct diag *diag);
static int cmd_po(const struct options *opt, struct diag *diag);
static int cmd_c(const struct options *opt, struct diag *diag);
static int cmd_markdown(const struct options *opt, struct diag *diag);
static int cmd_lint(const struct options *opt, struct diag *diag);
static int cmd_update_registry(const struct options *opt, struct diag *diag);

/* The commands, what they do and the options each takes (besides the
 * options of every command: see takes_option()).  'statusgen COMMAND --help' is made from this. */
#define MAX_COMMAND_OPTIONS 10
static const struct command_doc {
	const char *name;
	const char *args;           /* after [OPTION]... in the usage line */
	const char *summary;        /* one line for 'statusgen --help' */
	const char *example;        /* arguments of one typical call */
	int (*run)(const struct options *opt, struct diag *diag);
	/* Notes (such as codes missing from one document) are findings for
	 * the checking commands; the generating ones keep build logs short. */
	bool show_notes;
	int options[MAX_COMMAND_OPTIONS];
} commands[] = {
	{ "check", "", N_("read and merge the data directory; print diagnostics"),
	  "--data data --po-dir po",
	  cmd_check, true,
	  { OPT_DATA, OPT_PO_DIR, OPT_WERROR, OPT_ALLOW_UNREGISTERED } },
	{ "extract", " FILE|DIR...", N_("print the records found in FILEs as JSON (no merge)"),
	  "--format html page.html",
	  cmd_extract, true,
	  { OPT_LOCALE, OPT_FORMAT, OPT_WERROR } },
	{ "json", "", N_("write the canonical dataset as JSON"),
	  "--data data -o http-status.json",
	  cmd_json, false,
	  { OPT_DATA, OPT_PO_DIR, OPT_WERROR, OPT_ALLOW_UNREGISTERED, 'o' } },
	{ "generate", "", N_("write every artifact into the output directory"),
	  "--data data --po-dir po --output-dir out",
	  cmd_generate, false,
	  { OPT_DATA, OPT_PO_DIR, OPT_WERROR, OPT_ALLOW_UNREGISTERED, OPT_OUTPUT_DIR } },
	{ "pot", "", N_("write the gettext template (http-status.pot)"),
	  "--data data -o po/http-status.pot",
	  cmd_pot, false,
	  { OPT_DATA, OPT_WERROR, OPT_ALLOW_UNREGISTERED, 'o' } },
	{ "po", "", N_("write a new catalog for --locale (how a language starts)"),
	  "--data data --locale de -o po/de.po",
	  cmd_po, false,
	  { OPT_DATA, OPT_PO_DIR, OPT_LOCALE, OPT_WERROR, OPT_ALLOW_UNREGISTERED, 'o' } },
	{ "c", "", N_("write the C tables (--header, --source)"),
	  "--header http_status.h --source http_status.c --locales zh_CN",
	  cmd_c, false,
	  { OPT_DATA, OPT_PO_DIR, OPT_WERROR, OPT_ALLOW_UNREGISTERED, OPT_PREFIX,
	    OPT_LOCALES, OPT_HEADER, OPT_SOURCE } },
	{ "markdown", "", N_("write the reference page of --locale (en, or a catalog's)"),
	  "--locale zh_CN --style table -o http-status.zh_CN.md",
	  cmd_markdown, false,
	  { OPT_DATA, OPT_PO_DIR, OPT_WERROR, OPT_ALLOW_UNREGISTERED, OPT_LOCALE,
	    OPT_STYLE, 'o' } },
	{ "lint", " FILE|DIR...", N_("check FILEs against the IANA registry (no merge)"),
	  "--werror docs/status-codes.md",
	  cmd_lint, true,
	  { OPT_DATA, OPT_LOCALE, OPT_FORMAT, OPT_WERROR } },
	{ "update-registry", " FILE",
	  N_("replace the IANA registry with FILE, saying what changed"),
	  "--data data http-status-codes.xml",
	  cmd_update_registry, true,
	  { OPT_DATA } },
};

/* Every option, as --help shows it.  A doc's further lines start after
 * a newline and are indented by print_option(). */
static const struct option_doc {
	int id;
	const char *spec;
	const char *doc;
} option_docs[] = {
	{ OPT_DATA, "--data=DIR",
	  N_("read the registry from DIR/registry/ and sources\n"
	     "from DIR/sources/LOCALE/ (default: the installed data;\n"
	     "for lint, the registry built into statusgen)") },
	{ OPT_PO_DIR, "--po-dir=DIR",
	  N_("read translators' catalogs DIR/LL.po for the\n"
	     "locales in DIR/LINGUAS (default: the installed ones)") },
	{ OPT_WERROR, "--werror",
	  N_("treat warnings as errors (exit status 1); for\n"
	     "lint, any finding") },
	{ OPT_ALLOW_UNREGISTERED, "--allow-unregistered",
	  N_("keep codes the registry does not list") },
	{ 'o', "-o, --output=FILE",
	  N_("write to FILE instead of standard output") },
	{ OPT_OUTPUT_DIR, "--output-dir=DIR", N_("write the artifacts into DIR") },
	{ OPT_LOCALE, "--locale=LL",
	  N_("the locale: of the documents for extract and lint\n"
	     "(default: their front matter 'lang'), of the\n"
	     "catalog for po, of the page for markdown") },
	{ OPT_FORMAT, "--format=FORMAT",
	  N_("read FILEs as 'html' or 'markdown' (default: from\n"
	     "the file name)") },
	{ OPT_PREFIX, "--prefix=NAME",
	  N_("prefix of every C symbol (default: http_status)") },
	{ OPT_LOCALES, "--locales=LIST",
	  N_("translations to embed in the C tables: LL,LL, all\n"
	     "(default) or none") },
	{ OPT_HEADER, "--header=FILE", N_("the C header to write") },
	{ OPT_SOURCE, "--source=FILE", N_("the C source to write") },
	{ OPT_STYLE, "--style=STYLE", N_("page layout: 'sections' (default) or 'table'") },
	{ OPT_MAX_INPUT_SIZE, "--max-input-size=SIZE",
	  N_("refuse any input file larger than SIZE bytes\n"
	     "(K, M, G: KiB, MiB, GiB; default: 64M)") },
	{ OPT_LOSSY, "--lossy",
	  N_("replace invalid byte sequences in documents with\n"
	     "U+FFFD, with a warning, instead of failing") },
	{ OPT_TIME, "-v, --time", N_("print the time of each stage on standard error") },
	{ 'h', "-h, --help", N_("display this help and exit") },
	{ 'V', "-V, --version", N_("output version information and exit") },
};

static const struct command_doc *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

/* True if cmd takes option c; the options of every command included. */
static bool takes_option(const struct command_doc *cmd, int c)
{
	size_t k;

	if (c == OPT_TIME || c == 'v' || c == 'h' || c == 'V' ||
	    c == OPT_LOSSY || c == OPT_MAX_INPUT_SIZE)
		return true;

	for (k = 0; k < MAX_COMMAND_OPTIONS; k++)
		if (cmd->options[k] == c)
			return true;
	return false;
}

static const struct option long_options[] = {
	{ "data", required_argument, NULL, OPT_DATA },
	{ "werror", no_argument, NULL, OPT_WERROR },
	{ "output", required_argument, NULL, 'o' },
	{ "output-dir", required_argument, NULL, OPT_OUTPUT_DIR },
	{ "locale", required_argument, NULL, OPT_LOCALE },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "allow-unregistered", no_argument, NULL, OPT_ALLOW_UNREGISTERED },
	{ "po-dir", required_argument, NULL, OPT_PO_DIR },
	{ "prefix", required_argument, NULL, OPT_PREFIX },
	{ "locales", required_argument, NULL, OPT_LOCALES },
	{ "header", required_argument, NULL, OPT_HEADER },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "style", required_argument, NULL, OPT_STYLE },
	{ "time", no_argument, NULL, OPT_TIME },
	{ "lossy", no_argument, NULL, OPT_LOSSY },
	{ "max-input-size", required_argument, NULL, OPT_MAX_INPUT_SIZE },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void usage_hint(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage_hint();
	return EXIT_USAGE;
}

/* One option, as GNU programs show it: the spec from column 2 (6 when it
 * has no short form), the explanation from column 24. */
static void print_option(const struct option_doc *o)
{
	const char *doc = _(o->doc);
	int col = printf("  %s%s", o->spec[1] == '-' ? "    " : "", o->spec);

	if (col > 22) {
		putchar('\n');
		col = 0;
	}
	printf("%*s", 24 - col, "");
	for (; *doc; doc++) {
		putchar(*doc);
		if (*doc == '\n')
			printf("%24s", "");
	}
	putchar('\n');
}

static void print_help(void)
{
	size_t i, width = 10;

	printf(_("Usage: %s COMMAND [OPTION]... [FILE]...\n"), PACKAGE);
	fputs(_("Turn documents that list HTTP status codes into one canonical dataset,\n"
		"and regenerate artifacts from it.\n"), stdout);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strlen(commands[i].name) > width)
			width = strlen(commands[i].name);
	fputs(_("\nCommands:\n"), stdout);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		printf("  %-*s  %s\n", (int)width, commands[i].name, _(commands[i].summary));
	fputs(_("\nOptions:\n"), stdout);
	for (i = 0; i < sizeof(option_docs) / sizeof(option_docs[0]); i++)
		print_option(&option_docs[i]);
	printf(_("\nRun '%s COMMAND --help' for the options each command takes.\n"), PACKAGE);
	fputs(_("Options may follow the FILEs; '--' ends them.  A DIR stands for every\n"
		".html and .md document below it, in sorted order.\n"), stdout);
	fputs(_("\nExit status: 0 if all is well, 1 for errors in the data (or warnings\n"
		"with --werror), 2 for a usage error.\n"), stdout);
	fputs(_("\nExamples:\n"), stdout);
	printf("  %s generate --output-dir out\n", PACKAGE);
	printf("  %s check --data data --po-dir po\n", PACKAGE);
	printf(_("\nDefault data directory: %s\n"), PKGDATADIR);
}

/* 'statusgen COMMAND --help': what the command does, and its options. */
static void print_command_help(const struct command_doc *cmd)
{
	size_t i;

	printf(_("Usage: %s %s [OPTION]...%s\n"), PACKAGE, cmd->name, cmd->args);
	printf("%s\n", _(cmd->summary));
	fputs(_("\nOptions:\n"), stdout);
	for (i = 0; i < sizeof(option_docs) / sizeof(option_docs[0]); i++) {
		int id = option_docs[i].id;

		if (takes_option(cmd, id))
			print_option(&option_docs[i]);
	}
	fputs(_("\nExample:\n"), stdout);
	printf("  %s %s %s\n", PACKAGE, cmd->name, cmd->example);
}

static void print_version(void)
{
	printf("%s\n", PACKAGE_STRING);
	fputs(_("Copyright (C) 2026 the statusgen authors.\n"
		"License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"
		"The files statusgen generates are your data and carry no license of ours.\n"),
	      stdout);
}

/* ---- commands -------------------------------------------------------- */

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* With --time, print that stage took ms milliseconds. */
static void print_stage(const struct options *opt, const char *stage, double ms)
{
	if (opt->time)
		fprintf(stderr, "%s: time: %-10s %8.2f ms\n", PACKAGE, stage, ms);
}

/* With --time, print how long the stage that began at *start took, and
 * start the next one. */
static void stage_done(const struct options *opt, const char *stage, double *start)
{
	double t = now_ms();

	print_stage(opt, stage, t - *start);
	*start = t;
}

/* Add the time since *start to *total, and start again. */
static void add_time(double *total, double *start)
{
	double t = now_ms();

	*total += t - *start;
	*start = t;
}

/* Read and merge the data directory, and the catalogs of the po
 * directory when with_catalogs.  Return 0, or -1 on errors. */
static int load_dataset(struct dataset *ds, const struct options *opt,
			bool with_catalogs, struct diag *diag)
{
	double start = now_ms();
	int ret;

	ds->allow_unregistered = opt->allow_unregistered;
	ds->today = opt->today;
	ds->input = opt->input;
	ret = dataset_load(ds, opt->data_dir, diag);
	if (with_catalogs && opt->po_dir && dataset_load_catalogs(ds, opt->po_dir, diag) < 0)
		ret = -1;
	stage_done(opt, "read", &start);

	if (dataset_merge(ds, diag) < 0)
		ret = -1;
	stage_done(opt, "merge", &start);
	return ret;
}

static int finish(const struct diag *diag, int ret)
{
	return ret < 0 || diag_failed(diag) ? EXIT_DATA : EXIT_OK;
}

static int cmd_check(const struct options *opt, struct diag *diag)
{
	struct dataset ds;
	int ret;

	dataset_init(&ds);
	ret = load_dataset(&ds, opt, true, diag);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* The locales to embed in the C tables: --locales "LL,LL", "all" (every
 * locale of the dataset, the default) or "none".  A NULL-terminated array
 * of names, into buf; NULL after reporting an unknown locale. */
static const char **c_locales(const struct dataset *ds, const char *spec,
			      struct strbuf *buf, struct diag *diag)
{
	const char **list;
	size_t n = 0, i;
	char *p;

	if (!spec || !strcmp(spec, "all")) {
		list = xcalloc(ds->nr_locales + 1, sizeof(*list));
		for (i = 0; i < ds->nr_locales; i++)
			list[i] = ds->locales[i];
		return list;
	}
	strbuf_reset(buf);
	if (strcmp(spec, "none"))
		strbuf_addstr(buf, spec);
	list = xcalloc(buf->len / 2 + 2, sizeof(*list));
	for (p = buf->buf; p && *p; ) {
		char *comma = strchr(p, ',');

		if (comma)
			*comma = '\0';
		if (dataset_locale_index(ds, p) < 0) {
			diag_error(diag, NULL, 0, _("no translations for locale '%s'"), p);
			free(list);
			return NULL;
		}
		/* A locale named twice is embedded once. */
		for (i = 0; i < n && strcmp(list[i], p); i++)
			continue;
		if (i == n)
			list[n++] = p;
		p = comma ? comma + 1 : NULL;
	}
	return list;
}

/* Open, write and leave in the set the C pair. */
static int write_c_pair(struct output_set *outs, const struct dataset *ds,
			const struct options *opt, const char *header, const char *source,
			struct diag *diag)
{
	struct c_table_options copt;
	struct strbuf buf = STRBUF_INIT;
	const char *slash = strrchr(header, '/');
	const char **locales = c_locales(ds, opt->locales, &buf, diag);
	FILE *h, *c;
	int ret = -1;

	if (!locales)
		goto out;
	copt.prefix = opt->prefix ? opt->prefix : "http_status";
	copt.header_name = slash ? slash + 1 : header;
	copt.locales = locales;
	h = output_set_open(outs, header, diag);
	if (!h)
		goto out;
	if (emit_c_header(ds, &copt, h) < 0)
		output_set_failed(outs, h, errno);
	c = output_set_open(outs, source, diag);
	if (!c)
		goto out;
	if (emit_c_source(ds, &copt, c) < 0)
		output_set_failed(outs, c, errno);
	ret = 0;
out:
	free(locales);
	strbuf_release(&buf);
	return ret;
}

/* Write the catalog of ds for locale (NULL: the template) to f, a stream
 * of outs.  Return 0, or -1 after reporting; a failed write is the set's
 * to report. */
static int write_po(struct output_set *outs, FILE *f, const struct dataset *ds,
		    const char *locale, const char *date, struct diag *diag)
{
	struct strbuf po = STRBUF_INIT;
	int ret = emit_po(ds, locale, date, &po, diag);

	if (ret == 0 && fwrite(po.buf, 1, po.len, f) != po.len)
		output_set_failed(outs, f, errno);
	strbuf_release(&po);
	return ret;
}

/* Write every artifact of ds into dir, atomically.  Return 0, or -1
 * after reporting. */
static int write_artifacts(const struct dataset *ds, const struct options *opt,
			   const char *dir, struct diag *diag)
{
	struct output_set outs;
	char *path = xasprintf("%s/http-status.json", dir);
	char *pot = xasprintf("%s/http-status.pot", dir);
	char *header = xasprintf("%s/http_status.h", dir);
	char *source = xasprintf("%s/http_status.c", dir);
	double start = now_ms();
	FILE *f;
	size_t i;
	int ret = 0;

	output_set_init(&outs);
	f = output_set_open(&outs, path, diag);
	if (!f)
		ret = -1;
	else if (emit_json(ds, f) < 0)
		output_set_failed(&outs, f, errno);
	stage_done(opt, "json", &start);
	f = ret == 0 ? output_set_open(&outs, pot, diag) : NULL;
	if (!f)
		ret = -1;
	else if (write_po(&outs, f, ds, NULL, opt->timestamp, diag) < 0)
		ret = -1;
	output_set_same_unless(&outs, "\"POT-Creation-Date: ");
	stage_done(opt, "pot", &start);
	if (ret == 0)
		ret = write_c_pair(&outs, ds, opt, header, source, diag);
	stage_done(opt, "c", &start);
	for (i = 0; ret == 0 && i <= ds->nr_locales; i++) {
		const char *locale = i ? ds->locales[i - 1] : "en";
		char *page = xasprintf("%s/http-status.%s.md", dir, locale);

		f = output_set_open(&outs, page, diag);
		if (!f)
			ret = -1;
		else if (emit_markdown(ds, locale, MARKDOWN_SECTIONS, f) < 0)
			output_set_failed(&outs, f, errno);
		free(page);
	}
	stage_done(opt, "markdown", &start);
	if (ret == 0)
		ret = output_set_commit(&outs, diag);
	stage_done(opt, "commit", &start);
	output_set_abort(&outs);
	free(path);
	free(pot);
	free(header);
	free(source);
	return ret;
}

/* Write one output with to_stream (json), or else a catalog (the
 * template when locale is NULL). */
static int write_one(const char *path, struct diag *diag,
		     int (*to_stream)(const struct dataset *, FILE *),
		     const struct dataset *ds, const char *locale, const char *timestamp)
{
	struct output_set outs;
	FILE *f;
	int ret = 0;

	output_set_init(&outs);
	f = output_set_open(&outs, path, diag);
	if (!f) {
		ret = -1;
	} else if (to_stream) {
		if (to_stream(ds, f) < 0)
			output_set_failed(&outs, f, errno);
	} else {
		/* A catalog is translators' work from the moment it exists:
		 * flushed to the disk, and never put over another. */
		if (locale) {
			output_set_durable(&outs);
			output_set_no_replace(&outs);
		} else {
			output_set_same_unless(&outs, "\"POT-Creation-Date: ");
		}
		ret = write_po(&outs, f, ds, locale, timestamp, diag);
	}
	if (ret == 0)
		ret = output_set_commit(&outs, diag);
	output_set_abort(&outs);
	return ret;
}

static int cmd_json(const struct options *opt, struct diag *diag)
{
	struct dataset ds;
	double start;
	int ret;

	dataset_init(&ds);
	ret = load_dataset(&ds, opt, true, diag);
	start = now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output ? opt->output : "-", diag, emit_json, &ds, NULL, NULL);
	stage_done(opt, "write", &start);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* A reference page: statusgen markdown --locale LL [--style ...]. */
static int cmd_markdown(const struct options *opt, struct diag *diag)
{
	struct output_set outs;
	struct dataset ds;
	double start;
	FILE *f;
	int ret;

	if (!opt->locale)
		return usage_error("%s", _("markdown needs --locale=LL"));
	dataset_init(&ds);
	output_set_init(&outs);
	ret = load_dataset(&ds, opt, true, diag);
	if (ret == 0 && strcmp(opt->locale, "en") && dataset_locale_index(&ds, opt->locale) < 0) {
		diag_error(diag, NULL, 0, _("no translations for locale '%s'"), opt->locale);
		ret = -1;
	}
	start = now_ms();
	if (ret == 0 && !diag_failed(diag)) {
		f = output_set_open(&outs, opt->output ? opt->output : "-", diag);
		if (!f)
			ret = -1;
		else if (emit_markdown(&ds, opt->locale, (enum markdown_style)opt->style, f) < 0)
			output_set_failed(&outs, f, errno);
		if (ret == 0)
			ret = output_set_commit(&outs, diag);
	}
	stage_done(opt, "write", &start);
	output_set_abort(&outs);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* Do paths a and b name one file: the same name, or one file that
 * exists (through a link, say)? */
static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (!strcmp(a, b))
		return true;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* The C pair: statusgen c --header FILE --source FILE. */
static int cmd_c(const struct options *opt, struct diag *diag)
{
	struct output_set outs;
	struct dataset ds;
	const char *slash;
	double start;
	int ret;

	if (!opt->header || !opt->source)
		return usage_error("%s", _("c needs --header=FILE and --source=FILE"));
	if (same_file(opt->header, opt->source))
		return usage_error(_("--header and --source name the same file '%s'"), opt->source);
	slash = strrchr(opt->header, '/');
	if (!c_header_name_ok(slash ? slash + 1 : opt->header))
		return usage_error(_("--header '%s': the source cannot #include a file of that name (printable ASCII, no quote, backslash, apostrophe or '?\?')"),
				   opt->header);
	dataset_init(&ds);
	output_set_init(&outs);
	ret = load_dataset(&ds, opt, true, diag);
	start = now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_c_pair(&outs, &ds, opt, opt->header, opt->source, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = output_set_commit(&outs, diag);
	stage_done(opt, "write", &start);
	output_set_abort(&outs);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* The template: the English of the data directory, no translations. */
static int cmd_pot(const struct options *opt, struct diag *diag)
{
	struct dataset ds;
	double start;
	int ret;

	dataset_init(&ds);
	ret = load_dataset(&ds, opt, false, diag);
	start = now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output ? opt->output : "-", diag, NULL, &ds, NULL,
				opt->timestamp);
	stage_done(opt, "write", &start);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* A catalog for one language, its translations taken from the source
 * documents (and the po directory's catalog, if there is one): how a
 * new language starts.  Like msginit, it never replaces a catalog: one
 * that exists may hold translators' work (comments, fuzzy drafts,
 * previous msgids, obsolete entries, header fields), which msgmerge
 * keeps and a new catalog would not. */
static int cmd_po(const struct options *opt, struct diag *diag)
{
	struct dataset ds;
	double start;
	int ret;

	if (!opt->locale)
		return usage_error("%s", _("po needs --locale=LL"));
	if (!opt->output)
		return usage_error("%s", _("po needs -o FILE"));
	if (!dataset_is_catalog_locale(opt->locale))
		return usage_error("%s", dataset_source_locale_reason());
	if (output_replaces(opt->output)) {
		diag_error(diag, NULL, 0,
			   _("'%s' exists and po only starts new catalogs; to merge new English "
			     "into it, keeping the translators' work, run 'make update-po' "
			     "(msgmerge --previous)"), opt->output);
		return EXIT_DATA;
	}
	dataset_init(&ds);
	ret = load_dataset(&ds, opt, true, diag);
	start = now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output, diag, NULL, &ds, opt->locale, opt->timestamp);
	stage_done(opt, "write", &start);
	dataset_release(&ds);
	return finish(diag, ret);
}

static int make_dir(const char *dir, struct diag *diag)
{
	struct stat st;

	if (mkdir(dir, 0777) == 0 || (errno == EEXIST && stat(dir, &st) == 0 &&
				       S_ISDIR(st.st_mode)))
		return 0;
	diag_error(diag, NULL, 0, _("cannot create directory '%s': %s"), dir,
		   strerror(errno == EEXIST ? ENOTDIR : errno));
	return -1;
}

static int cmd_generate(const struct options *opt, struct diag *diag)
{
	struct dataset ds;
	int ret;

	if (!opt->output_dir)
		return usage_error("%s", _("generate needs --output-dir=DIR"));
	dataset_init(&ds);
	ret = load_dataset(&ds, opt, true, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = make_dir(opt->output_dir, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = write_artifacts(&ds, opt, opt->output_dir, diag);
	dataset_release(&ds);
	return finish(diag, ret);
}

/* A document to read: a FILE argument, or one found below a directory. */
struct document {
	char *path;
	enum source_format format;
};

static void free_documents(struct document *docs, size_t n)
{
	while (n > 0)
		free(docs[--n].path);
	free(docs);
}

/* The documents the FILE arguments name: each file, read in --format or
 * the format its name says, and every .html or .md below each directory,
 * in sorted order, read by its name.  *docs gets them (free with
 * free_documents()); return their number, and set *ret to -1 after
 * reporting a directory that could not be read or holds no document. */
static size_t list_documents(const struct options *opt, struct document **docs,
			     int *ret, struct diag *diag)
{
	size_t n = 0, alloc = 0;
	int i;

	*docs = NULL;
	for (i = 0; i < opt->nr_files; i++) {
		const char *arg = opt->files[i];
		struct stat st;
		char **found;
		long nr_found, k;

		if (stat(arg, &st) < 0 || !S_ISDIR(st.st_mode)) {
			XGROW(*docs, alloc, n + 1);
			(*docs)[n].path = xstrdup(arg);
			(*docs)[n++].format = (enum source_format)(opt->format >= 0 ? opt->format :
								   source_format_of(arg));
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

struct extract_ctx {
	struct records_json *writer;
	struct source_meta *meta;
	const char *locale;
	struct diag *diag;
	unsigned first_line[600];       /* per code, in the current document */
	unsigned long duplicates;
};

static int extract_record(const struct source_record *rec, void *arg)
{
	struct extract_ctx *ctx = arg;
	bool duplicate = ctx->first_line[rec->code] != 0;

	if (duplicate && ++ctx->duplicates <= DUPLICATE_WARNINGS_SHOWN)
		diag_warning(ctx->diag, rec->path, rec->line,
			     _("duplicate code %d (first at line %u)"), rec->code,
			     ctx->first_line[rec->code]);
	if (!duplicate)
		ctx->first_line[rec->code] = rec->line;
	records_json_write(ctx->writer, rec,
			   ctx->locale ? ctx->locale : ctx->meta->lang, duplicate);
	return 0;
}

static int cmd_extract(const struct options *opt, struct diag *diag)
{
	struct input_options input = opt->input;
	struct records_json writer;
	struct registry hints;
	struct extract_ctx ctx;
	struct document *docs;
	double start = now_ms();
	size_t nr_docs, i;
	int ret = 0;

	if (opt->nr_files == 0)
		return usage_error("%s", _("extract needs at least one FILE"));
	/* The built-in registry's phrases tell the readers which cells are
	 * English names; extract checks nothing against it. */
	registry_init(&hints);
	if (registry_read_builtin(&hints, diag) == 0)
		input.registry = &hints;
	nr_docs = list_documents(opt, &docs, &ret, diag);
	memset(&ctx, 0, sizeof(ctx));
	ctx.writer = &writer;
	ctx.locale = opt->locale;
	ctx.diag = diag;
	records_json_begin(&writer, stdout);
	for (i = 0; i < nr_docs; i++) {
		struct source_meta meta = { NULL, NULL };

		ctx.meta = &meta;
		memset(ctx.first_line, 0, sizeof(ctx.first_line));
		if (source_read(docs[i].path, docs[i].format, &input, &meta, diag,
				extract_record, &ctx) < 0)
			ret = -1;
		source_meta_release(&meta);
	}
	if (ctx.duplicates > DUPLICATE_WARNINGS_SHOWN)
		diag_warning(diag, NULL, 0,
			     ngettext("%lu more duplicate code not shown",
				      "%lu more duplicate codes not shown",
				      ctx.duplicates - DUPLICATE_WARNINGS_SHOWN),
			     ctx.duplicates - DUPLICATE_WARNINGS_SHOWN);
	if (records_json_end(&writer) < 0) {
		diag_error(diag, NULL, 0, _("write error: %s"), strerror(errno));
		ret = -1;
	}
	free_documents(docs, nr_docs);
	registry_release(&hints);
	stage_done(opt, "read", &start);
	return finish(diag, ret);
}

/* The registry lint checks against: the data directory's with --data,
 * else the one built into the program.  Return 0, or -1 after reporting. */
static int load_lint_registry(struct dataset *ds, const struct options *opt,
			      struct diag *diag)
{
	char *path;
	struct stat st;
	int ret;

	if (!opt->data_given)
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

/* Check documents against the registry, each on its own: unknown and
 * unused codes, former and misspelled names, codes under the wrong class,
 * duplicates.  With --werror, any finding (notes too) fails. */
static int cmd_lint(const struct options *opt, struct diag *diag)
{
	unsigned before = diag->count[DIAG_NOTE] + diag->count[DIAG_WARNING];
	double start = now_ms(), t_registry = 0, t_read = 0, t_check = 0;
	struct document *docs;
	struct dataset ds;
	size_t nr_docs, i;
	int ret = 0;

	if (opt->nr_files == 0)
		return usage_error("%s", _("lint needs at least one FILE"));
	dataset_init(&ds);
	ds.lint = true;
	ds.input = opt->input;
	if (load_lint_registry(&ds, opt, diag) < 0) {
		dataset_release(&ds);
		return EXIT_DATA;
	}
	add_time(&t_registry, &start);
	nr_docs = list_documents(opt, &docs, &ret, diag);
	add_time(&t_read, &start);
	for (i = 0; i < nr_docs; i++) {
		/* The reader's findings and the checks' come in two passes;
		 * they are printed together, in the order of their lines. */
		diag_hold(diag);
		if (dataset_add_file(&ds, docs[i].path, docs[i].path, opt->locale,
				     docs[i].format, diag) < 0)
			ret = -1;
		add_time(&t_read, &start);
		if (dataset_merge(&ds, diag) < 0)
			ret = -1;
		diag_flush(diag);
		dataset_clear_documents(&ds);
		add_time(&t_check, &start);
	}
	dataset_release(&ds);
	free_documents(docs, nr_docs);
	print_stage(opt, "registry", t_registry);
	print_stage(opt, "read", t_read);
	print_stage(opt, "check", t_check);
	if (opt->werror && diag->count[DIAG_NOTE] + diag->count[DIAG_WARNING] > before)
		return EXIT_DATA;
	return finish(diag, ret);
}

/* A new copy of the IANA registry, checked and compared with the data
 * directory's before it replaces it (make update-registry). */
static int cmd_update_registry(const struct options *opt, struct diag *diag)
{
	if (opt->nr_files != 1)
		return usage_error("%s", _("update-registry needs one FILE"));
	return finish(diag, registry_update(opt->data_dir, opt->files[0], &opt->input,
					    stdout, diag));
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

/* Only the commands that merge the data use a date (for expiry, and the
 * catalogs' POT-Creation-Date): the others never read SOURCE_DATE_EPOCH. */
static bool uses_date(const struct command_doc *command)
{
	return command->run != cmd_extract && command->run != cmd_lint;
}

/* ---- main ------------------------------------------------------------ */

static int parse_format(const char *arg)
{
	if (!strcmp(arg, "html"))
		return SOURCE_HTML;
	if (!strcmp(arg, "markdown") || !strcmp(arg, "md"))
		return SOURCE_MARKDOWN;
	return -1;
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
	struct options opt = { .data_dir = PKGDATADIR, .format = -1,
			       .input = INPUT_OPTIONS_INIT };
	struct stat st;
	struct diag diag;
	const struct command_doc *command;
	int c, i, date, status;

	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		print_help();
		return EXIT_OK;
	}
	if (argc >= 2 && (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))) {
		print_version();
		return EXIT_OK;
	}
	if (argc < 2 || argv[1][0] == '-') {
		if (argc < 2)
			fprintf(stderr, _("%s: missing command\n"), PACKAGE);
		else
			fprintf(stderr, _("%s: unknown option '%s'\n"), PACKAGE, argv[1]);
		usage_hint();
		return EXIT_USAGE;
	}
	command = find_command(argv[1]);
	if (!command)
		return usage_error(_("unknown command '%s'"), argv[1]);
	argc--;
	argv++;
	opterr = 0;
	for (;;) {
		int arg_at = optind;

		/* Options may follow the FILEs, as in GNU programs; "--"
		 * ends them. */
		c = getopt_long(argc, argv, ":o:hvV", long_options, NULL);
		if (c == -1)
			break;
		if (c == 'h') {
			print_command_help(command);
			return EXIT_OK;
		}
		if (c == 'V') {
			print_version();
			return EXIT_OK;
		}
		/* An option of another command is named as such, even when its
		 * argument is missing too (getopt leaves that option in optopt). */
		if (c == ':' && optopt > 0 && !takes_option(command, optopt))
			c = optopt;
		if (c == ':')
			return usage_error(_("option '%s' requires an argument"), argv[arg_at]);
		if (c == OPT_TIME || c == 'v') {
			opt.time = true;
			continue;
		}
		if (c == OPT_LOSSY) {
			opt.input.lossy = true;
			continue;
		}
		if (c == OPT_MAX_INPUT_SIZE) {
			if (text_parse_size(optarg, &opt.input.max_size) < 0)
				return usage_error(_("invalid --max-input-size '%s' (use a number of bytes, or one with K, M or G)"),
						   optarg);
			continue;
		}
		if (c == '?')
			return usage_error(_("unrecognized option '%s'"), argv[arg_at]);
		if (!takes_option(command, c))
			return usage_error(_("option '%s' does not apply to '%s'"),
					   argv[arg_at], command->name);
		switch (c) {
		case OPT_DATA:
			opt.data_dir = optarg;
			opt.data_given = true;
			break;
		case OPT_WERROR:
			opt.werror = true;
			break;
		case OPT_ALLOW_UNREGISTERED:
			opt.allow_unregistered = true;
			break;
		case OPT_PO_DIR:
			opt.po_dir = optarg;
			break;
		case OPT_PREFIX:
			if (!c_identifier_ok(optarg))
				return usage_error(_("prefix '%s' is not a C identifier"), optarg);
			opt.prefix = optarg;
			break;
		case OPT_LOCALES:
			opt.locales = optarg;
			break;
		case OPT_HEADER:
			opt.header = optarg;
			break;
		case OPT_SOURCE:
			opt.source = optarg;
			break;
		case OPT_STYLE:
			if (!strcmp(optarg, "sections"))
				opt.style = MARKDOWN_SECTIONS;
			else if (!strcmp(optarg, "table"))
				opt.style = MARKDOWN_TABLE;
			else
				return usage_error(_("unknown style '%s' (use 'sections' or 'table')"),
						   optarg);
			break;
		case 'o':
			opt.output = optarg;
			break;
		case OPT_OUTPUT_DIR:
			opt.output_dir = optarg;
			break;
		case OPT_LOCALE:
			if (!text_is_locale_name(optarg))
				return usage_error(_("'%s' is not a locale name like 'zh_CN'"),
						   optarg);
			opt.locale = optarg;
			break;
		case OPT_FORMAT:
			opt.format = parse_format(optarg);
			if (opt.format < 0)
				return usage_error(_("unknown format '%s' (use 'html' or 'markdown')"),
						   optarg);
			break;
		}
	}
	/* The installed catalogs are the default, when there are any. */
	if (!opt.po_dir && stat(PKGDATADIR "/po/LINGUAS", &st) == 0)
		opt.po_dir = PKGDATADIR "/po";
	date = uses_date(command) ? current_date(opt.today, opt.timestamp) : 0;
	if (date == -2)
		return usage_error("%s", _("SOURCE_DATE_EPOCH is after 9999-12-31, the last date statusgen can write"));
	if (date < 0)
		return usage_error("%s", _("SOURCE_DATE_EPOCH is not a number of seconds"));
	diag_init(&diag, stderr);
	diag.werror = opt.werror;
	/* A document can repeat one finding a million times. */
	diag.kind_limit = DIAG_KIND_SHOWN;
	opt.files = argv + optind;
	opt.nr_files = argc - optind;
	/* Only the commands whose usage names arguments (FILE...) take any. */
	if (!*command->args && opt.nr_files > 0)
		return usage_error(_("unexpected argument '%s'"), opt.files[0]);
	for (i = 0; i < opt.nr_files; i++)
		if (opt.format < 0 && takes_option(command, OPT_FORMAT) &&
		    source_format_of(opt.files[i]) < 0 &&
		    !(stat(opt.files[i], &st) == 0 && S_ISDIR(st.st_mode)))
			return usage_error(_("cannot tell the format of '%s'; use --format"),
					   opt.files[i]);
	diag.show_notes = command->show_notes;
	status = command->run(&opt, &diag);
	diag_report_hidden(&diag);
	return status;
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
