/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen lint: documents checked against the IANA registry, each on
 * its own, with nothing merged. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "cli/documents.h"
#include "output.h"
#include "lint/lint.h"
#include "parse/languages.h"
#include "util/xalloc.h"

/* --fix[=RULE,...] */
struct fix_option {
	bool given;
	struct rule_set rules;
};

/* --fail-on=SEVERITY */
struct fail_on_option {
	bool given;
	enum diag_severity severity;
};

struct lint_options {
	struct cli cli;
	const char *data_dir;       /* NULL: the registry built into statusgen */
	const char *locale;
	const char *po_dir;
	struct document_format format;
	int output_format;          /* enum lint_format */
	const char *output;         /* -o; NULL: standard output (gcc: error) */
	struct rule_set disabled;   /* --disable, less --enable */
	struct fix_option fix;
	struct fail_on_option fail_on;
	bool list_rules;
};

static int parse_output_format(void *value, const char *arg)
{
	int format = lint_format_of(arg);

	if (format < 0)
		return cli_usage_error(_("unknown output format '%s' (use 'gcc', 'json', 'sarif' or 'github')"),
				       arg);
	*(int *)value = format;
	return 0;
}

/* A list of rules into set (on: added, else removed). */
static int parse_rules(struct rule_set *set, const char *list, bool on, const char *option)
{
	char *bad;

	if (rule_set_parse(set, list, on, &bad) == 0)
		return 0;
	cli_usage_error(_("%s: no rule is called '%s' ('statusgen lint --list-rules' lists them)"),
			option, bad);
	free(bad);
	return EXIT_USAGE;
}

static int parse_disable(void *value, const char *arg)
{
	return parse_rules(value, arg, true, "--disable");
}

static int parse_enable(void *value, const char *arg)
{
	return parse_rules(value, arg, false, "--enable");
}

/* --fix alone: the rules whose fixes are safe; --fix=RULE,...: those
 * (each must have fixes; "all": every rule that has). */
static int parse_fix(void *value, const char *arg)
{
	struct fix_option *fix = value;
	struct rule_set named;
	int r, status;

	fix->given = true;
	memset(&fix->rules, 0, sizeof(fix->rules));
	memset(&named, 0, sizeof(named));
	if (arg) {
		status = parse_rules(&named, arg, true, "--fix");
		if (status)
			return status;
	}
	for (r = 1; r < NR_RULES; r++) {
		enum rule_fix kind = rule_fix((enum rule)r);

		if (!arg)
			fix->rules.has[r] = kind == RULE_FIX;
		else if (named.has[r] && kind != RULE_NO_FIX)
			fix->rules.has[r] = true;
		else if (named.has[r] && strcmp(arg, "all"))
			return cli_usage_error(_("--fix: rule '%s' has no fixes"),
					       rule_name((enum rule)r));
	}
	return 0;
}

static int parse_fail_on(void *value, const char *arg)
{
	struct fail_on_option *fail_on = value;

	if (!strcmp(arg, "error"))
		fail_on->severity = DIAG_ERROR;
	else if (!strcmp(arg, "warning"))
		fail_on->severity = DIAG_WARNING;
	else if (!strcmp(arg, "note"))
		fail_on->severity = DIAG_NOTE;
	else
		return cli_usage_error(_("unknown severity '%s' for --fail-on (use 'error', 'warning' or 'note')"),
				       arg);
	fail_on->given = true;
	return 0;
}

