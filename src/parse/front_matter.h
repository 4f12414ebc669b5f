/* SPDX-License-Identifier: GPL-3.0-or-later */
/* YAML front matter ("---" ... "---" at the top of a page, as Jekyll
 * writes it), read with libyaml. */
#ifndef STATUSGEN_FRONT_MATTER_H
#define STATUSGEN_FRONT_MATTER_H

#include <stddef.h>

#include "diag.h"

/* Document metadata.  Strings are NULL when absent; release with
 * source_meta_release(). */
struct source_meta {
	char *title;
	char *lang;
	const char *encoding;   /* not front matter: the encoding an HTML page
				 * was decoded from, a name iconv knows (not to
				 * be freed); NULL for UTF-8 */
	char *locale;       /* the page's language, as the readers found it
			     * (source_read()): a catalog's locale name such
			     * as "pt_BR", or NULL when the page does not tell */
};

void source_meta_release(struct source_meta *meta);

/* If text[0..len) starts with front matter (a "---" line, a YAML mapping,
 * a "---" or "..." line), parse it into *meta and store in *end the offset
 * just past its closing line; return 0 (with *end = 0 when there is none:
 * a "---" line followed by what is not a mapping is a thematic break).
 * limit is 0 when text is the whole document, else the number of bytes
 * of the document text is the start of: front matter must end within
 * them.  Return -1 after reporting malformed, unclosed or too long YAML. */
int front_matter_read(const char *path, const char *text, size_t len, size_t limit,
		      struct source_meta *meta, size_t *end,
		      struct diag *diag);

/* The line (from 1) of the first line of text[0..end) that starts with
 * key and a colon ("title:"), the front matter text[0..end) is; 0 if
 * none. */
unsigned front_matter_key_line(const char *text, size_t end, const char *key);

#endif
