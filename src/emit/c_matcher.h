/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The locale matcher the generated C source holds for its embedded
 * locales (emit/c_table.c writes it between the sections of
 * src/emit/c_runtime.c). */
#ifndef STATUSGEN_EMIT_C_MATCHER_H
#define STATUSGEN_EMIT_C_MATCHER_H

#include <stddef.h>

/* The code of http_status_find_locale() for the nr locales names
 * (catalog names such as "zh_CN", in the order of the table of locales),
 * and the tables it reads, written with the default prefix.  free() it. */
char *c_locale_matcher(const char *const *names, size_t nr);

/* A subtag of up to four bytes packed, a byte each from the lowest, as
 * http_status_split_locale() (emit/c_locale.c) packs it in the generated
 * C. */
unsigned long c_locale_pack_tag(const char *s);

#endif
