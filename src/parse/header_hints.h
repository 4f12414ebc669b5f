/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Header texts as hints of what a column holds. */
#ifndef STATUSGEN_HEADER_HINTS_H
#define STATUSGEN_HEADER_HINTS_H

/* The role (enum column_role, columns.h) a header cell's text names
 * ("Status Code", "状态码", "Reason:", "状态码[Status Code]", "Code 代码"),
 * compared with ASCII case and trailing colons ignored; -1 for none. */
int column_of_header(const char *text);

#endif
