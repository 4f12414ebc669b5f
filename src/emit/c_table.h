/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The C tables other projects vendor: a header and a source file that
 * need nothing but a C99 compiler (no gettext, no statusgen). */
#ifndef STATUSGEN_EMIT_C_TABLE_H
#define STATUSGEN_EMIT_C_TABLE_H

#include <stdbool.h>
#include <stdio.h>

#include "dataset/dataset.h"

struct c_table_options {
	const char *prefix;             /* "http_status": symbols and, upper-cased, macros */
	const char *header_name;        /* what the source #includes ("http_status.h") */
	const char *const *locales;     /* the translations to embed, NULL-terminated */
	bool descriptions;              /* the descriptions, English and translated */
	bool references;                /* the references ("RFC9110, Section 15.5.5") */
};

/* True if s can be a C identifier (and so a prefix). */
bool c_identifier_ok(const char *s);

/* True if s can be named in #include "s": printable ASCII with no '"',
 * '\\', '\'', '/' or "??", which a header name cannot escape. */
bool c_header_name_ok(const char *s);

/* True if s is short enough for a string literal (C99 promises 4095
 * bytes); a longer text must be written with c_write_char_array(). */
bool c_fits_literal(const char *s);

/* Write s as a C string literal: printable ASCII as is but for '"' and
 * '\\' (escaped) and a '?' after a '?' (escaped, so no trigraph forms),
 * every other byte as a three-digit octal escape.  The output is pure
 * ASCII; a long text is split into adjacent literals on several lines.
 * This is the one escaper of text for the generated C: a text that may
 * not fit in a literal (c_fits_literal()) is written as an array
 * (c_write_char_array()) or cut to fit by its caller.  Return 0, or -1 if
 * writing failed. */
int c_write_literal(FILE *out, const char *s);

/* Write "static const char NAME[n] = { 'a', '\346', ..., '\000' };", s as
 * an array of character constants (escaped as by c_write_literal()), for
 * a text too long for a literal.  Return 0, or -1 if writing failed. */
int c_write_char_array(FILE *out, const char *name, const char *s);

/* Write the header and the source.  Return 0, or -1 if writing failed. */
int emit_c_header(const struct dataset *ds, const struct c_table_options *opt, FILE *out);
int emit_c_source(const struct dataset *ds, const struct c_table_options *opt, FILE *out);

#endif
