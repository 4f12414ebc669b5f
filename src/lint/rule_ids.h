/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules' identifiers, from rules.def, for whoever reports a finding
 * (diag.h): only the enum, so that the readers need nothing else of
 * lint.  What a rule is called and says: rules.h. */
#ifndef STATUSGEN_RULE_IDS_H
#define STATUSGEN_RULE_IDS_H

enum rule {
	RULE_NONE,              /* a message of the program's own, no finding */
#define RULE(id, name, severity, fix, summary, help) RULE_##id,
#include "lint/rules.def"
#undef RULE
	NR_RULES
};

#endif
