/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of every finding, lint's and the readers' (rules.def): their names, severities, descriptions
 * and fixes, and sets of them as --disable, --enable and --fix name
 * them. */
#ifndef STATUSGEN_RULES_H
#define STATUSGEN_RULES_H

#include <stdbool.h>

#include "rule_ids.h"

enum rule_fix {
	RULE_NO_FIX,
	RULE_FIX,               /* fixed by --fix */
	RULE_FIX_OPT_IN         /* fixed only when --fix names it */
};

/* What rules.def says of rule r (not RULE_NONE): its name
 * ("misspelled-phrase"), severity, fix, and its description in one line
 * and how to fix it (both translated). */
const char *rule_name(enum rule r);
enum diag_severity rule_severity(enum rule r);
enum rule_fix rule_fix(enum rule r);
const char *rule_summary(enum rule r);
const char *rule_help(enum rule r);

/* The rule named name, or RULE_NONE. */
enum rule rule_by_name(const char *name);

/* "error", "warning" or "note", untranslated: as the report formats
 * write them. */
const char *rule_severity_name(enum diag_severity severity);

/* A set of rules: true for each rule in it. */
struct rule_set {
	bool has[NR_RULES];
};

/* Set (on) or clear (!on) in *set each rule of list, rule names separated
 * by commas ("all": every rule).  Return 0, or -1 with *bad the first
 * name that is no rule (a copy: free() it). */
int rule_set_parse(struct rule_set *set, const char *list, bool on, char **bad);

/* Print every rule, its severity, its fix and its description, one a
 * line, in rules.def's order. */
void rules_print(void);

#endif
