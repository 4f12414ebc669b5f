/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands that write artifacts of the merged dataset: json, pot, po,
 * c, markdown, and generate, which writes every one of them. */
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
#include "emit/output.h"
#include "emit/po.h"
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
	const char *header;             /* c */
	const char *source;             /* c */
};

#define BUILD_OPT_OUTPUT \
	{ "output", 'o', "FILE", N_("write to FILE instead of standard output"), \
	  offsetof(struct build_options, output), NULL }

static int parse_prefix(void *value, const char *arg)
{
	if (!c_identifier_ok(arg))
		return cli_usage_error(_("prefix '%s' is not a C identifier"), arg);
	*(const char **)value = arg;
	return 0;
}

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

static const struct cli_option json_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_END
};

static const struct cli_option pot_options[] = {
	CLI_OPT_DATA(struct build_options, load.data_dir),
	CLI_OPT_WERROR(struct build_options),
	CLI_OPT_ALLOW_UNREGISTERED(struct build_options, load.allow_unregistered),
	BUILD_OPT_OUTPUT,
	CLI_END
};

static const struct cli_option po_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_OPT_LOCALE(struct build_options, locale),
	CLI_END
};

static const struct cli_option c_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	CLI_CALLBACK("prefix", "NAME", struct build_options, prefix, parse_prefix,
		     N_("prefix of every C symbol (default: http_status)")),
	CLI_STRING("locales", "LIST", struct build_options, locales,
		   N_("translations to embed in the C tables: LL,LL, all\n"
		      "(default) or none")),
	CLI_STRING("header", "FILE", struct build_options, header, N_("the C header to write")),
	CLI_STRING("source", "FILE", struct build_options, source, N_("the C source to write")),
	CLI_END
};

static const struct cli_option markdown_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	BUILD_OPT_OUTPUT,
	CLI_OPT_LOCALE(struct build_options, locale),
	CLI_CALLBACK("style", "STYLE", struct build_options, style, parse_style,
		     N_("page layout: 'sections' (default) or 'table'")),
	CLI_END
};

static const struct cli_option generate_options[] = {
	CLI_LOAD_OPTIONS(struct build_options, load),
	CLI_STRING("output-dir", "DIR", struct build_options, output_dir,
		   N_("write the artifacts into DIR")),
	CLI_END
};

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
			const struct build_options *opt, const char *header, const char *source,
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
static int write_artifacts(const struct dataset *ds, const struct build_options *opt,
			   const char *dir, struct diag *diag)
{
	struct output_set outs;
	char *path = xasprintf("%s/http-status.json", dir);
	char *pot = xasprintf("%s/http-status.pot", dir);
	char *header = xasprintf("%s/http_status.h", dir);
	char *source = xasprintf("%s/http_status.c", dir);
	double start = cli_now_ms();
	FILE *f;
	size_t i;
	int ret = 0;

	output_set_init(&outs);
	f = output_set_open(&outs, path, diag);
	if (!f)
		ret = -1;
	else if (emit_json(ds, f) < 0)
		output_set_failed(&outs, f, errno);
	cli_stage_done(&opt->cli, "json", &start);
	f = ret == 0 ? output_set_open(&outs, pot, diag) : NULL;
	if (!f)
		ret = -1;
	else if (write_po(&outs, f, ds, NULL, opt->cli.timestamp, diag) < 0)
		ret = -1;
	output_set_same_unless(&outs, "\"POT-Creation-Date: ");
	cli_stage_done(&opt->cli, "pot", &start);
	if (ret == 0)
		ret = write_c_pair(&outs, ds, opt, header, source, diag);
	cli_stage_done(&opt->cli, "c", &start);
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
	cli_stage_done(&opt->cli, "markdown", &start);
	if (ret == 0)
		ret = output_set_commit(&outs, diag);
	cli_stage_done(&opt->cli, "commit", &start);
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

static int cmd_json(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct dataset ds;
	double start;
	int ret;

	dataset_init(&ds);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output ? opt->output : "-", diag, emit_json, &ds, NULL, NULL);
	cli_stage_done(&opt->cli, "write", &start);
	dataset_release(&ds);
	return cli_finish(diag, ret);
}

