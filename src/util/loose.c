/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "util/loose.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* The generated C's own code, compiled as the program's. */
#include "util/c_fold.c"

char *loose_fold(const char *text, size_t *len)
{
	size_t max = strlen(text), n;
	unsigned char *out = xmalloc(max + 9);

	n = http_status_fold_fast(text, out, max);
	memset(out + n, 0, 9);
	if (len)
		*len = n;
	return (char *)out;
}

bool loose_equal(const char *a, const char *b)
{
	char *fa = loose_fold(a, NULL), *fb = loose_fold(b, NULL);
	bool same = !strcmp(fa, fb);

	free(fa);
	free(fb);
	return same;
}

unsigned long long loose_hash(const char *p, size_t n, unsigned long long seed, bool full)
{
	return http_status_fold_hash((const unsigned char *)p, n, seed, full);
}

size_t loose_bucket(unsigned long long h, size_t mask)
{
	return http_status_fold_bucket(h, mask);
}

size_t loose_slot(unsigned long long h, unsigned d, size_t mask)
{
	return http_status_fold_slot(h, d, mask);
}
