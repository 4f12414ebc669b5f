/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The files whose sections every generated C pair holds
 * (src/emit/c_runtime.h, c_runtime.c, c_locale.c and c_fold.c), copied byte for
 * byte into c_runtime_text.c by make, each ending in a NUL byte:
 * emit/c_table.c copies their sections into what it writes. */
#ifndef STATUSGEN_EMIT_C_RUNTIME_TEXT_H
#define STATUSGEN_EMIT_C_RUNTIME_TEXT_H

extern const unsigned char c_runtime_h_text[];
extern const unsigned char c_runtime_c_text[];
extern const unsigned char c_locale_c_text[];
extern const unsigned char c_fold_c_text[];

#endif
