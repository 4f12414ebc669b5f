/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands that write artifacts of the merged dataset: json, pot, po,
 * c, markdown, and generate, which writes every one of them.  They share
 * one skeleton, cmd_build(): read and merge the data directory, check what
 * the command needs of the result, open each output in one output_set
 * and write it, then commit the set, so that either every output
 * replaces its file or none does. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "emit/c_table.h"
#include "emit/json.h"
#include "emit/markdown.h"
#include "output.h"
#include "emit/po_write.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct build_options {
	struct cli cli;
	struct cli_load load;
	const char *output;             /* -o: json, pot, po, markdown; NULL: stdout */
	const char *output_dir;         /* generate */
	const char *locale;             /* po, markdown */
	enum markdown_style style;      /* markdown */
	const char *prefix;             /* c; NULL: http_status */
	const char *locales;            /* c: "LL,LL", "all" or "none"; NULL: all */
	unsigned fields;                /* c: C_FIELD_*; 0: all */
	const char *header;             /* c */
	const char *source;             /* c */
};

/* ---- writing one artifact --------------------------------------------- */

/* One run of a writing command. */
struct build {
	const struct build_options *opt;
	struct diag *diag;
	struct dataset ds;
	struct output_set outs;         /* every output of the run */
	double start;                   /* of the current --time stage */
};

/* Each writer opens its output in b->outs and writes it there.  It
 * returns 0, or -1 after reporting; a failed write is the set's to
 * report, at the commit. */

static int write_json(struct build *b, const char *path)
{
	FILE *f = output_set_open(&b->outs, path, b->diag);

	if (!f)
		return -1;
	if (emit_json(&b->ds, f) < 0)
		output_set_failed(&b->outs, f, errno);
	return 0;
}

/* The catalog of locale, or the template when locale is NULL. */
static int write_catalog(struct build *b, const char *path, const char *locale)
{
	struct strbuf po = STRBUF_INIT;
	FILE *f = output_set_open(&b->outs, path, b->diag);
	int ret;

	if (!f)
		return -1;
	if (locale) {
		/* A catalog is translators' work from the moment it exists:
		 * flushed to the disk, and never put over another. */
		output_set_durable(&b->outs);
		output_set_no_replace(&b->outs);
	} else {
		/* A template whose only change is its date is kept. */
		output_set_same_unless(&b->outs, "\"POT-Creation-Date: ");
	}
	ret = emit_po(&b->ds, locale, b->opt->cli.timestamp, &po, b->diag);
	if (ret == 0 && fwrite(po.buf, 1, po.len, f) != po.len)
		output_set_failed(&b->outs, f, errno);
	strbuf_release(&po);
	return ret;
}

static int write_page(struct build *b, const char *path, const char *locale,
		      enum markdown_style style)
{
	FILE *f = output_set_open(&b->outs, path, b->diag);

