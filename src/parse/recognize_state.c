/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the recognizer's parts (recognize.c, tables.c, items.c) share
 * below them all: the record sink, and the headings above the block. */
#include <config.h>

#include "parse/heading.h"
#include "parse/languages.h"
#include "parse/recognize_impl.h"

int rz_emit(struct recognizer *rz, const struct source_record *rec)
{
	return rz_settle_names(rz, rec);
}

bool rz_names_class(const struct recognizer *rz, const char *text)
{
	return heading_names_class(text) || languages_class_of(rz->langs, text);
}

const char *rz_heading_class(const struct recognizer *rz, int max_level, unsigned *line)
{
	int l;

	for (l = max_level; l >= 1; l--) {
		if (rz->section_names[l] && rz_names_class(rz, rz->section_names[l])) {
			*line = rz->section_lines[l];
			return rz->section_names[l];
		}
	}
	*line = 0;
	return NULL;
}
