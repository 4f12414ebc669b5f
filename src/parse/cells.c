/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/cells.h"

#include "util/text.h"

bool cell_is_code(const char *text, int *code)
{
	return text_scan_code(text, code) == 3 && text[3] == '\0';
}
