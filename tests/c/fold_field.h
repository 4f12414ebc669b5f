/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A field of tests/c/fold-cases, decoded: read by the generated C's probe
 * (tests/c/api_probe.c, C99) and by the program's unit test
 * (tests/unit/test_loose.c), so that both read the table alike. */
#ifndef STATUSGEN_FOLD_FIELD_H
#define STATUSGEN_FOLD_FIELD_H

#include <stdio.h>
#include <string.h>

/* field decoded into out (size bytes, NUL-terminated): \xHH a byte, \\ a
 * backslash, "-" nothing. */
static void fold_field_decode(const char *field, char *out, size_t size)
{
	size_t n = 0;
	unsigned byte;

	if (!strcmp(field, "-"))
		field = "";
	for (; *field && n + 1 < size; field++) {
		if (field[0] == '\\' && field[1] == 'x' && sscanf(field + 2, "%2x", &byte) == 1) {
			out[n++] = (char)byte;
			field += 3;
		} else if (field[0] == '\\' && field[1] == '\\') {
			out[n++] = '\\';
			field++;
		} else {
			out[n++] = *field;
		}
	}
	out[n] = '\0';
}

#endif
