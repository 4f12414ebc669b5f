/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/document.h"

#include <stdlib.h>
#include <string.h>

#include "dataset/names.h"
#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

struct read_ctx {
	struct source_file *file;
	const struct registry *reg;
	struct doc_records *out;
	struct diag *diag;
	bool listed[600];           /* per code: listed in the file already */
	unsigned first_line[600];   /* and the line of its first listing */
};

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* A code listed again in the same document is an error, reported as it
 * is read, and its phrase is checked as the first listing's is.  Nothing
 * else of it is kept. */
static void read_repeat(struct read_ctx *ctx, const struct source_record *rec)
{
	struct source_file *file = ctx->file;

	/* One left out (lint's --disable, the document's comments) counts
	 * as none. */
	if (diag_wants(ctx->diag, RULE_DUPLICATE_CODE, file->path, rec->line) &&
	    ++file->nr_duplicates <= DOCUMENT_DUPLICATES_SHOWN)
		diag_finding(ctx->diag, RULE_DUPLICATE_CODE, file->path, rec->line,
			     _("duplicate code %d (first at line %u)"), rec->code,
			     ctx->first_line[rec->code]);
	if (rec->reason && registry_is_registered(ctx->reg, rec->code))
		names_check_phrase(ctx->reg, registry_find(ctx->reg, rec->code),
				   rec->code, rec->reason, file->path, rec->reason_line, ctx->diag);
}

static int read_record(const struct source_record *rec, void *arg)
{
	struct read_ctx *ctx = arg;
	struct doc_records *out = ctx->out;
	struct doc_record *r;

	if (ctx->listed[rec->code]) {
		read_repeat(ctx, rec);
		return 0;
	}
	ctx->listed[rec->code] = true;
	ctx->first_line[rec->code] = rec->line;
	XGROW(out->rec, out->alloc, out->nr + 1);
	r = &out->rec[out->nr++];
	r->code = rec->code;
	r->origin = rec->origin;
	r->line = rec->line;
	r->class_name.text = dup_or_null(rec->class_name);
	r->class_name.line = rec->class_line;
	r->reason.text = dup_or_null(rec->reason);
	r->reason.line = rec->reason_line;
	r->l10n_reason.text = dup_or_null(rec->l10n_reason);
	r->l10n_reason.line = rec->l10n_reason_line;
	r->description.text = dup_or_null(rec->description);
	r->description.line = rec->description_line;
	return 0;
}

int document_read(struct source_file *file, const char *locale,
		  const struct input_options *input, const struct registry *reg,
		  struct doc_records *out, struct diag *diag)
{
	struct read_ctx *ctx = xcalloc(1, sizeof(*ctx));
	const char *given = locale;
	int ret;

	ctx->file = file;
	ctx->reg = reg;
	ctx->out = out;
	ctx->diag = diag;
	ret = source_read(file->path, file->format, input, &file->meta, diag, read_record, ctx);
	free(ctx);
	if (!locale)
		locale = file->meta.locale ? file->meta.locale : "und";
	file->locale = xstrdup(locale);
	if (ret < 0) {
		file->failed = true;
		return -1;
	}
	if (given && file->meta.lang && strcmp(file->meta.lang, given)) {
		struct diag_quote q;

		diag_finding(diag, RULE_LANG_MISMATCH, file->path, 1,
			     _("front matter gives lang '%s' but the document is read as '%s'"),
			     diag_quote(&q, file->meta.lang), locale);
	}
	return 0;
}

void document_report_more_duplicates(const struct source_file *file, struct diag *diag)
{
	unsigned long more = file->nr_duplicates;

	if (more <= DOCUMENT_DUPLICATES_SHOWN)
		return;
	more -= DOCUMENT_DUPLICATES_SHOWN;
	diag_finding(diag, RULE_DUPLICATE_CODE, file->path, 0,
		     ngettext("%lu more duplicate code not shown",
			      "%lu more duplicate codes not shown", more), more);
}

void doc_record_release(struct doc_record *r)
{
	free(r->class_name.text);
	free(r->reason.text);
	free(r->l10n_reason.text);
	free(r->description.text);
}

void doc_records_release(struct doc_records *r)
{
	size_t i;

	for (i = 0; i < r->nr; i++)
		doc_record_release(&r->rec[i]);
	free(r->rec);
	memset(r, 0, sizeof(*r));
}

void source_file_release(struct source_file *file)
{
	free(file->path);
	free(file->name);
	free(file->locale);
	source_meta_release(&file->meta);
}
