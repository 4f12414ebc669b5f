/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/po.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gettext-po.h>

#include "i18n.h"
#include "po_errors.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The line of each 'msgctxt "..."' in the file, found by a plain scan
 * (libgettextpo does not say where a message is). */
static void find_lines(struct po_catalog *cat)
{
	FILE *f = fopen(cat->path, "r");
	struct strbuf line = STRBUF_INIT;
	unsigned number = 0;
	size_t i;
	int c;

	if (!f)
		return;
	for (;;) {
		c = getc(f);
		if (c != EOF && c != '\n') {
			strbuf_addch(&line, (char)c);
			continue;
		}
		number++;
		if (!strncmp(strbuf_str(&line), "msgctxt \"", 9)) {
			for (i = 0; i < cat->nr; i++) {
				size_t n = strlen(cat->entries[i].msgctxt);

				if (!cat->entries[i].line && line.len == n + 10 &&
				    !strncmp(line.buf + 9, cat->entries[i].msgctxt, n)) {
					cat->entries[i].line = number;
					break;
				}
			}
		}
		strbuf_reset(&line);
		if (c == EOF)
			break;
	}
	strbuf_release(&line);
	fclose(f);
}

int po_catalog_read(struct po_catalog *cat, const char *path,
		    const struct input_options *opt, struct diag *diag)
{
	struct po_errors errors;
	po_file_t volatile file = NULL;
	po_message_iterator_t it;
	po_message_t m;
	size_t alloc = 0;
	FILE *probe;

	memset(cat, 0, sizeof(*cat));
	cat->path = xstrdup(path);
	/* The size limit holds for catalogs too. */
	probe = input_open(path, opt, diag);
	if (!probe)
		return -1;
	fclose(probe);
	po_errors_begin(&errors, path, diag);
	if (setjmp(errors.fatal) == 0)
		file = po_file_read(path, &po_errors_handler);
	po_errors_end(&errors);
	/* libgettextpo returns a partly read file after errors. */
	if (!file || errors.errors) {
		if (file)
			po_file_free(file);
		if (!errors.errors)
			diag_error(diag, NULL, 0, _("cannot read '%s'"), path);
		return -1;
	}
	it = po_message_iterator(file, NULL);
	for (m = po_next_message(it); m; m = po_next_message(it)) {
		struct po_entry *e;

		if (po_message_is_obsolete(m) || !po_message_msgctxt(m))
			continue;
		XGROW(cat->entries, alloc, cat->nr + 1);
		e = &cat->entries[cat->nr++];
		e->msgctxt = xstrdup(po_message_msgctxt(m));
		e->msgid = xstrdup(po_message_msgid(m));
		e->msgstr = xstrdup(po_message_msgstr(m));
		e->fuzzy = po_message_is_fuzzy(m) != 0;
		e->line = 0;
	}
	po_message_iterator_free(it);
	po_file_free(file);
	find_lines(cat);
	return 0;
}

const struct po_entry *po_catalog_find(const struct po_catalog *cat, const char *msgctxt)
{
	size_t i;

	for (i = 0; i < cat->nr; i++)
		if (!strcmp(cat->entries[i].msgctxt, msgctxt))
			return &cat->entries[i];
	return NULL;
}

void po_catalog_release(struct po_catalog *cat)
{
	size_t i;

	for (i = 0; i < cat->nr; i++) {
		free(cat->entries[i].msgctxt);
		free(cat->entries[i].msgid);
		free(cat->entries[i].msgstr);
	}
	free(cat->entries);
	free(cat->path);
	memset(cat, 0, sizeof(*cat));
}
