/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules' identifiers, from rules.def, and the severities a finding
 * has, for whoever reports a finding (diag.h) and for the rules' table
 * (rules.h), which stands below diag.h.  What a rule is called and says:
 * rules.h. */
#ifndef STATUSGEN_RULE_IDS_H
#define STATUSGEN_RULE_IDS_H

enum diag_severity { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

enum rule {
	RULE_NONE,              /* a message of the program's own, no finding */
#define RULE(id, name, severity, fix, summary, help) RULE_##id,
#include "rules.def"
#undef RULE
	NR_RULES
};

#endif
