/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The words files of data/languages/ as they were when the program was
 * built, one after the other, copied byte for byte into
 * builtin_languages.c by make: the readers' words for each language
 * (parse/languages.h), with no installed data needed. */
#ifndef STATUSGEN_BUILTIN_LANGUAGES_H
#define STATUSGEN_BUILTIN_LANGUAGES_H

#include <stddef.h>

extern const unsigned char builtin_language_words[];
extern const size_t builtin_language_words_size;

#endif
