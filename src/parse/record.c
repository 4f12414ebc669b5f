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

void record_start(struct source_record *rec, const char *path, enum record_origin origin,
		  unsigned line, int code, const char *reason, const char *l10n)
{
	*rec = (struct source_record){ 0 };
	rec->path = path;
	rec->origin = origin;
	rec->line = line;
	rec->code = code;
	rec->reason = reason;
	rec->reason_line = reason ? line : 0;
	rec->l10n_reason = l10n;
	rec->l10n_reason_line = l10n ? line : 0;
}
