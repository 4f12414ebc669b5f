/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/record.h"

#include "diag.h"
#include "i18n.h"

bool record_code_in_range(int code)
{
	return code >= RECORD_CODE_MIN && code <= RECORD_CODE_MAX;
}

void record_report_code_range(struct diag *diag, const char *path, unsigned line, int code)
{
	diag_finding(diag, RULE_BAD_CODE, path, line, _("status code %d is out of range (%d-%d)"),
		     code, RECORD_CODE_MIN, RECORD_CODE_MAX);
}
