/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recognizer's dispatch, and code headings with their sections. */
#include <config.h>

#include "parse/recognize.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/cells.h"
#include "parse/heading.h"
#include "parse/languages.h"
#include "parse/recognize_impl.h"
#include "parse/registry.h"
#include "util/text.h"
#include "util/xalloc.h"

struct recognizer *recognizer_new(const char *path, struct diag *diag,
				  record_fn *fn, void *arg)
{
	struct recognizer *rz = xcalloc(1, sizeof(*rz));

	rz->path = xstrdup(path);
	rz->diag = diag;
	rz->fn = fn;
	rz->arg = arg;
	rz->lang = -1;
	return rz;
}

void recognizer_set_comments(struct recognizer *rz,
			     void (*fn)(void *arg, const char *text, unsigned line), void *arg)
{
	rz->comment = fn;
	rz->comment_arg = arg;
}

void recognizer_set_language(struct recognizer *rz, const struct languages *langs,
			      const char *locale)
{
	rz->langs = langs;
	rz->lang = locale ? languages_find(langs, locale) : -1;
}

void recognizer_set_registry(struct recognizer *rz, const struct registry *reg)
{
	rz->reg = reg;
	rz->phrases = reg ? &reg->phrases : NULL;
}

/* Text in another script than Latin makes the page a non-English one:
 * Latin phrases in its tables are then English reason phrases. */
static void note_script(struct recognizer *rz, const char *text)
{
	enum cell_script s;

	if (rz->page_other || !text)
		return;
	s = cell_script(text);
	rz->page_other = s == SCRIPT_OTHER || s == SCRIPT_MIXED;
}

void recognizer_fail(struct recognizer *rz)
{
	rz->failed = true;
}

/* ---- code headings and their sections --------------------------------- */

/* A paragraph of the open section's description. */
static int add_paragraph(struct recognizer *rz, const struct block *b)
{
	size_t len = strlen(b->text);

	if (!len)
		return 0;
	if (rz->desc.len + len > BLOCK_MAX_TEXT) {
		diag_finding(rz->diag, RULE_INPUT_LIMIT, rz->path, b->line,
			     _("%s is longer than %u bytes"),
			     _("description"), BLOCK_MAX_TEXT);
		rz->failed = rz->stopped = true;
		return -1;
	}
	if (rz->desc.len)
		strbuf_addstr(&rz->desc, "\n\n");
	else
		rz->desc_line = b->line;
	strbuf_add(&rz->desc, b->text, len);
	return 0;
}

static int close_section(struct recognizer *rz)
{
	struct source_record rec;
	int ret = 0;

	if (!rz->section_open)
		return 0;
	rz->section_open = false;
	record_start(&rec, rz->path, RECORD_HEADING, rz->section_line, rz->section_code,
		     rz->section_reason, rz->section_l10n_reason);
	rec.class_name = rz->section_class;
	rec.class_line = rz->section_class_line;
	if (rz->desc.len) {
		rec.description = rz->desc.buf;
		rec.description_line = rz->desc_line;
	}
	if (!rz->stopped)
		ret = rz_emit(rz, &rec);
	free(rz->section_reason);
	free(rz->section_l10n_reason);
	rz->section_reason = rz->section_l10n_reason = NULL;
	strbuf_reset(&rz->desc);
	return ret;
}

/* Open the section of a code heading at level, or of a paragraph that
 * reads as one (paragraph), taking reason and l10n (either may be NULL);
 * a code out of range is reported instead. */
static int open_section(struct recognizer *rz, unsigned line, int level, bool paragraph,
			int code, char *reason, char *l10n)
{
	if (close_section(rz) < 0) {
		free(reason);
		free(l10n);
		return -1;
	}
	if (!record_code_in_range(code)) {
		record_report_code_range(rz->diag, rz->path, line, code);
		rz->failed = true;
		free(reason);
		free(l10n);
		return 0;
	}
	/* With the languages known, rz_settle_names() tells a note in
	 * brackets from the page's name for the code ("### 200 OK (OK)"). */
	if (rz->langs)
		phrases_drop_stop(rz->phrases, reason);
	else
		phrases_clean_name(rz->phrases, reason);
	rz->section_open = true;
	rz->section_code = code;
	rz->section_level = level;
	rz->section_paragraph = paragraph;
	rz->section_line = line;
	rz->section_reason = reason;
	rz->section_l10n_reason = l10n;
	rz->section_class = rz_heading_class(rz, paragraph ? 6 : level - 1,
					     &rz->section_class_line);
	strbuf_reset(&rz->desc);
	return 0;
}

