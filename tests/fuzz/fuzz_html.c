/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader.  The first byte picks the way in, the second where the
 * document is cut in two chunks (chunk boundaries inside a tag, an entity
 * or a UTF-8 sequence); the rest is the document:
 *
 *   byte 0, bits 0-1: the encoding html_blocks_new() is given
 *                     (none = UTF-8, GBK, UTF-16LE, windows-1252)
 *           bit 7:    read it as an .html file with source_read()
 *                     instead: the encoding then comes from a byte order
 *                     mark or a <meta> charset, and front matter is read
 *   byte 1:           the cut, at size * byte / 256 */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "parse/html_blocks.h"
#include "parse/recognize.h"
#include "parse/source.h"

static const char *const encodings[] = { NULL, "GBK", "UTF-16LE", "windows-1252" };

static void read_file(const uint8_t *doc, size_t size)
{
	struct source_meta meta = { NULL, NULL, NULL, NULL };
	const char *path = fuzz_write_temp(".html", doc, size);

	source_read(path, SOURCE_HTML, NULL, &meta, fuzz_diag(), fuzz_check_record, NULL);
	source_meta_release(&meta);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct html_blocks *blocks;
	struct recognizer *rz;
	const char *doc = (const char *)data + 2;
	size_t cut;
	unsigned mode;
	bool stopped;

	if (size < 2)
		return 0;
	mode = data[0];
	size -= 2;
	if (mode & 0x80) {
		read_file(data + 2, size);
		return 0;
	}
	cut = size * data[1] / 256;
	rz = recognizer_new("fuzz.html", fuzz_diag(), fuzz_check_record, NULL);
	blocks = html_blocks_new("fuzz.html", encodings[mode & 3], fuzz_diag(), recognizer_block,
				 rz);
	if (blocks) {
		if (html_blocks_feed(blocks, doc, cut) == 0)
			html_blocks_feed(blocks, doc + cut, size - cut);
		if (html_blocks_finish(blocks, &stopped) < 0)
			recognizer_fail(rz);
		recognizer_finish(rz, stopped);
	}
	html_blocks_free(blocks);
	recognizer_free(rz);
	return 0;
}
