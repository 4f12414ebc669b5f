/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/html_reader.h"

#include <stdlib.h>

#include "parse/recognize.h"
#include "util/xalloc.h"

struct html_reader {
	struct html_blocks *blocks;
	struct recognizer *rz;
};

struct html_reader *html_reader_new(const char *path, enum html_line_source lines,
				    const char *encoding, struct diag *diag,
				    record_fn *fn, void *arg)
{
	struct html_reader *r = xcalloc(1, sizeof(*r));

	r->rz = recognizer_new(path, diag, fn, arg);
	r->blocks = html_blocks_new(path, lines, encoding, diag, recognizer_block, r->rz);
	if (!r->blocks) {
		html_reader_free(r);
		return NULL;
	}
	return r;
}

void html_reader_set_registry(struct html_reader *r, const struct registry *reg)
{
	recognizer_set_registry(r->rz, reg);
}

void html_reader_set_comments(struct html_reader *r,
			      void (*fn)(void *arg, const char *text, unsigned line), void *arg)
{
	recognizer_set_comments(r->rz, fn, arg);
}

void html_reader_set_language(struct html_reader *r, const struct languages *langs,
			      const char *locale)
{
	recognizer_set_language(r->rz, langs, locale);
}

void html_reader_set_page_title(struct html_reader *r, const char *title, unsigned line)
{
	recognizer_set_page_title(r->rz, title, line);
}

int html_reader_feed(struct html_reader *r, const char *buf, size_t len)
{
	return html_blocks_feed(r->blocks, buf, len);
}

int html_reader_finish(struct html_reader *r)
{
	bool stopped;

	if (html_blocks_finish(r->blocks, &stopped) < 0)
		recognizer_fail(r->rz);
	return recognizer_finish(r->rz, stopped);
}

void html_reader_free(struct html_reader *r)
{
	if (!r)
		return;
	html_blocks_free(r->blocks);
	recognizer_free(r->rz);
	free(r);
}