/* A reference page: statusgen markdown --locale LL [--style ...]. */
static int cmd_markdown(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct output_set outs;
	struct dataset ds;
	double start;
	FILE *f;
	int ret;

	if (!opt->locale)
		return cli_usage_error("%s", _("markdown needs --locale=LL"));
	dataset_init(&ds);
	output_set_init(&outs);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	if (ret == 0 && strcmp(opt->locale, "en") && dataset_locale_index(&ds, opt->locale) < 0) {
		diag_error(diag, NULL, 0, _("no translations for locale '%s'"), opt->locale);
		ret = -1;
	}
	start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag)) {
		f = output_set_open(&outs, opt->output ? opt->output : "-", diag);
		if (!f)
			ret = -1;
		else if (emit_markdown(&ds, opt->locale, opt->style, f) < 0)
			output_set_failed(&outs, f, errno);
		if (ret == 0)
			ret = output_set_commit(&outs, diag);
	}
	cli_stage_done(&opt->cli, "write", &start);
	output_set_abort(&outs);
	dataset_release(&ds);
	return cli_finish(diag, ret);
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
static int cmd_c(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct output_set outs;
	struct dataset ds;
	const char *slash;
	double start;
	int ret;

	if (!opt->header || !opt->source)
		return cli_usage_error("%s", _("c needs --header=FILE and --source=FILE"));
	if (same_file(opt->header, opt->source))
		return cli_usage_error(_("--header and --source name the same file '%s'"), opt->source);
	slash = strrchr(opt->header, '/');
	if (!c_header_name_ok(slash ? slash + 1 : opt->header))
		return cli_usage_error(_("--header '%s': the source cannot #include a file of that name (printable ASCII, no quote, backslash, apostrophe or '?\?')"),
				   opt->header);
	dataset_init(&ds);
	output_set_init(&outs);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_c_pair(&outs, &ds, opt, opt->header, opt->source, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = output_set_commit(&outs, diag);
	cli_stage_done(&opt->cli, "write", &start);
	output_set_abort(&outs);
	dataset_release(&ds);
	return cli_finish(diag, ret);
}

/* The template: the English of the data directory, no translations. */
static int cmd_pot(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct dataset ds;
	double start;
	int ret;

	dataset_init(&ds);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, false, diag);
	start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output ? opt->output : "-", diag, NULL, &ds, NULL,
				opt->cli.timestamp);
	cli_stage_done(&opt->cli, "write", &start);
	dataset_release(&ds);
	return cli_finish(diag, ret);
}

/* A catalog for one language, its translations taken from the source
 * documents (and the po directory's catalog, if there is one): how a
 * new language starts.  Like msginit, it never replaces a catalog: one
 * that exists may hold translators' work (comments, fuzzy drafts,
 * previous msgids, obsolete entries, header fields), which msgmerge
 * keeps and a new catalog would not. */
static int cmd_po(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct dataset ds;
	double start;
	int ret;

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
	dataset_init(&ds);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	start = cli_now_ms();
	if (ret == 0 && !diag_failed(diag))
		ret = write_one(opt->output, diag, NULL, &ds, opt->locale, opt->cli.timestamp);
	cli_stage_done(&opt->cli, "write", &start);
	dataset_release(&ds);
	return cli_finish(diag, ret);
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

static int cmd_generate(void *opts, struct diag *diag)
{
	const struct build_options *opt = opts;
	struct dataset ds;
	int ret;

	if (!opt->output_dir)
		return cli_usage_error("%s", _("generate needs --output-dir=DIR"));
	dataset_init(&ds);
	ret = cli_load_dataset(&ds, &opt->cli, &opt->load, true, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = make_dir(opt->output_dir, diag);
	if (ret == 0 && !diag_failed(diag))
		ret = write_artifacts(&ds, opt, opt->output_dir, diag);
	dataset_release(&ds);
	return cli_finish(diag, ret);
}

const struct cli_command json_command = {
	"json", "", N_("write the canonical dataset as JSON"),
	"--data data -o http-status.json",
	json_options, sizeof(struct build_options), cmd_json, false, true,
};

const struct cli_command pot_command = {
	"pot", "", N_("write the gettext template (http-status.pot)"),
	"--data data -o po/http-status.pot",
	pot_options, sizeof(struct build_options), cmd_pot, false, true,
};

const struct cli_command po_command = {
	"po", "", N_("write a new catalog for --locale (how a language starts)"),
	"--data data --locale de -o po/de.po",
	po_options, sizeof(struct build_options), cmd_po, false, true,
};

const struct cli_command c_command = {
	"c", "", N_("write the C tables (--header, --source)"),
	"--header http_status.h --source http_status.c --locales zh_CN",
	c_options, sizeof(struct build_options), cmd_c, false, true,
};

const struct cli_command markdown_command = {
	"markdown", "", N_("write the reference page of --locale (en, or a catalog's)"),
	"--locale zh_CN --style table -o http-status.zh_CN.md",
	markdown_options, sizeof(struct build_options), cmd_markdown, false, true,
};

const struct cli_command generate_command = {
	"generate", "", N_("write every artifact into the output directory"),
	"--data data --po-dir po --output-dir out",
	generate_options, sizeof(struct build_options), cmd_generate, false, true,
};
