/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the recognizer's files share: its state, and the functions each
 * part offers the dispatcher in recognize.c (tables.c: status tables;
 * items.c: list items, definitions, code paragraphs and per-code pages).
 * The parts never call recognize.c: they hand their records to rz_emit()
 * and give back what recognize.c must do (a section to open).  Not for
 * use outside src/parse/recognize.c, recognize_state.c, tables.c and
 * items.c. */
#ifndef STATUSGEN_RECOGNIZE_IMPL_H
#define STATUSGEN_RECOGNIZE_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/block.h"
#include "parse/columns.h"
#include "parse/lists.h"
#include "parse/phrases.h"
#include "parse/record.h"
#include "util/strbuf.h"

struct languages;
struct registry;
struct rz_table;

/* A list item or definition term read as a code, waiting for the block
 * after it, which may be its description (items.c). */
struct rz_item {
	bool open;
	enum record_origin origin;
	int level;                      /* its list's depth */
	bool bare;                      /* a term that is a code alone
					 * ("<dt>404</dt>"): its definition
					 * may hold its name */
	unsigned line;
	struct list_item it;
	char *desc;                     /* from a <dd> or MDN's "- : ..." */
	struct strbuf more;             /* the lines after its own */
	unsigned more_line;
	unsigned desc_line;
	char *class_name;               /* the section's */
	unsigned class_line;
};

struct recognizer {
	char *path;
	const struct registry *reg;     /* hints, or NULL */
	const struct phrases *phrases;  /* its phrases and former names */
	const struct languages *langs;  /* what is known of each language, or NULL */
	int lang;                       /* the page's language in langs, or -1 */
	bool page_other;                /* text in a non-Latin script seen */
	struct diag *diag;
	record_fn *fn;
	void *arg;
	void (*comment)(void *arg, const char *text, unsigned line);
	void *comment_arg;

	struct rz_table **tables;       /* the open tables, innermost last */
	size_t nr_tables, alloc_tables;
	unsigned codeless_table_line;   /* a table with named columns but no code */

	char *section_names[7];         /* last plain heading per level */
	unsigned section_lines[7];
	bool section_open;              /* a code heading is being read */
	int section_code;
	int section_level;
	bool section_paragraph;         /* opened by a paragraph that reads
					 * as a code heading, not a heading */
	char *section_reason;           /* NULL when the heading has none */
	char *section_l10n_reason;
	unsigned section_line;
	const char *section_class;      /* points into section_names */
	unsigned section_class_line;
	struct strbuf desc;             /* its paragraphs so far */
	unsigned desc_line;

	struct rz_item item;
	bool page_open;                 /* a per-code page, its record to come */
	int page_code;
	char *page_reason, *page_l10n;
	unsigned page_line;             /* of the title in its front matter */

	size_t nr_records;
	bool failed;                    /* an error was reported */
	bool stopped;                   /* a callback asked to stop */
};

/* recognize_state.c: hand rec to the callback, its names settled
 * (rz_settle_names()).  Return 0, or -1 when it asks to stop. */
int rz_emit(struct recognizer *rz, const struct source_record *rec);
/* page_names.c: rec with its English and localized names decided by the
 * registry and the catalogs, handed to the callback.  Return 0, or -1
 * when it asks to stop. */
int rz_settle_names(struct recognizer *rz, const struct source_record *rec);

/* page_names.c: list_read_item() with the recognizer's phrases; a note
 * in parentheses after the English phrase that is the localized name
 * ("401 Unauthorized (Não autorizado)") becomes it. */
bool rz_read_item(const struct recognizer *rz, const char *text, struct list_item *item);

/* Does text (a heading, a group row, a class cell) name a class: a class
 * marker, or a class name in some language? */
bool rz_names_class(const struct recognizer *rz, const char *text);

/* recognize_state.c: the nearest heading at level max_level or above
 * that names a class (its line in *line), or NULL (and 0). */
const char *rz_heading_class(const struct recognizer *rz, int max_level, unsigned *line);

/* A paragraph that reads as a code heading ("**404 Not Found**"), as
 * items.c found it; recognize.c opens its section. */
struct rz_code_paragraph {
	bool found;
	unsigned line;
	int code;
	char *reason, *l10n;            /* either may be NULL; owned */
	char *desc;                     /* its other lines, or NULL; owned */
	unsigned desc_line;
};

/* items.c: whether paragraph b starts with a line that is a code and its
 * name and nothing else ("**404 Not Found**"). */
bool rz_is_code_paragraph(struct recognizer *rz, const struct block *b);
/* items.c: before any block, whether the waiting item (or page) takes
 * it (1), or it goes on (0; the item is emitted), or -1 to stop. */
int rz_items_before(struct recognizer *rz, const struct block *b);
/* A list item, term or paragraph outside a code section; a paragraph
 * that reads as a code heading is left to the caller in *cp (its
 * strings freed by the caller). */
int rz_item_block(struct recognizer *rz, const struct block *b, struct rz_code_paragraph *cp);
int rz_items_flush(struct recognizer *rz);
int rz_items_finish(struct recognizer *rz);
void rz_items_free(struct recognizer *rz);

/* tables.c */
int rz_table_start(struct recognizer *rz, const struct block *b);
int rz_table_row(struct recognizer *rz, const struct block *b);
int rz_table_end(struct recognizer *rz, const struct block *b);
/* Report what the tables still open at the end hid. */
void rz_tables_finish(struct recognizer *rz);
void rz_tables_free(struct recognizer *rz);

#endif
