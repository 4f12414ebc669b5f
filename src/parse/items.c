/* SPDX-License-Identifier: GPL-3.0-or-later */
/* List items, definition lists, lines of plain text that start with a
 * bullet, MDN's index pages and its per-code pages, as records.  An item
 * waits for the block after it, which may describe it: a <dd> after a
 * <dt>, MDN's nested "  - : description" after "- {{HTTPStatus(...)}}". */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "parse/cells.h"
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
	strbuf_release(&it->more);
	memset(it, 0, sizeof(*it));
}

/* The lines after the item's own line join its description: "- 200 OK：
 * 请求成功" over them had its localized name after the separator. */
static void end_more(struct rz_item *it)
{
	char *joined;

	if (!it->more.len)
		return;
	if (!it->desc && it->it.description && !it->it.l10n &&
	    cell_script(it->it.description) == SCRIPT_OTHER &&
	    !cell_is_sentence(it->it.description)) {
		it->it.l10n = cell_trim(it->it.description, strlen(it->it.description));
		free(it->it.description);
		it->it.description = NULL;
	}
	if (it->desc)
		return;
	if (it->it.description) {
		joined = xasprintf("%s %s", it->it.description, it->more.buf);
		free(it->it.description);
		it->it.description = joined;
	} else {
		it->desc = strbuf_detach(&it->more);
		it->desc_line = it->more_line;
	}
}

