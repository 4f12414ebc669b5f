/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How every input file is read (documents, the registry, catalogs): the
 * limit on its size, and what becomes of invalid bytes in a document. */
#ifndef STATUSGEN_INPUT_H
#define STATUSGEN_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "util/strbuf.h"

struct languages;
struct registry;

struct input_options {
	size_t max_size;    /* bytes; a larger file is an error */
	bool lossy;         /* documents: invalid byte sequences become U+FFFD,
			     * with a warning, instead of an error */
	const struct registry *registry;    /* documents: the phrases the
			     * readers take as hints (recognizer_set_registry());
			     * NULL for none */
	/* documents: called with each HTML comment (its text, and the line
	 * it starts at), in document order (recognizer_set_comments());
	 * NULL: comments are passed over */
	void (*comment)(void *arg, const char *text, unsigned line);
	void *comment_arg;
	const struct languages *languages;  /* documents: what the readers
			     * know of each language (parse/languages.h);
			     * NULL for nothing */
	const char *locale; /* documents: --locale, the language of every
			     * one; NULL: each page tells its own */
};

/* The default limit on the size of an input file, 64 MiB. */
#define INPUT_DEFAULT_MAX_SIZE ((size_t)64 << 20)
#define INPUT_OPTIONS_INIT { INPUT_DEFAULT_MAX_SIZE, false, NULL, NULL, NULL, NULL, NULL }

/* opt, or the defaults when it is NULL. */
const struct input_options *input_options_or_default(const struct input_options *opt);

/* Open path for reading ("rb"); NULL after reporting why not, or that it
 * is a regular file larger than the limit.  fclose() it. */
FILE *input_open(const char *path, const struct input_options *opt, struct diag *diag);

/* Read the next chunk of at most want bytes of f into buf, adding its
 * length to *total.  Return the length (0 at the end), or -1 after
 * reporting a read error or that the file has passed the limit (a pipe,
 * or a file that grew). */
long input_read_chunk(FILE *f, const char *path, char *buf, size_t want, size_t *total,
		      const struct input_options *opt, struct diag *diag);

/* Read the whole file at path into out (appended).  Return 0, or -1
 * after reporting. */
int input_read_file(const char *path, const struct input_options *opt,
		    struct strbuf *out, struct diag *diag);

#endif