	if (!f)
		return -1;
	if (emit_markdown(&b->ds, locale, style, f) < 0)
		output_set_failed(&b->outs, f, errno);
	return 0;
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

/* The texts --fields names, each a bit of build_options.fields, in the
 * order of field_names. */
enum c_field {
	C_FIELD_REASON = 1,
	C_FIELD_CLASS = 2,
	C_FIELD_DESCRIPTION = 4,
	C_FIELD_REFERENCE = 8
};

static const char *const field_names[] = { "reason", "class", "description", "reference" };

/* The C pair: the header and the source that includes it. */
static int write_c_pair(struct build *b, const char *header, const char *source)
{
	struct c_table_options copt;
	struct strbuf buf = STRBUF_INIT;
	const char *slash = strrchr(header, '/');
	const char **locales = c_locales(&b->ds, b->opt->locales, &buf, b->diag);
	FILE *h, *c;
	int ret = -1;

	if (!locales)
		goto out;
	copt.prefix = b->opt->prefix ? b->opt->prefix : "http_status";
	copt.header_name = slash ? slash + 1 : header;
	copt.locales = locales;
	copt.descriptions = !b->opt->fields || (b->opt->fields & C_FIELD_DESCRIPTION);
	copt.references = !b->opt->fields || (b->opt->fields & C_FIELD_REFERENCE);
	h = output_set_open(&b->outs, header, b->diag);
	if (!h)
		goto out;
	if (emit_c_header(&b->ds, &copt, h) < 0)
		output_set_failed(&b->outs, h, errno);
	c = output_set_open(&b->outs, source, b->diag);
	if (!c)
		goto out;
	if (emit_c_source(&b->ds, &copt, c) < 0)
		output_set_failed(&b->outs, c, errno);
	ret = 0;
out:
	free(locales);
	strbuf_release(&buf);
	return ret;
}

/* ---- the skeleton ------------------------------------------------------ */

/* What one writing command does in the skeleton (its cli_command.data). */
struct build_job {
	bool with_catalogs;             /* the po directory's catalogs too */
	/* Before anything is read: check the options.  -1 to go on, or
	 * the exit status after reporting.  NULL: nothing to check. */
	int (*usage)(const struct build_options *opt, struct diag *diag);
	/* After a merge without errors: check what the command needs of
	 * the dataset.  0, or -1 after reporting.  NULL: nothing to check. */
	int (*check)(struct build *b);
	/* Write the outputs into b->outs: see the writers above. */
	int (*write)(struct build *b);
	/* write() prints the --time stage of each kind of output, and
	 * "commit" follows; else the writing, commit included, is the
	 * stage "write", shown even when nothing was written. */
	bool own_stages;
};

/* The run function of every writing command. */
static int cmd_build(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	const struct build_job *job = opt->cli.command->data;
	struct build b;
	int ret = job->usage ? job->usage(opt, diag) : -1;

	if (ret >= 0)
		return ret;
	b.opt = opt;
	b.diag = diag;
	dataset_init(&b.ds);
	output_set_init(&b.outs);
	ret = cli_load_dataset(&b.ds, &opt->cli, &opt->load, job->with_catalogs, diag);
	if (ret == 0 && job->check)
		ret = job->check(&b);
	b.start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag)) {
		ret = job->write(&b);
		if (ret == 0)
			ret = output_set_commit(&b.outs, diag);
		if (job->own_stages)
			cli_stage_done(&opt->cli, "commit", &b.start);
	}
	if (!job->own_stages)
		cli_stage_done(&opt->cli, "write", &b.start);
	output_set_abort(&b.outs);
	dataset_release(&b.ds);
	return cli_finish(diag, ret);
}

/* A writing command, as main.c lists it. */
#define BUILD_COMMAND(name, summary, example, options, job) \
	{ (name), "", (summary), (example), (options), sizeof(struct build_options), \
	  cmd_build, CLI_USES_DATE, &(job) }

/* -o FILE, or standard output. */
static const char *output_path(const struct build_options *opt)
{
	return opt->output ? opt->output : "-";
}

#define BUILD_OPT_OUTPUT \
	{ "output", 'o', "FILE", N_("write to FILE instead of standard output"), \
	  offsetof(struct build_options, output), NULL }

/* ---- json -------------------------------------------------------------- */

static const struct cli_option json_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_END
};

static int write_json_output(struct build *b)
{
	return write_json(b, output_path(b->opt));
}

static const struct build_job json_job = { true, NULL, NULL, write_json_output, false };

const struct cli_command json_command =
	BUILD_COMMAND("json", N_("write the canonical dataset as JSON"),
		      "--data data -o http-status.json", json_options, json_job);

/* ---- pot: the template, the English of the data directory ------------- */

static const struct cli_option pot_options[] = {
	CLI_OPT_DATA(struct build_options, load.data_dir),
	CLI_OPT_WERROR(struct build_options),
	CLI_OPT_ALLOW_UNREGISTERED(struct build_options, load.allow_unregistered),
	BUILD_OPT_OUTPUT,
	CLI_END
};

static int write_template(struct build *b)
{
	return write_catalog(b, output_path(b->opt), NULL);
}

static const struct build_job pot_job = { false, NULL, NULL, write_template, false };

const struct cli_command pot_command =
	BUILD_COMMAND("pot", N_("write the gettext template (http-status.pot)"),
		      "--data data -o po/http-status.pot", pot_options, pot_job);

/* ---- po: a catalog for one language ------------------------------------ */

static const struct cli_option po_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_OPT_LOCALE(struct build_options, locale),
	CLI_END
};

/* A catalog for one language, its translations taken from the source
 * documents (and the po directory's catalog, if there is one): how a
 * new language starts.  Like msginit, it never replaces a catalog: one
 * that exists may hold translators' work (comments, fuzzy drafts,
 * previous msgids, obsolete entries, header fields), which msgmerge
 * keeps and a new catalog would not. */
