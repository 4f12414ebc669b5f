/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reason-phrase indexes of the generated C source, which
 * http_status_from_reason() and http_status_from_reason_l10n() read
 * (the sections "reason types" and "from reason" of src/emit/c_runtime.c):
 * a perfect hash of the folded phrases (util/loose.h), built here with the
 * generated C's own fold and hash. */
#ifndef STATUSGEN_EMIT_C_REASON_H
#define STATUSGEN_EMIT_C_REASON_H

#include <stddef.h>
#include <stdio.h>

#include "dataset/dataset.h"

/* Phrases that fold to more bytes than this are in no index (and are
 * never found): a slot holds the length in a byte.  A registry phrase,
 * 200 characters at most, always fits. */
#define C_REASON_MAX_KEY 255u

/* Write the indexes, PREFIX_reason_indexes[1 + nr_locales] (P: the
 * prefix upper-cased): [0] the English names and former names of every
 * code of ds, [1 + i] the reason phrases of locales[i], the embedded
 * locales in the order of PREFIX_locales.  Where one phrase names two
 * codes, a code's own name wins over a former name, then the lower code.
 * Return 0, or -1 on a write error. */
int emit_c_reason_indexes(const struct dataset *ds, const char *const *locales,
			  size_t nr_locales, const char *prefix, const char *P, FILE *out);

#endif
