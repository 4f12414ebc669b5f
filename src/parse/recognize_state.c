/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the recognizer's parts (recognize.c, tables.c, items.c) share
 * below them all: the record sink, and the headings above the block. */
#include <config.h>

#include "parse/heading.h"
#include "parse/recognize_impl.h"

int rz_emit(struct recognizer *rz, const struct source_record *rec)
{
	rz->nr_records++;
	if (rz->fn(rec, rz->arg) < 0) {
		rz->failed = true;
		rz->stopped = true;
		return -1;
	}
	return 0;
}

const char *rz_heading_class(const struct recognizer *rz, int max_level, unsigned *line)
{
	int l;

	for (l = max_level; l >= 1; l--) {
		if (rz->section_names[l] && heading_names_class(rz->section_names[l])) {
			*line = rz->section_lines[l];
			return rz->section_names[l];
		}
	}
	*line = 0;
	return NULL;
}