static int po_usage(const struct build_options *opt, struct diag *diag)
{
	if (!opt->locale)
		return cli_usage_error("%s", _("po needs --locale=LL"));
	if (!opt->output)
		return cli_usage_error("%s", _("po needs -o FILE"));
	if (!dataset_is_catalog_locale(opt->locale))
		return cli_usage_error("%s", dataset_source_locale_reason());
	if (output_replaces(opt->output)) {
		diag_error(diag, NULL, 0,
			   _("'%s' exists and po only starts new catalogs; to merge new English "
			     "into it, keeping the translators' work, run 'make update-po' "
			     "(msgmerge --previous)"), opt->output);
		return EXIT_DATA;
	}
	return -1;
}

static int write_new_catalog(struct build *b)
{
	return write_catalog(b, b->opt->output, b->opt->locale);
}

static const struct build_job po_job = { true, po_usage, NULL, write_new_catalog, false };

const struct cli_command po_command =
	BUILD_COMMAND("po", N_("write a new catalog for --locale (how a language starts)"),
		      "--data data --locale de -o po/de.po", po_options, po_job);

/* ---- c: the C tables --------------------------------------------------- */

static int parse_prefix(void *value, const char *arg)
{
	if (!c_identifier_ok(arg))
		return cli_usage_error(_("prefix '%s' is not a C identifier"), arg);
	*(const char **)value = arg;
	return 0;
}

/* --fields LIST: the texts the C tables hold.  Reason phrases and class
 * names are what they are for: a list must name them. */
static int parse_fields(void *value, const char *arg)
{
	unsigned fields = 0;
	const char *p = arg;
	size_t i, n;

	for (;;) {
		n = strcspn(p, ",");
		for (i = 0; i < sizeof(field_names) / sizeof(field_names[0]); i++)
			if (strlen(field_names[i]) == n && !strncmp(p, field_names[i], n))
				break;
		if (i == sizeof(field_names) / sizeof(field_names[0]))
			return cli_usage_error(_("unknown field '%.*s' (use reason, class, description, reference)"),
					       (int)n, p);
		fields |= 1u << i;
		if (!p[n])
			break;
		p += n + 1;
	}
	if (!(fields & C_FIELD_REASON) || !(fields & C_FIELD_CLASS))
		return cli_usage_error("%s", _("--fields must name 'reason' and 'class': the C tables always hold them"));
	*(unsigned *)value = fields;
	return 0;
}

static const struct cli_option c_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	CLI_CALLBACK("prefix", "NAME", struct build_options, prefix, parse_prefix,
		     N_("prefix of every C symbol (default: http_status)")),
	CLI_STRING("locales", "LIST", struct build_options, locales,
		   N_("translations to embed in the C tables: LL,LL, all\n"
		      "(default) or none")),
	CLI_CALLBACK("fields", "LIST", struct build_options, fields, parse_fields,
		     N_("texts the C tables hold: reason,class and any of\n"
			"description, reference (default: all four)")),
	CLI_STRING("header", "FILE", struct build_options, header, N_("the C header to write")),
	CLI_STRING("source", "FILE", struct build_options, source, N_("the C source to write")),
	CLI_END
};

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

static int c_usage(const struct build_options *opt, struct diag *diag)
{
	const char *slash;

	(void)diag;
	if (!opt->header || !opt->source)
		return cli_usage_error("%s", _("c needs --header=FILE and --source=FILE"));
	if (same_file(opt->header, opt->source))
		return cli_usage_error(_("--header and --source name the same file '%s'"),
				       opt->source);
	slash = strrchr(opt->header, '/');
	if (!c_header_name_ok(slash ? slash + 1 : opt->header))
		return cli_usage_error(_("--header '%s': the source cannot #include a file of that name (printable ASCII, no quote, backslash, apostrophe or '?\?')"),
				       opt->header);
	return -1;
}

static int write_c_output(struct build *b)
{
	return write_c_pair(b, b->opt->header, b->opt->source);
}

static const struct build_job c_job = { true, c_usage, NULL, write_c_output, false };

const struct cli_command c_command =
	BUILD_COMMAND("c", N_("write the C tables (--header, --source)"),
		      "--header http_status.h --source http_status.c --locales zh_CN",
		      c_options, c_job);

/* ---- markdown: a reference page ---------------------------------------- */

