/* SPDX-License-Identifier: GPL-3.0-or-later */
/* List items, definition lists, lines of plain text that start with a
 * bullet, MDN's index pages and its per-code pages, as records.  An item
 * waits for the block after it, which may describe it: a <dd> after a
 * <dt>, MDN's nested "  - : description" after "- {{HTTPStatus(...)}}". */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/heading.h"
#include "parse/lists.h"
#include "parse/recognize.h"
#include "parse/recognize_impl.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* The text of b with MDN's macros expanded: b->text itself, or *owned
 * (free it). */
static const char *expanded(const char *text, char **owned)
{
	*owned = text ? list_expand_macros(text) : NULL;
	return *owned ? *owned : text;
}

static void drop_item(struct rz_item *it)
{
	list_item_release(&it->it);
	free(it->desc);
	free(it->class_name);
	memset(it, 0, sizeof(*it));
}

int rz_items_flush(struct recognizer *rz)
{
	struct rz_item *it = &rz->item;
	struct source_record rec = { 0 };
	int ret = 0;

	if (!it->open)
		return 0;
	rec.path = rz->path;
	rec.origin = it->origin;
	rec.line = it->line;
	rec.code = it->it.code;
	rec.class_name = it->class_name;
	rec.class_line = it->class_name ? it->class_line : 0;
	rec.reason = it->it.reason;
	rec.reason_line = rec.reason ? it->line : 0;
	rec.l10n_reason = it->it.l10n;
	rec.l10n_reason_line = rec.l10n_reason ? it->line : 0;
	if (it->desc) {
		rec.description = it->desc;
		rec.description_line = it->desc_line;
	} else if (it->it.description) {
		rec.description = it->it.description;
		rec.description_line = it->line;
	}
	if (!rz->stopped)
		ret = rz_emit(rz, &rec);
	drop_item(it);
	return ret;
}

/* Read text as an item at line: a record waiting for its description
 * (origin), an error for a code out of range, or nothing. */
static int open_item(struct recognizer *rz, const char *text, unsigned line, int level,
		     enum record_origin origin)
{
	struct rz_item *it = &rz->item;
	const char *cls;
	char *owned;

	if (rz_items_flush(rz) < 0)
		return -1;
	text = expanded(text, &owned);
	if (!list_read_item(text, &rz->phrases, &it->it)) {
		list_item_release(&it->it);
		free(owned);
		return 0;
	}
	free(owned);
	if (it->it.code < 100 || it->it.code > 599) {
		diag_error(rz->diag, rz->path, line,
			   _("status code %d is out of range (100-599)"), it->it.code);
		rz->failed = true;
		drop_item(it);
		return 0;
	}
	it->open = true;
	it->origin = origin;
	it->level = level;
	it->line = line;
	cls = rz_heading_class(rz, 6, &it->class_line);
	it->class_name = cls ? xstrdup(cls) : NULL;
	return 0;
}

/* Add text (a <dd>, MDN's ": ..." item) to the waiting item's description. */
static void describe(struct rz_item *it, const char *text, unsigned line)
{
	struct strbuf d = STRBUF_INIT;
	char *owned;

	text = expanded(text, &owned);
	if (it->desc) {
		strbuf_addstr(&d, it->desc);
		strbuf_addstr(&d, "\n\n");
		free(it->desc);
	} else {
		it->desc_line = line;
	}
	strbuf_addstr(&d, text);
	it->desc = strbuf_detach(&d);
	free(owned);
}

/* The page's own record, from its front matter title, and the first
 * paragraph when b is one. */
static int emit_page(struct recognizer *rz, const struct block *b)
{
	struct source_record rec = { 0 };
	char *owned = NULL;
	int ret;

	rz->page_open = false;
	rec.path = rz->path;
	rec.origin = RECORD_PAGE;
	rec.line = rz->page_line;
	rec.code = rz->page_code;
	rec.reason = rz->page_reason;
	rec.reason_line = rec.reason ? rz->page_line : 0;
	rec.l10n_reason = rz->page_l10n;
	rec.l10n_reason_line = rec.l10n_reason ? rz->page_line : 0;
	if (b && b->type == BLOCK_PARAGRAPH && b->text[0]) {
		rec.description = expanded(b->text, &owned);
		rec.description_line = b->line;
	}
	ret = rz->stopped ? 0 : rz_emit(rz, &rec);
	free(owned);
	return ret;
}

int rz_items_before(struct recognizer *rz, const struct block *b)
{
	struct rz_item *it = &rz->item;

	if (rz->page_open) {
		if (emit_page(rz, b) < 0)
			return -1;
		if (b->type == BLOCK_PARAGRAPH)
			return 1;
	}
	if (!it->open)
		return 0;
	if (b->type == BLOCK_DEFINITION && it->origin == RECORD_DEFINITION) {
		describe(it, b->text, b->line);
		return 1;
	}
	/* MDN: "- {{HTTPStatus(...)}}" and, one level deeper, "- : text". */
	if (b->type == BLOCK_LIST_ITEM && b->level > it->level && b->text[0] == ':' &&
	    !it->desc) {
		it->origin = RECORD_DEFINITION;
		describe(it, b->text + 1 + (b->text[1] == ' '), b->line);
		return 1;
	}
	return rz_items_flush(rz) < 0 ? -1 : 0;
}

/* A paragraph of lines that start with a bullet and a code ("• 200 OK"):
 * one item per line. */
static int bullet_lines(struct recognizer *rz, const struct block *b)
{
	const char *p = b->lines ? b->lines : b->text, *end;
	unsigned line = b->line;
	char *text;
	int ret = 0;

	if (!list_is_bullet_line(p))
		return 0;
	while (ret == 0 && *p) {
		/* Source lines when the producer kept them; else the text
		 * run together, cut before each bullet. */
		end = b->lines ? strchr(p, '\n') : list_next_bullet(p);
		text = xstrndup(p, end ? (size_t)(end - p) : strlen(p));
		if (list_is_bullet_line(text))
			ret = open_item(rz, text, line, 0, RECORD_LIST_ITEM);
		free(text);
		if (!end)
			break;
		p = b->lines ? end + 1 : end;
		line += b->lines != NULL;
	}
	return ret;
}

int rz_item_block(struct recognizer *rz, const struct block *b)
{
	switch (b->type) {
	case BLOCK_LIST_ITEM:
		return open_item(rz, b->text, b->line, b->level, RECORD_LIST_ITEM);
	case BLOCK_TERM:
		return open_item(rz, b->text, b->line, b->level, RECORD_DEFINITION);
	case BLOCK_PARAGRAPH:
		return bullet_lines(rz, b);
	default:
		return 0;
	}
}

void recognizer_set_page_title(struct recognizer *rz, const char *title, unsigned line)
{
	int code;

	free(rz->page_reason);
	free(rz->page_l10n);
	rz->page_reason = rz->page_l10n = NULL;
	rz->page_open = false;
	if (!title || !heading_read_code(title, &code, &rz->page_reason, &rz->page_l10n))
		return;
	if (code < 100 || code > 599) {
		free(rz->page_reason);
		free(rz->page_l10n);
		rz->page_reason = rz->page_l10n = NULL;
		return;
	}
	rz->page_open = true;
	rz->page_code = code;
	rz->page_line = line;
}

int rz_items_finish(struct recognizer *rz)
{
	if (rz->page_open && emit_page(rz, NULL) < 0)
		return -1;
	return rz_items_flush(rz);
}

void rz_items_free(struct recognizer *rz)
{
	drop_item(&rz->item);
	free(rz->page_reason);
	free(rz->page_l10n);
}