static const struct cli_option lint_options[] = {
	CLI_OPT_DATA(struct lint_options, data_dir),
	CLI_OPT_WERROR(struct lint_options),
	{ "output", 'o', "FILE", N_("write the report to FILE instead of standard output\n"
				    "(gcc: standard error)"),
	  offsetof(struct lint_options, output), NULL },
	CLI_OPT_LOCALE(struct lint_options, locale),
	CLI_OPT_PO_DIR(struct lint_options, po_dir),
	DOCUMENTS_OPT_FORMAT(struct lint_options, format),
	CLI_CALLBACK("output-format", "FORMAT", struct lint_options, output_format,
		     parse_output_format,
		     N_("report findings as 'gcc' (the default: path:line:\n"
			"severity: message [rule]), 'json', 'sarif' (SARIF\n"
			"2.1.0) or 'github' (GitHub Actions annotations)")),
	CLI_CALLBACK("disable", "RULE,...", struct lint_options, disabled, parse_disable,
		     N_("leave out findings of these rules ('all': every\n"
			"rule)")),
	CLI_CALLBACK("enable", "RULE,...", struct lint_options, disabled, parse_enable,
		     N_("report these rules again after --disable")),
	CLI_CALLBACK("fix", "[RULE,...]", struct lint_options, fix, parse_fix,
		     N_("apply the fixes findings carry, in place; without\n"
			"RULEs those of misspelled-phrase and case-only,\n"
			"former names only with --fix=former-name")),
	CLI_CALLBACK("fail-on", "SEVERITY", struct lint_options, fail_on, parse_fail_on,
		     N_("exit with status 1 for findings of SEVERITY\n"
			"('error', 'warning' or 'note') or worse\n"
			"(default: error; --werror: note)")),
	CLI_FLAG("list-rules", struct lint_options, list_rules,
		 N_("list the rules, their severity, whether --fix\n"
		    "fixes them, and what they find, and exit")),
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

/* Where the report goes: -o FILE (in set, with the fixed documents),
 * else standard output, or for gcc lines standard error.  NULL after
 * reporting. */
static FILE *open_report(const struct lint_options *opt, struct output_set *set,
			 struct diag *diag)
{
	if (opt->output)
		return output_set_open(set, opt->output, diag);
	return opt->output_format == LINT_GCC ? diag->out : stdout;
}

/* The exit status: 1 for an error of the program's own, a write that
 * failed, or a finding of the --fail-on severity or worse. */
static int lint_status(const struct lint_options *opt, const struct lint *lint,
		       const struct diag *diag, int ret)
{
	enum diag_severity fail_on = opt->fail_on.given ? opt->fail_on.severity : DIAG_ERROR;
	int s;

	if (opt->cli.werror)
		fail_on = DIAG_NOTE;
	if (ret < 0 || diag->plain_errors || ferror(diag->out))
		return EXIT_DATA;
	for (s = fail_on; s <= DIAG_ERROR; s++)
		if (lint->summary.count[s])
			return EXIT_DATA;
	return EXIT_OK;
}

/* Write the report out: commit -o FILE and the fixed documents together,
 * only once every line about them (the report on standard output, what
 * --fix printed) was written.  Return 0, or -1 after reporting. */
static int write_out(const struct lint_options *opt, struct output_set *set, FILE *report,
		     struct diag *diag)
{
	if (!opt->output && report == stdout && (fflush(stdout) != 0 || ferror(stdout))) {
		diag_error(diag, NULL, 0, _("write error on standard output"));
		output_set_abort(set);
		return -1;
	}
	if (fflush(diag->out) != 0 || ferror(diag->out)) {
		output_set_abort(set);
		return -1;
	}
	return output_set_commit(set, diag);
}

/* Read the FILE arguments, check each (src/lint/), and report. */
static int lint_files(const struct lint_options *opt, struct lint *lint, FILE *report,
		      struct diag *diag)
{
	double start = cli_now_ms(), t_read = 0;
	struct document *docs;
	size_t nr_docs, i;
	int ret = 0;

	nr_docs = list_documents(opt->cli.files, opt->cli.nr_files, &opt->format, &docs, &ret, diag);
	cli_add_time(&t_read, &start);
	lint->report = lint_report_new((enum lint_format)opt->output_format, report);
	for (i = 0; i < nr_docs; i++)
		if (lint_document(lint, docs[i].path, docs[i].format, diag) < 0)
			ret = -1;
	if (ret < 0 || diag->plain_errors)
		lint->summary.complete = false;
	lint_report_finish(lint->report, &lint->summary);
	lint_report_free(lint->report);
	lint->report = NULL;
	free_documents(docs, nr_docs);
	cli_print_stage(&opt->cli, "read", t_read + lint->read_ms);
	cli_print_stage(&opt->cli, "check", lint->check_ms);
	return ret;
}

/* Check documents against the registry, each on its own (src/lint/). */
static int cmd_lint(void *opts, struct diag *diag)
{
	const struct lint_options *opt = opts;
	double start = cli_now_ms(), t_registry = 0;
	struct output_set set;
	struct dataset ds;
	struct lint lint;
	struct languages langs;
	FILE *report;
	int ret = 0, r;

	if (opt->list_rules) {
		rules_print();
		return EXIT_OK;
	}
	if (documents_usage(&opt->cli, &opt->format, _("lint needs at least one FILE")))
		return EXIT_USAGE;
	diag->show_rules = true;
	/* Every finding fixed is printed. */
	if (opt->fix.given)
		diag->kind_limit = 0;
	dataset_init(&ds);
	ds.input = opt->cli.input;
	if (load_lint_registry(&ds, opt, diag) < 0) {
		dataset_release(&ds);
		return EXIT_DATA;
	}
	cli_add_time(&t_registry, &start);
	cli_print_stage(&opt->cli, "registry", t_registry);
	output_set_init(&set);
	report = open_report(opt, &set, diag);
	if (!report) {
		output_set_abort(&set);
		dataset_release(&ds);
		return EXIT_DATA;
	}
	cli_load_languages(&langs, opt->po_dir);
	ds.input.languages = &langs;
	ds.input.locale = opt->locale;
	lint_init(&lint, &ds.registry, &ds.input, opt->locale);
	for (r = 1; r < NR_RULES; r++)
		lint.enabled.has[r] = !opt->disabled.has[r];
	if (opt->fix.given)
		lint.fix = opt->fix.rules;
	lint.outputs = &set;
	ret = lint_files(opt, &lint, report, diag);
	if (write_out(opt, &set, report, diag) < 0)
		ret = -1;
	ret = lint_status(opt, &lint, diag, ret);
	lint_release(&lint);
	dataset_release(&ds);
	languages_release(&langs);
	return ret;
}

const struct cli_command lint_command = {
	"lint", " FILE|DIR...", N_("check FILEs against the IANA registry (no merge)"),
	"--werror docs/status-codes.md", lint_options, sizeof(struct lint_options), cmd_lint,
	CLI_SHOW_NOTES, NULL
};