static int parse_style(void *value, const char *arg)
{
	enum markdown_style *style = value;

	if (!strcmp(arg, "sections"))
		*style = MARKDOWN_SECTIONS;
	else if (!strcmp(arg, "table"))
		*style = MARKDOWN_TABLE;
	else
		return cli_usage_error(_("unknown style '%s' (use 'sections' or 'table')"), arg);
	return 0;
}

static const struct cli_option markdown_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_OPT_LOCALE(struct build_options, locale),
	CLI_CALLBACK("style", "STYLE", struct build_options, style, parse_style,
		     N_("page layout: 'sections' (default) or 'table'")),
	CLI_END
};

static int markdown_usage(const struct build_options *opt, struct diag *diag)
{
	(void)diag;
	if (!opt->locale)
		return cli_usage_error("%s", _("markdown needs --locale=LL"));
	return -1;
}

/* English, or a locale the dataset has translations for. */
static int check_page_locale(struct build *b)
{
	if (strcmp(b->opt->locale, "en") && dataset_locale_index(&b->ds, b->opt->locale) < 0) {
		diag_error(b->diag, NULL, 0, _("no translations for locale '%s'"), b->opt->locale);
		return -1;
	}
	return 0;
}

static int write_page_output(struct build *b)
{
	return write_page(b, output_path(b->opt), b->opt->locale, b->opt->style);
}

static const struct build_job markdown_job = {
	true, markdown_usage, check_page_locale, write_page_output, false
};

const struct cli_command markdown_command =
	BUILD_COMMAND("markdown", N_("write the reference page of --locale (en, or a catalog's)"),
		      "--locale zh_CN --style table -o http-status.zh_CN.md",
		      markdown_options, markdown_job);

/* ---- generate: every artifact into one directory ----------------------- */

static const struct cli_option generate_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	CLI_STRING("output-dir", "DIR", struct build_options, output_dir,
		   N_("write the artifacts into DIR")),
	CLI_END
};

static int generate_usage(const struct build_options *opt, struct diag *diag)
{
	(void)diag;
	if (!opt->output_dir)
		return cli_usage_error("%s", _("generate needs --output-dir=DIR"));
	return -1;
}

/* The output directory, made if it is not there; a run that will write
 * nothing (after errors, or warnings with --werror) makes none. */
static int make_output_dir(struct build *b)
{
	const char *dir = b->opt->output_dir;
	struct stat st;

	if (diag_failed(b->diag))
		return 0;
	if (mkdir(dir, 0777) == 0 || (errno == EEXIST && stat(dir, &st) == 0 &&
				       S_ISDIR(st.st_mode)))
		return 0;
	diag_error(b->diag, NULL, 0, _("cannot create directory '%s': %s"), dir,
		   strerror(errno == EEXIST ? ENOTDIR : errno));
	return -1;
}

/* Every artifact, into the output directory: the JSON, the template, the
 * C pair, and the page of English and of each locale. */
static int write_artifacts(struct build *b)
{
	const char *dir = b->opt->output_dir;
	const struct cli *cli = &b->opt->cli;
	char *json = xasprintf("%s/http-status.json", dir);
	char *pot = xasprintf("%s/http-status.pot", dir);
	char *header = xasprintf("%s/http_status.h", dir);
	char *source = xasprintf("%s/http_status.c", dir);
	size_t i;
	int ret;

	ret = write_json(b, json);
	cli_stage_done(cli, "json", &b->start);
	if (ret == 0)
		ret = write_catalog(b, pot, NULL);
	cli_stage_done(cli, "pot", &b->start);
	if (ret == 0)
		ret = write_c_pair(b, header, source);
	cli_stage_done(cli, "c", &b->start);
	for (i = 0; ret == 0 && i <= b->ds.nr_locales; i++) {
		const char *locale = i ? b->ds.locales[i - 1] : "en";
		char *page = xasprintf("%s/http-status.%s.md", dir, locale);

		ret = write_page(b, page, locale, MARKDOWN_SECTIONS);
		free(page);
	}
	cli_stage_done(cli, "markdown", &b->start);
	free(json);
	free(pot);
	free(header);
	free(source);
	return ret;
}

static const struct build_job generate_job = {
	true, generate_usage, make_output_dir, write_artifacts, true
};

const struct cli_command generate_command =
	BUILD_COMMAND("generate", N_("write every artifact into the output directory"),
		      "--data data --po-dir po --output-dir out", generate_options, generate_job);
