/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the text of one cell, heading or list item: status codes, the
 * script text is written in, and text that mixes a code, an English
 * phrase and a localized one. */
#ifndef STATUSGEN_CELLS_H
#define STATUSGEN_CELLS_H

#include <stdbool.h>
#include <stddef.h>

/* True if text is a status code and nothing else ("404"); its value in
 * *code. */
bool cell_is_code(const char *text, int *code);

/* The one rule for a code that starts a text: three ASCII digits, then
 * the end or a character that is neither a letter nor a digit, and not a
 * '.' or ',' followed by a digit ("404.0" is no code).  Return 3 with the
 * value in *code, or 0. */
size_t cell_code_prefix(const char *text, int *code);

/* Skip what may stand between a code and its phrase ("404 - Not Found",
 * "404: x", "404：x", "404 — x", "**404** x" after markup is gone). */
const char *cell_skip_separators(const char *s);

/* What the letters of a text are written in. */
enum cell_script {
	SCRIPT_NONE,            /* no letters at all: "", "★", "1.0" */
	SCRIPT_LATIN,           /* Latin letters only */
	SCRIPT_OTHER,           /* letters of other scripts only (Han, kana,
				 * Hangul, Cyrillic, ...) */
	SCRIPT_MIXED            /* both */
};

enum cell_script cell_script(const char *text);

/* True if text reads as a sentence rather than a name: Latin text of
 * eight words or more, or ending in '.', '!' or '?' after two words or
 * more; so is text in Cyrillic, Greek and other scripts written in
 * words; other text (Han, kana, Hangul, Thai) of more than 12 letters
 * and digits, or with sentence punctuation (。，、；！？ or a final '.'). */
bool cell_is_sentence(const char *text);

/* Number of characters (code points) of a UTF-8 text. */
size_t cell_length(const char *text);

/* Split text written in two scripts, one after the other, into its Latin
 * part and its other part: "Continue 继续请求", "临时跳转 Moved
 * Temporarily", "Not Found（未検出）", "인증 필요 Unauthorized".  The other
 * part may hold Latin words after its first letter ("URI Too Long
 * 请求URI过长"); the Latin part may hold no other letters.  Brackets and
 * separators around either part are dropped.  Return true with both
 * parts, which the caller frees; false (and NULLs) if text is not such a
 * pair. */
bool cell_split_scripts(const char *text, char **latin, char **other);

/* A copy of text[0..len) with white space, brackets and separators
 * ("-", ":", "/", "|", "·", full-width ones) trimmed from both ends.
 * free() it. */
char *cell_trim(const char *text, size_t len);

/* Decoration around a name or before a code (emoji, "⭐", "✅", "➜"):
 * text after the decoration and white space it starts with; text itself
 * if none. */
const char *cell_skip_decoration(const char *text);

/* The length of text[0..len) without the decoration and white space it
 * ends with ("Not Found ⭐" is "Not Found"). */
size_t cell_decoration_end(const char *text, size_t len);

#endif
