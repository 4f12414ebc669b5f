/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The catalog reader (libgettextpo and our own scan for msgctxt lines),
 * on a file holding the input. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz.h"
#include "parse/po_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct po_catalog cat;
	const char *path = fuzz_write_temp(".po", data, size);
	size_t i;

	if (po_catalog_read(&cat, path, NULL, fuzz_diag()) == 0) {
		for (i = 0; i < cat.nr; i++)
			if (po_catalog_find(&cat, cat.entries[i].msgctxt) == NULL)
				abort();
	}
	po_catalog_release(&cat);
	return 0;
}
