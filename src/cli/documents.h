/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The FILE|DIR arguments of the commands that read documents (extract,
 * lint): each file, or every .html and .md document below a directory,
 * with the format to read it in. */
#ifndef STATUSGEN_DOCUMENTS_H
#define STATUSGEN_DOCUMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/cli.h"
#include "diag.h"
#include "parse/source.h"

/* --format: how to read the files named; not given, each by its name. */
struct document_format {
	bool given;
	enum source_format format;
};

#define DOCUMENTS_OPT_FORMAT(type, field) \
	CLI_CALLBACK("format", "FORMAT", type, field, documents_parse_format, \
		     N_("read FILEs as 'html' or 'markdown' (default: from\n" \
			"the file name)"))

/* --format's argument, into a struct document_format. */
int documents_parse_format(void *value, const char *arg);

/* A document to read: a FILE argument, or one found below a directory. */
struct document {
	char *path;
	enum source_format format;
};

/* The usage checks of a command that reads cli's FILE arguments, before
 * anything is read: there is one at least (else say none, a translated
 * message), and each is a directory or has a format that format or its
 * name tells.  Return 0, or EXIT_USAGE after saying what is wrong. */
int documents_usage(const struct cli *cli, const struct document_format *format,
		    const char *none);

/* The documents the nr files name: each file, read in format or the
 * format its name says, and every .html or .md below each directory, in
 * sorted order, read by its name.  *docs gets them (free with
 * free_documents()); return their number, and set *ret to -1 after
 * reporting a directory that could not be read or holds no document. */
size_t list_documents(char **files, int nr, const struct document_format *format,
		      struct document **docs, int *ret, struct diag *diag);

void free_documents(struct document *docs, size_t n);

#endif
