/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Plural-Forms of a catalog's header by language, as they were when
 * the program was built: data/plural-forms, copied byte for byte into
 * builtin_plural_forms.c by make (lines "LL<TAB>expression", '#'
 * comment lines). */
#ifndef STATUSGEN_BUILTIN_PLURAL_FORMS_H
#define STATUSGEN_BUILTIN_PLURAL_FORMS_H

#include <stddef.h>

extern const unsigned char builtin_plural_forms[];
extern const size_t builtin_plural_forms_size;

#endif