static int take_heading(struct recognizer *rz, const struct block *b)
{
	int level = b->level, code, l;
	char *reason, *l10n;
	const char *name;

	if (!heading_read_code(b->text, &code, &reason, &l10n)) {
		/* A sub-heading inside a code's section belongs to that section. */
		if (rz->section_open && !rz->section_paragraph && level > rz->section_level)
			return 0;
		if (close_section(rz) < 0)
			return -1;
		for (l = level; l <= 6; l++) {
			free(rz->section_names[l]);
			rz->section_names[l] = NULL;
		}
		/* "## 🟢 2xx Success ✅": the decoration is no part of the
		 * class's name. */
		name = cell_skip_decoration(b->text);
		rz->section_names[level] = xstrndup(name, cell_decoration_end(name, strlen(name)));
		rz->section_lines[level] = b->line;
		return 0;
	}
	return open_section(rz, b->line, level, false, code, reason, l10n);
}

/* The section of a paragraph that reads as a code heading, and its
 * other lines as the first of its description. */
static int open_paragraph_section(struct recognizer *rz, const struct block *b,
				  struct rz_code_paragraph *cp)
{
	int ret = open_section(rz, cp->line, 0, true, cp->code, cp->reason, cp->l10n);

	if (ret == 0 && cp->desc && rz->section_open) {
		struct block d = *b;

		d.text = cp->desc;
		d.lines = NULL;
		d.line = cp->desc_line;
		ret = add_paragraph(rz, &d);
	}
	free(cp->desc);
	return ret;
}

/* ---- dispatch ------------------------------------------------------------- */

int recognizer_block(const struct block *b, void *arg)
{
	struct recognizer *rz = arg;
	struct rz_code_paragraph cp;
	int taken;

	if (rz->stopped)
		return -1;
	/* A comment is no block of the page's text: what it stands between
	 * goes on around it. */
	if (b->type == BLOCK_COMMENT) {
		if (rz->comment)
			rz->comment(rz->comment_arg, b->text, b->line);
		return 0;
	}
	taken = rz_items_before(rz, b);
	if (taken)
		return taken < 0 ? -1 : 0;
	switch (b->type) {
	case BLOCK_TABLE_START:
		/* A table ends the section of the code heading before it, so
		 * that records come out in document order. */
		if (!rz->nr_tables && close_section(rz) < 0)
			return -1;
		return rz_table_start(rz, b);
	case BLOCK_TABLE_END:
		return rz_table_end(rz, b);
	case BLOCK_ROW:
		return rz_table_row(rz, b);
	case BLOCK_HEADING:
		note_script(rz, b->text);
		return take_heading(rz, b);
	case BLOCK_BREAK:
		return close_section(rz);
	case BLOCK_PARAGRAPH:
	case BLOCK_LIST_ITEM:
	case BLOCK_TERM:
	case BLOCK_DEFINITION:
		note_script(rz, b->text);
		/* Inside a code's section, all of it is its description; a
		 * section a paragraph opened ends at the next such paragraph. */
		if (rz->section_open &&
		    (!rz->section_paragraph || b->type != BLOCK_PARAGRAPH ||
		     b->code || !rz_is_code_paragraph(rz, b)))
			/* An example request or response is no description. */
			return b->code ? 0 : add_paragraph(rz, b);
		/* A code sample is never a record. */
		if (b->code)
			return rz_items_flush(rz);
		if (rz_item_block(rz, b, &cp) < 0)
			return -1;
		return cp.found ? open_paragraph_section(rz, b, &cp) : 0;
	case BLOCK_COMMENT:
		break;
	}
	return 0;
}

int recognizer_finish(struct recognizer *rz, bool stopped)
{
	if (!stopped && !rz->stopped) {
		close_section(rz);
		rz_items_finish(rz);
	}
	rz_tables_finish(rz);
	if (!rz->failed && !rz->nr_records) {
		if (rz->codeless_table_line)
			diag_finding(rz->diag, RULE_NO_STATUS_CODES, rz->path, rz->codeless_table_line,
				     _("no status table or code headings found (this table has no code column)"));
		else
			diag_finding(rz->diag, RULE_NO_STATUS_CODES, rz->path, 1,
				     _("no status table or code headings found"));
		rz->failed = true;
	}
	return rz->failed ? -1 : 0;
}

void recognizer_free(struct recognizer *rz)
{
	int l;

	if (!rz)
		return;
	rz_tables_free(rz);
	rz_items_free(rz);
	strbuf_release(&rz->desc);
	for (l = 0; l <= 6; l++)
		free(rz->section_names[l]);
	free(rz->section_reason);
	free(rz->section_l10n_reason);
	free(rz->path);
	free(rz);
}
