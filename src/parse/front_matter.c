/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/front_matter.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

void source_meta_release(struct source_meta *meta)
{
	free(meta->title);
	free(meta->lang);
	meta->title = meta->lang = NULL;
}

/* Length of the line at s (without its end), and of its end in *eol. */
static size_t line_length(const char *s, size_t len, size_t *eol)
{
	size_t n = 0;

	while (n < len && s[n] != '\n')
		n++;
	*eol = n < len ? 1 : 0;
	if (n && s[n - 1] == '\r') {
		n--;
		(*eol)++;
	}
	return n;
}

static bool is_delimiter(const char *s, size_t n, bool closing)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return (n == 3 && !memcmp(s, "---", 3)) ||
	       (closing && n == 3 && !memcmp(s, "...", 3));
}

/* Read a mapping of scalars; keep the keys we know. */
static int parse_yaml(const char *path, const char *text, size_t len,
		      struct source_meta *meta, struct diag *diag)
{
	yaml_parser_t parser;
	yaml_event_t event;
	char *key = NULL;
	int depth = 0, ret = 0;
	bool done = false;

	if (!yaml_parser_initialize(&parser)) {
		fputs(_("statusgen: fatal: out of memory\n"), stderr);
		exit(1);
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			/* Encoding problems carry an offset, syntax ones a mark;
			 * line 1 of the YAML is line 2 of the file. */
			unsigned line = parser.error == YAML_READER_ERROR ?
				line_of_offset(text, parser.problem_offset < len ?
					       parser.problem_offset : len) :
				(unsigned)parser.problem_mark.line + 1;

			diag_error(diag, path, line + 1,
				   _("malformed front matter: %s"),
				   parser.problem ? parser.problem : _("syntax error"));
			ret = -1;
			break;
		}
		switch (event.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			depth++;
			free(key);
			key = NULL;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			depth--;
			break;
		case YAML_SCALAR_EVENT:
			if (depth != 1) {
				break;
			} else if (!key) {
				key = xstrndup((const char *)event.data.scalar.value,
					       event.data.scalar.length);
			} else {
				char **slot = !strcmp(key, "title") ? &meta->title :
					      !strcmp(key, "lang") ? &meta->lang : NULL;

				if (slot) {
					free(*slot);
					*slot = xstrndup((const char *)event.data.scalar.value,
							 event.data.scalar.length);
				}
				free(key);
				key = NULL;
			}
			break;
		default:
			break;
		}
		yaml_event_delete(&event);
	}
	free(key);
	yaml_parser_delete(&parser);
	return ret;
}

int front_matter_read(const char *path, const char *text, size_t len,
		      struct source_meta *meta, size_t *end,
		      struct diag *diag)
{
	size_t pos, n, eol, body;
	*end = 0;
	n = line_length(text, len, &eol);
	if (!eol || !is_delimiter(text, n, false))
		return 0;
	pos = body = n + eol;
	while (pos < len) {
		n = line_length(text + pos, len - pos, &eol);
		if (is_delimiter(text + pos, n, true)) {
			if (parse_yaml(path, text + body, pos - body, meta, diag) < 0)
				return -1;
			*end = pos + n + eol;
			return 0;
		}
		pos += n + eol;
	}
	diag_error(diag, path, 1, _("front matter is not closed by a '---' line"));
	return -1;
}
