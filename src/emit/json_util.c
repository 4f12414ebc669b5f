/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/json_util.h"

#include <stdio.h>
#include <stdlib.h>

json_t *json_string_checked(const char *s)
{
	json_t *j = json_string(s);

	if (!j) {
		fprintf(stderr, "statusgen: internal error: string is not valid UTF-8\n");
		abort();
	}
	return j;
}
