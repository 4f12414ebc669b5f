/* SPDX-License-Identifier: GPL-3.0-or-later */
/* statusgen extract: the records a reader finds in documents, as JSON,
 * with nothing merged or checked. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/documents.h"
#include "emit/records_json.h"
#include "parse/languages.h"
#include "parse/registry.h"

/* Duplicate-code warnings printed by 'extract' per run before a summary. */
#define DUPLICATE_WARNINGS_SHOWN 20

struct extract_options {
	struct cli cli;
	const char *locale;
	const char *po_dir;
	struct document_format format;
};

static const struct cli_option extract_options[] = {
	CLI_OPT_WERROR(struct extract_options),
	CLI_OPT_LOCALE(struct extract_options, locale),
	CLI_OPT_PO_DIR(struct extract_options, po_dir),
	DOCUMENTS_OPT_FORMAT(struct extract_options, format),
	CLI_END
};

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
			   ctx->meta->locale, duplicate);
	return 0;
}

static int cmd_extract(void *opts, struct diag *diag)
{
	const struct extract_options *opt = opts;
	struct input_options input = opt->cli.input;
	struct records_json writer;
	struct registry hints;
	struct languages langs;
	struct extract_ctx ctx;
	struct document *docs;
	double start = cli_now_ms();
	size_t nr_docs, i;
	int ret = 0;

	if (documents_usage(&opt->cli, &opt->format, _("extract needs at least one FILE")))
		return EXIT_USAGE;
	/* The built-in registry's phrases tell the readers which cells are
	 * English names; extract checks nothing against it. */
	registry_init(&hints);
	if (registry_read_builtin(&hints, diag) == 0)
		input.registry = &hints;
	cli_load_languages(&langs, opt->po_dir);
	input.languages = &langs;
	input.locale = opt->locale;
	nr_docs = list_documents(opt->cli.files, opt->cli.nr_files, &opt->format, &docs, &ret, diag);
	memset(&ctx, 0, sizeof(ctx));
	ctx.writer = &writer;
	ctx.locale = opt->locale;
	ctx.diag = diag;
	records_json_begin(&writer, stdout);
	for (i = 0; i < nr_docs; i++) {
		struct source_meta meta = { NULL, NULL, NULL, NULL };

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
	languages_release(&langs);
	cli_stage_done(&opt->cli, "read", &start);
	return cli_finish(diag, ret);
}

const struct cli_command extract_command = {
	"extract", " FILE|DIR...", N_("print the records found in FILEs as JSON (no merge)"),
	"--format html page.html", extract_options, sizeof(struct extract_options), cmd_extract,
	CLI_SHOW_NOTES, NULL
};
