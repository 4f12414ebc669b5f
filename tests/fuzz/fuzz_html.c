/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader.  The first byte picks the way in, the second where the
 * document is cut in two chunks (chunk boundaries inside a tag, an entity
 * or a UTF-8 sequence); the rest is the document:
 *
 *   byte 0, bits 0-1: the encoding html_reader_new() is given
 *                     (none = UTF-8, GBK, UTF-16LE, windows-1252)
 *           bit 2:    line numbers from data-sourcepos attributes, as
 *                     for Markdown, instead of from the parser
 *           bit 7:    read it as an .html file with source_read()
 *                     instead: the encoding then comes from a byte order
 *                     mark or a <meta> charset, and front matter is read
 *   byte 1:           the cut, at size * byte / 256 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "parse/html_reader.h"
#include "parse/source.h"

static const char *const encodings[] = { NULL, "GBK", "UTF-16LE", "windows-1252" };

static void read_file(const uint8_t *doc, size_t size)
{
	struct source_meta meta = { NULL, NULL, NULL };
	const char *path = fuzz_write_temp(".html", doc, size);

	source_read(path, SOURCE_HTML, NULL, &meta, fuzz_diag(), fuzz_check_record, NULL);
	source_meta_release(&meta);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct html_reader *r;
	const char *doc = (const char *)data + 2;
	size_t cut;
	unsigned mode;

	if (size < 2)
		return 0;
	mode = data[0];
	size -= 2;
	if (mode & 0x80) {
		read_file(data + 2, size);
		return 0;
	}
	cut = size * data[1] / 256;
	r = html_reader_new("fuzz.html",
			    mode & 4 ? HTML_LINES_FROM_SOURCEPOS : HTML_LINES_FROM_PARSER,
			    encodings[mode & 3], fuzz_diag(), fuzz_check_record, NULL);
	if (!r)
		return 0;
	if (html_reader_feed(r, doc, cut) == 0)
		html_reader_feed(r, doc + cut, size - cut);
	html_reader_finish(r);
	html_reader_free(r);
	return 0;
}
