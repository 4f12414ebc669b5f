/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C string escaper.  Its output must be pure printable ASCII with no
 * "??" (so no trigraph can form), lines no longer than a compiler must
 * take, and must mean the input again: adjacent literals, one per line
 * ("..."\n\t"..."), are decoded here as a C compiler would. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/c_table.h"
#include "fuzz.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* The separator between two adjacent literals of one text. */
static const char next_literal[] = "\"\n\t\"";

/* Decode the adjacent literals "..." "..." at s into out, as a compiler
 * would; abort if they are not that. */
static void decode_literal(const char *s, size_t len, struct strbuf *out)
{
	size_t i, line = 0;

	if (len < 2 || s[0] != '"' || s[len - 1] != '"')
		abort();
	for (i = 1; i < len - 1; i++, line++) {
		if (line >= 4095)
			abort();
		if (s[i] == '"') {
			if (strncmp(s + i, next_literal, strlen(next_literal)))
				abort();
			i += strlen(next_literal) - 1;
			line = 0;
			continue;
		}
		if (s[i] < 0x20 || s[i] > 0x7e)
			abort();
		if (s[i] != '\\') {
			strbuf_addch(out, s[i]);
			continue;
		}
		i++;
		if (s[i] == '"' || s[i] == '\\' || s[i] == '?') {
			strbuf_addch(out, s[i]);
		} else if (s[i] >= '0' && s[i] <= '3' && s[i + 1] >= '0' && s[i + 1] <= '7' &&
			   s[i + 2] >= '0' && s[i + 2] <= '7') {
			/* Always three digits: a digit after it is not part of it. */
			strbuf_addch(out, (char)((s[i] - '0') * 64 + (s[i + 1] - '0') * 8 +
						 (s[i + 2] - '0')));
			i += 2;
		} else {
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf decoded = STRBUF_INIT;
	char *in = xstrndup((const char *)data, size), *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	if (!f || c_write_literal(f, in) != 0 || fclose(f) != 0)
		abort();
	if (memchr(out, '\0', len) || strstr(out, "??"))
		abort();
	decode_literal(out, len, &decoded);
	if (strcmp(strbuf_str(&decoded), in))
		abort();
	strbuf_release(&decoded);
	free(out);
	free(in);
	return 0;
}
