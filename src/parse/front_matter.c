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
	free(meta->locale);
	meta->title = meta->lang = meta->locale = NULL;
	meta->encoding = NULL;
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

/* Parse the YAML in text[0..len).  Keep the scalar values of the keys we
 * know from a top-level mapping; skip every other value.  Return 1 for a
 * mapping, 0 when the text is not one (so it is not front matter at all),
 * -1 after reporting a syntax error. */
static int parse_yaml(const char *path, const char *text, size_t len,
		      struct source_meta *meta, struct diag *diag)
{
	yaml_parser_t parser;
	yaml_event_t event;
	char *key = NULL;
	int depth = 0, ret = 1;
	bool want_key = true, done = false, root_seen = false;

	if (!yaml_parser_initialize(&parser))
		xalloc_die();
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			/* Encoding problems carry an offset, syntax ones a mark;
			 * line 1 of the YAML is line 2 of the file. */
			unsigned line = parser.error == YAML_READER_ERROR ?
				line_of_offset(text, parser.problem_offset < len ?
					       parser.problem_offset : len) :
				(unsigned)parser.problem_mark.line + 1;

			diag_finding(diag, RULE_BAD_FRONT_MATTER, path, line + 1,
				     _("malformed front matter: %s"),
				     parser.problem ? parser.problem : _("syntax error"));
			ret = -1;
			break;
		}
		switch (event.type) {
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			done = true;
			break;
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			if (!root_seen && event.type == YAML_SEQUENCE_START_EVENT) {
				ret = 0;
				done = true;
			}
			root_seen = true;
			depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			/* A container that was a value (or a key) is done. */
			if (--depth == 1)
				want_key = !want_key;
			break;
		case YAML_SCALAR_EVENT:
		case YAML_ALIAS_EVENT:
			if (!root_seen) {
				ret = 0;
				done = true;
			} else if (depth == 1 && want_key) {
				free(key);
				key = event.type == YAML_SCALAR_EVENT ?
					xstrndup((const char *)event.data.scalar.value,
						 event.data.scalar.length) : NULL;
				want_key = false;
			} else if (depth == 1) {
				char **slot = !key ? NULL :
					      !strcmp(key, "title") ? &meta->title :
					      !strcmp(key, "lang") ? &meta->lang : NULL;

				if (slot && event.type == YAML_SCALAR_EVENT) {
					free(*slot);
					*slot = xstrndup((const char *)event.data.scalar.value,
							 event.data.scalar.length);
				}
				want_key = true;
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

/* Does the line look like the start of a YAML mapping ("key: value")? */
static bool looks_like_yaml_key(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == '_' || s[i] == '-' || (s[i] >= 'a' && s[i] <= 'z') ||
			 (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
		i++;
	return i > 0 && i < n && s[i] == ':' && (i + 1 == n || s[i + 1] == ' ');
}

int front_matter_read(const char *path, const char *text, size_t len, size_t limit,
		      struct source_meta *meta, size_t *end,
		      struct diag *diag)
{
	size_t pos, n, eol, body;
	int kind;

	*end = 0;
	n = line_length(text, len, &eol);
	if (!eol || !is_delimiter(text, n, false))
		return 0;
	pos = body = n + eol;
	while (pos < len) {
		n = line_length(text + pos, len - pos, &eol);
		if (is_delimiter(text + pos, n, true)) {
			kind = parse_yaml(path, text + body, pos - body, meta, diag);
			if (kind < 0)
				return -1;
			/* Not a mapping: a thematic break, not front matter. */
			if (kind > 0)
				*end = pos + n + eol;
			return 0;
		}
		pos += n + eol;
	}
	n = line_length(text + body, len - body, &eol);
	if (!looks_like_yaml_key(text + body, n))
		return 0;
	if (!limit)
		diag_finding(diag, RULE_BAD_FRONT_MATTER, path, 1,
			     _("front matter is not closed by a '---' line"));
	else
		diag_finding(diag, RULE_BAD_FRONT_MATTER, path, 1,
			     _("front matter does not end within the first %zu KiB"),
			     limit >> 10);
	return -1;
}

unsigned front_matter_key_line(const char *text, size_t end, const char *key)
{
	size_t n = strlen(key), pos = 0;
	unsigned line = 1;

	while (pos < end) {
		if (pos + n < end && !strncmp(text + pos, key, n) && text[pos + n] == ':')
			return line;
		while (pos < end && text[pos] != '\n')
			pos++;
		pos++;
		line++;
	}
	return 0;
}
