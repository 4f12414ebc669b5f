/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Markdown reader (front matter, cmark-gfm, the raw HTML filter and
 * the HTML reader behind them), through source_read() on a file holding
 * the input. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "parse/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct source_meta meta = { NULL, NULL, NULL, NULL };
	const char *path = fuzz_write_temp(".md", data, size);

	source_read(path, SOURCE_MARKDOWN, NULL, &meta, fuzz_diag(), fuzz_check_record, NULL);
	source_meta_release(&meta);
	return 0;
}
