/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading one source document, HTML or Markdown, into records. */
#ifndef STATUSGEN_SOURCE_H
#define STATUSGEN_SOURCE_H

#include <stddef.h>

#include "diag.h"
#include "parse/front_matter.h"
#include "parse/input.h"
#include "parse/markdown_blocks.h"
#include "parse/record.h"

enum source_format { SOURCE_HTML, SOURCE_MARKDOWN };

/* Deepest nesting of Markdown elements (block quotes, lists, emphasis...)
 * accepted. */
#define SOURCE_MAX_NESTING MARKDOWN_MAX_NESTING

/* The format a path's extension names (.html, .htm, .xhtml; .md,
 * .markdown); -1 for anything else. */
int source_format_of(const char *path);

/* Read the document at path, of the given format, calling fn for every
 * record in document order, and fill *meta from its front matter (release
 * it with source_meta_release() whatever the result).  opt sets the size
 * limit, --lossy and the registry whose phrases are hints (NULL: the
 * defaults, no registry).  Return 0, or -1 after reporting
 * why the document could not be read. */
int source_read(const char *path, enum source_format format,
		const struct input_options *opt, struct source_meta *meta,
		struct diag *diag, record_fn *fn, void *arg);

#endif