int rz_items_flush(struct recognizer *rz)
{
	struct rz_item *it = &rz->item;
	struct source_record rec;
	int ret = 0;

	if (!it->open)
		return 0;
	end_more(it);
	if (it->bare && !it->it.reason && !it->it.l10n && !it->desc && !it->it.description) {
		drop_item(it);
		return 0;
	}
	record_start(&rec, rz->path, it->origin, it->line, it->it.code, it->it.reason, it->it.l10n);
	rec.class_name = it->class_name;
	rec.class_line = it->class_name ? it->class_line : 0;
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
	if (!rz_read_item(rz, text, &it->it)) {
		list_item_release(&it->it);
		/* "<dt>404</dt><dd>Not Found</dd>": the name comes next. */
		if (origin != RECORD_DEFINITION || !cell_is_code(text, &it->it.code)) {
			free(owned);
			return 0;
		}
		it->bare = true;
	}
	free(owned);
	if (!record_code_in_range(it->it.code)) {
		record_report_code_range(rz->diag, rz->path, line, it->it.code);
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

static bool is_item_line(struct recognizer *rz, const char *text);

/* An item of a list nested in the waiting item's description (MDN's
 * "depends on the method:" over "- GET: ..."): a line of it. */
static void describe_line(struct rz_item *it, const char *text)
{
	char *owned, *joined;

	text = expanded(text, &owned);
	if (*text) {
		joined = xasprintf("%s\n%s", it->desc, text);
		free(it->desc);
		it->desc = joined;
	}
	free(owned);
}

/* The definition of a bare code term, read as the rest of an item
 * ("Not Found", "Not Found: description"): true if it names the code. */
static bool name_definition(struct recognizer *rz, struct rz_item *it, const char *text)
{
	struct list_item named;
	char *line = xasprintf("%d %s", it->it.code, text);
	bool ok = rz_read_item(rz, line, &named) && (named.reason || named.l10n);

	free(line);
	if (!ok) {
		list_item_release(&named);
		return false;
	}
	list_item_release(&it->it);
	it->it = named;
	return true;
}

/* Whether text is macros that show nothing ("{{HTTPSidebar}}"). */
static bool is_empty_macro(const char *text)
{
	char *owned;
	const char *shown = expanded(text, &owned);
	bool empty = owned && !*shown;

	free(owned);
	return empty;
}

/* The page's own record, from its front matter title, and the first
 * paragraph when b is one. */
static int emit_page(struct recognizer *rz, const struct block *b)
{
	struct source_record rec;
	char *owned = NULL;
	int ret;

	rz->page_open = false;
	record_start(&rec, rz->path, RECORD_PAGE, rz->page_line, rz->page_code, rz->page_reason,
		     rz->page_l10n);
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
		/* MDN's pages open with "{{HTTPSidebar}}", which shows nothing. */
		if (b->type == BLOCK_PARAGRAPH && (b->code || is_empty_macro(b->text)))
			return 1;
		if (emit_page(rz, b) < 0)
			return -1;
		if (b->type == BLOCK_PARAGRAPH)
			return 1;
	}
	if (!it->open)
		return 0;
	if (b->type == BLOCK_DEFINITION && it->origin == RECORD_DEFINITION) {
		if (it->bare && !it->desc && name_definition(rz, it, b->text))
			return 1;
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
	if (b->type == BLOCK_LIST_ITEM && b->level > it->level && it->desc &&
	    it->origin == RECORD_DEFINITION && !b->toc && !is_item_line(rz, b->text)) {
		describe_line(it, b->text);
		return 1;
	}
	return rz_items_flush(rz) < 0 ? -1 : 0;
}

/* Whether text reads as an item. */
static bool is_item_line(struct recognizer *rz, const char *text)
{
	struct list_item it;
	bool ok = rz_read_item(rz, text, &it);

	list_item_release(&it);
	return ok;
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

/* Is text as short as a caption: four words at most, and ten Han or
 * kana at most, words of punctuation alone and what is in brackets left
 * out ("3xx リダイレクト (Redirection)", "5XX — Server errors")? */
static bool caption_length(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	unsigned words = 0, han = 0, depth = 0;
	bool counted = false;

	for (; *p; p++) {
		if (*p == '(' || !strncmp((const char *)p, "\xef\xbc\x88", 3))       /* （ */
			depth++;
		else if ((*p == ')' || !strncmp((const char *)p, "\xef\xbc\x89", 3)) && depth)
			depth--;
		if (*p == ' ') {
			counted = false;
			continue;
		}
		if (depth)
			continue;
		/* Han and kana: three bytes from U+3040 (E3 81 80) to U+9FFF. */
		if (*p >= 0xe3 && *p <= 0xe9 && (*p > 0xe3 || p[1] >= 0x81)) {
			han++;
			p += p[1] && p[2] ? 2 : 0;
		} else if (!counted && (*p >= 0x80 || (unsigned)((*p | 0x20) - 'a') < 26u ||
					(unsigned)(*p - '0') < 10u)) {
			words++;
			counted = true;
		}
	}
	return words <= 4 && han <= 10;
}

/* A line of text after the waiting item's own line: more of its
 * description. */
static void continue_item(struct rz_item *it, const char *text, unsigned line)
{
	if (!*text)
		return;
	if (it->more.len)
		strbuf_addch(&it->more, ' ');
	else
		it->more_line = line;
	strbuf_addstr(&it->more, text);
}
/* Read the lines of b (its text if it has none) as items: lines that are
 * a code and its name start one, the lines after one go on with its
 * description.  kind: of the records. */
static int item_lines(struct recognizer *rz, const struct block *b, enum record_origin kind)
{
	const char *p = b->lines ? b->lines : b->text, *end;
	unsigned line = b->line, caption_line = 0;
	bool first = true;
	char *text, *caption = NULL;
	int ret = 0;

	while (ret == 0) {
		end = strchr(p, '\n');
		text = xstrndup(p, end ? (size_t)(end - p) : strlen(p));
		if (!first && rz->item.open && !is_item_line(rz, text)) {
			/* A caption between the lines ("206 Partial Content
			 * <br><br> 3xx Redirection <br> 301 ...") names the
			 * class of the items after it: a short line, which
			 * may be written as a sentence when it holds a class
			 * marker ("3xx: Redirection.", "3xx：重定向。").
			 * Any other line that mentions a class ("处理成功，
			 * 但不返回正文。", "4xx errors mean the client must
			 * change the request.") is more of the item's
			 * description. */
			if (rz_names_class(rz, text) && caption_length(text) &&
			    (heading_has_class_marker(text) || !cell_is_sentence(text)))
				ret = rz_items_flush(rz);
			else
				continue_item(&rz->item, text, line);
		} else {
			ret = open_item(rz, text, line, b->level, kind);
		}
		if (rz->item.open && rz->item.line == line) {
			/* A line that names a class above the items
			 * ("2xx：成功"), like a group row of a table. */
			if (caption) {
				free(rz->item.class_name);
				rz->item.class_name = xstrdup(caption);
				rz->item.class_line = caption_line;
			}
		} else if (!rz->item.open && rz_names_class(rz, text)) {
			free(caption);
			caption = xstrdup(text);
			caption_line = line;
		}
		free(text);
		first = false;
		if (!end)
			break;
		p = end + 1;
		line++;
	}
	free(caption);
	return ret;
}

/* Lines of b that read as items, and which is the first (when any). */
static size_t count_item_lines(struct recognizer *rz, const struct block *b, size_t *first,
			       struct list_item *first_item)
{
	const char *p = b->lines ? b->lines : b->text, *end;
	size_t nr = 0, i;
	char *text;

	memset(first_item, 0, sizeof(*first_item));
	for (i = 0;; i++) {
		struct list_item it;

		end = strchr(p, '\n');
		text = xstrndup(p, end ? (size_t)(end - p) : strlen(p));
		if (rz_read_item(rz, text, &it)) {
			if (!nr++) {
				*first = i;
				*first_item = it;
				memset(&it, 0, sizeof(it));
			}
		}
		list_item_release(&it);
		free(text);
		if (!end)
			break;
		p = end + 1;
	}
	return nr;
}

bool rz_is_code_paragraph(struct recognizer *rz, const struct block *b)
{
	struct list_item it;
	size_t first = 0, nr = count_item_lines(rz, b, &first, &it);
	bool lone = nr == 1 && first == 0 && !it.description;

	list_item_release(&it);
	return lone || nr >= 2;
}

/* A paragraph that starts with a code and its name alone ("**404 Not
 * Found**", "100 Continue" and its description on the next lines) is
 * read as a heading, handed back in *cp; one of two lines or more that do is read as a list
 * written line by line ("200 OK 请求成功<br>201 Created 已创建"). */
static int paragraph_items(struct recognizer *rz, const struct block *b,
			   struct rz_code_paragraph *cp)
{
	struct list_item it;
	size_t first = 0, nr = count_item_lines(rz, b, &first, &it);
	const char *rest;
	int ret = 0;

	if (nr == 1 && first == 0 && !it.description) {
		if (rz_items_flush(rz) < 0) {
			list_item_release(&it);
			return -1;
		}
		cp->found = true;
		cp->line = b->line;
		cp->code = it.code;
		cp->reason = it.reason;
		cp->l10n = it.l10n;
		it.reason = it.l10n = NULL;
		rest = b->lines ? strchr(b->lines, '\n') : NULL;
		if (rest) {
			struct strbuf t = STRBUF_INIT;

			strbuf_addstr(&t, rest + 1);
			for (size_t i = 0; i < t.len; i++)
				if (t.buf[i] == '\n')
					t.buf[i] = ' ';
			text_collapse_space(&t);
			cp->desc = strbuf_detach(&t);
			cp->desc_line = b->line + 1;
		}
	} else if (nr >= 2 || (nr == 1 && first == 0)) {
		ret = item_lines(rz, b, RECORD_LIST_ITEM);
	}
	list_item_release(&it);
	return ret;
}

int rz_item_block(struct recognizer *rz, const struct block *b, struct rz_code_paragraph *cp)
{
	memset(cp, 0, sizeof(*cp));
	switch (b->type) {
	case BLOCK_LIST_ITEM:
		/* A table of contents names the sections, which are read. */
		if (b->toc)
			return rz_items_flush(rz);
		if (b->lines)
			return item_lines(rz, b, RECORD_LIST_ITEM);
		return open_item(rz, b->text, b->line, b->level, RECORD_LIST_ITEM);
	case BLOCK_TERM:
		return open_item(rz, b->text, b->line, b->level, RECORD_DEFINITION);
	case BLOCK_PARAGRAPH:
		if (list_is_bullet_line(b->lines ? b->lines : b->text))
			return bullet_lines(rz, b);
		return paragraph_items(rz, b, cp);
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
	if (!record_code_in_range(code)) {
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
