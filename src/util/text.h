/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small text helpers shared by the readers.  None of them allocates
 * memory it hands back. */
#ifndef STATUSGEN_TEXT_H
#define STATUSGEN_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

/* Offset of the first byte of s[0..len) that is not part of well-formed
 * UTF-8 (overlongs, surrogates and code points past U+10FFFF included),
 * or len when all of it is well-formed. */
size_t utf8_invalid_offset(const char *s, size_t len);

/* At an offset utf8_invalid_offset() returned: how many bytes there start
 * a well-formed sequence without completing one (the "maximal subpart"
 * of Unicode 3.9, which one U+FFFD replaces), 0 when the first byte can
 * start none.  All of s[0..len) when the input ends inside a sequence. */
size_t utf8_prefix_length(const char *s, size_t len);

/* 1-based line number of byte offset off in s. */
unsigned line_of_offset(const char *s, size_t off);

/* Collapse every run of white space (ASCII, no-break space U+00A0 and
 * ideographic space U+3000) in sb into one ASCII space and trim both ends. */
void text_collapse_space(struct strbuf *sb);

/* If s starts with exactly three ASCII digits not followed by a fourth,
 * store their value in *code and return the number of bytes read (3);
 * otherwise return 0. */
size_t text_scan_code(const char *s, int *code);

/* True if s holds at least one letter and only printable ASCII. */
bool text_is_ascii_phrase(const char *s);

/* The words of s: runs of bytes other than ' ' ("a  b " has 2). */
unsigned text_count_words(const char *s);

/* c with ASCII upper case letters turned to lower case. */
char text_lower_ascii(char c);

/* strcmp for qsort over an array of char *. */
int text_compare_ptrs(const void *a, const void *b);

/* True for a locale name like "en", "zh_CN" or "haw_US": two or three
 * letters a to z, then optionally '_' and two letters A to Z; nothing
 * else (no codeset, no modifier such as "@latin", no digits). */
bool text_is_locale_name(const char *s);

/* A size such as "65536", "64K", "64M" or "1G" (K, M, G: KiB, MiB, GiB;
 * either case) into *size.  Return 0, or -1 for anything else, for 0 and
 * for a size that does not fit a size_t. */
int text_parse_size(const char *s, size_t *size);

/* Case-insensitive (ASCII only) equality, of whole strings or of n bytes. */
bool text_equal_nocase(const char *a, const char *b);
bool text_equal_nocase_n(const char *a, const char *b, size_t n);

/* True if word occurs in text, ASCII case ignored. */
bool text_contains_nocase(const char *text, const char *word);

/* Levenshtein distance between a and b, ASCII case ignored: how far a
 * phrase is from a registered one.  (It allocates, and frees, one row.) */
size_t text_edit_distance(const char *a, const char *b);

#endif
