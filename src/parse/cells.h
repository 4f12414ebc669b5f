/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the text of one cell, heading or list item: a status code. */
#ifndef STATUSGEN_CELLS_H
#define STATUSGEN_CELLS_H

#include <stdbool.h>

/* True if text is a status code and nothing else ("404"); its value in
 * *code. */
bool cell_is_code(const char *text, int *code);

#endif
