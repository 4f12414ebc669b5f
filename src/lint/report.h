/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lint's report formats, all made from one list of findings (the ones
 * the gcc lines show, in their order):
 *
 *   gcc     path:line: severity: message [rule], one a line (the default)
 *   json    one JSON document, data/lint-report.schema.json
 *   sarif   SARIF 2.1.0, with tool.driver.rules
 *   github  GitHub Actions workflow commands (::warning file=...::...)
 *
 * A report is written as the documents are checked, each finding once it
 * is known; the end of a JSON or SARIF report closes it. */
#ifndef STATUSGEN_REPORT_H
#define STATUSGEN_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "lint/fix.h"

enum lint_format { LINT_GCC, LINT_JSON, LINT_SARIF, LINT_GITHUB };

/* The format named name ("gcc", "json", "sarif", "github"); -1 if none. */
int lint_format_of(const char *name);

/* A finding as it is reported. */
struct lint_finding {
	struct diag_finding f;
	bool has_fix;               /* fix is located (fix.h) */
	struct fix fix;
};

/* What a report ends with. */
struct lint_summary {
	unsigned long count[3];     /* findings reported, by severity */
	unsigned long fixed;        /* findings fixed by --fix */
	bool complete;              /* every document was read and every
				     * output written: no error of the
				     * program's own */
};

struct lint_report;

/* A report in format, written to out.  Free with lint_report_free(). */
struct lint_report *lint_report_new(enum lint_format format, FILE *out);

/* A document checked, before its findings. */
void lint_report_document(struct lint_report *r, const char *path);

void lint_report_finding(struct lint_report *r, const struct lint_finding *f);

/* End the report (what JSON and SARIF need to be whole). */
void lint_report_finish(struct lint_report *r, const struct lint_summary *s);

void lint_report_free(struct lint_report *r);

#endif
