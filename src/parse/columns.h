/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What each column of a table holds, decided from its cells, with the
 * header text as a hint: codes, English reason phrases, localized names,
 * descriptions, class names. */
#ifndef STATUSGEN_COLUMNS_H
#define STATUSGEN_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/block.h"

struct languages;
struct phrases;

enum column_role { COL_CODE, COL_CLASS, COL_REASON, COL_L10N, COL_DESC, NR_COLUMNS };

/* The first rows of a table, as the typing sees them. */
struct column_sample {
	size_t nr_cols;
	const char *const *header;      /* nr_cols header texts ("" for none),
					 * or NULL for a table without one */
	const char *const *cells;       /* nr_rows x nr_cols, row by row; ""
					 * for an empty or missing cell */
	size_t nr_rows;
	bool page_other;                /* the page around the table is not
					 * written in Latin script */
	const struct phrases *phrases;  /* the registry's phrases, maybe none */
	const struct languages *languages;      /* words of each language, or NULL */
};

enum column_verdict {
	COLUMNS_STATUS,         /* a status table */
	COLUMNS_FOREIGN,        /* a table of codes that are not HTTP status
				 * codes ("1001"): example says which */
	COLUMNS_OTHER           /* some other table */
};

struct column_roles {
	int column[NR_COLUMNS];         /* the column of each role, or -1 */
	bool split;                     /* reason and localized name share one
					 * column: each cell is split by script */
	bool code_phrase;               /* the code column's cells go on with a
					 * phrase ("404 Not Found") */
	bool ignored[BLOCK_MAX_CELLS];  /* columns with text but no role */
	bool named;                     /* the header names columns (two or
					 * more), whatever the verdict */
	const char *example;            /* COLUMNS_FOREIGN: a cell of the
					 * code column, inside the sample */
};

/* Decide what each column of s holds. */
enum column_verdict columns_decide(const struct column_sample *s, struct column_roles *r);

#endif
