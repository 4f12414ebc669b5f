/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What each column of a status table holds. */
#ifndef STATUSGEN_COLUMNS_H
#define STATUSGEN_COLUMNS_H

enum column_role { COL_CODE, COL_CLASS, COL_REASON, COL_L10N, COL_DESC, NR_COLUMNS };

/* The role a header cell's text names ("Status Code", "状态码", "Reason:"),
 * compared with ASCII case and trailing colons ignored; -1 for none. */
int column_of_header(const char *text);

#endif
