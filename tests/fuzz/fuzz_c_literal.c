/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C string escaper.  Its output must be pure printable ASCII with no
 * "??" (so no trigraph can form), and must mean the input again: a
 * literal is decoded here as a C compiler would, and the array form
 * used for long strings is read back byte by byte. */
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

/* Decode the literal "..." at s into out; abort if it is not one. */
static void decode_literal(const char *s, size_t len, struct strbuf *out)
{
	size_t i;

	if (len < 2 || s[0] != '"' || s[len - 1] != '"')
		abort();
	for (i = 1; i < len - 1; i++) {
		if (s[i] == '"')
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

/* Read back "(const char[]){ 1, 2, 0 }"; abort if it is not that. */
static void decode_array(const char *s, size_t len, struct strbuf *out)
{
	static const char head[] = "(const char[]){ ", tail[] = "0 }";
	const char *p = s + strlen(head), *end = s + len - strlen(tail);

	if (len < strlen(head) + strlen(tail) || strncmp(s, head, strlen(head)) ||
	    strcmp(end, tail))
		abort();
	while (p < end) {
		unsigned v = 0;
		size_t digits = 0;

		while (p[digits] >= '0' && p[digits] <= '9') {
			v = v * 10 + (unsigned)(p[digits] - '0');
			digits++;
		}
		if (!digits || digits > 3 || v == 0 || v > 255 || strncmp(p + digits, ", ", 2))
			abort();
		strbuf_addch(out, (char)v);
		p += digits + 2;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf decoded = STRBUF_INIT;
	char *in = xstrndup((const char *)data, size), *out = NULL;
	size_t len = 0, i;
	FILE *f = open_memstream(&out, &len);

	if (!f || c_write_literal(f, in) != 0 || fclose(f) != 0)
		abort();
	for (i = 0; i < len; i++)
		if (out[i] < 0x20 || out[i] > 0x7e)
			abort();
	if (memchr(out, '\0', len) || strstr(out, "??"))
		abort();
	if (out[0] == '"')
		decode_literal(out, len, &decoded);
	else
		decode_array(out, len, &decoded);
	if (strcmp(strbuf_str(&decoded), in))
		abort();
	strbuf_release(&decoded);
	free(out);
	free(in);
	return 0;
}
