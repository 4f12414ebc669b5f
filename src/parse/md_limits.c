/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/md_limits.h"

#include <stdbool.h>

#include "i18n.h"

/* One line of the document, as cmark-gfm splits them: at "\n", "\r\n"
 * or a lone "\r". */
struct line {
	const char *start;
	const char *end;        /* the line end, excluded */
	unsigned number;
};

static bool next_line(const char *text, size_t len, size_t *pos, struct line *line)
{
	size_t i = *pos;

	if (i >= len)
		return false;
	line->start = text + i;
	while (i < len && text[i] != '\n' && text[i] != '\r')
		i++;
	line->end = text + i;
	if (i < len && text[i] == '\r')
		i++;
	if (i < len && text[i] == '\n')
		i++;
	line->number++;
	*pos = i;
	return true;
}

/* Past the container markers that can stand before a table line: white
 * space, block quote markers and list item markers, any number of them. */
static const char *skip_containers(const char *p, const char *end)
{
	for (;;) {
		const char *q = p;

		if (p < end && (*p == ' ' || *p == '\t' || *p == '>')) {
			p++;
			continue;
		}
		if (q < end && (*q == '-' || *q == '*' || *q == '+')) {
			q++;
		} else {
			while (q < end && q - p < 9 && *q >= '0' && *q <= '9')
				q++;
			if (q == p || q == end || (*q != '.' && *q != ')'))
				return p;
			q++;
		}
		if (q == end || (*q != ' ' && *q != '\t'))
			return p;
		p = q;
	}
}

static bool is_table_space(char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/* The number of columns of a delimiter row such as "| :-- | --: |", or
 * 0 when p..end is not one. */
static unsigned long delimiter_columns(const char *p, const char *end)
{
	unsigned long columns = 0;

	if (p < end && *p == '|')
		p++;
	for (;;) {
		const char *dashes;

		while (p < end && is_table_space(*p))
			p++;
		if (p == end && columns)
			return columns;
		if (p < end && *p == ':')
			p++;
		dashes = p;
		while (p < end && *p == '-')
			p++;
		if (p == dashes)
			return 0;
		if (p < end && *p == ':')
			p++;
		while (p < end && is_table_space(*p))
			p++;
		columns++;
		if (p == end)
			return columns;
		if (*p != '|')
			return 0;
		p++;
	}
}

int md_check_tables(const char *path, const char *text, size_t len, struct diag *diag)
{
	struct line line = { text, text, 0 };
	unsigned long columns = 0, cells = 0;
	bool previous_blank = true;
	size_t pos = 0;

	while (next_line(text, len, &pos, &line)) {
		const char *content = skip_containers(line.start, line.end);
		unsigned long width;

		if (content == line.end) {
			previous_blank = true;
			columns = 0;
			continue;
		}
		/* A delimiter row under any text may start a table, inside
		 * another table's rows too: the widest counts. */
		width = previous_blank ? 0 : delimiter_columns(content, line.end);
		previous_blank = false;
		if (width > MD_MAX_TABLE_COLUMNS) {
			diag_error(diag, path, line.number,
				   _("table has more than %u columns"), MD_MAX_TABLE_COLUMNS);
			return -1;
		}
		if (width > columns) {
			/* The header row above; the delimiter row has no cells. */
			cells += width;
			columns = width;
		} else {
			cells += columns;
		}
		if (cells > MD_MAX_TABLE_CELLS) {
			diag_error(diag, path, line.number,
				   _("the tables of this document have more than %u cells"), MD_MAX_TABLE_CELLS);
			return -1;
		}
	}
	return 0;
}
