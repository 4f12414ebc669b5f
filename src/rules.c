/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/xalloc.h"

struct rule_info {
	const char *name;
	enum diag_severity severity;
	enum rule_fix fix;
	const char *summary;        /* N_() */
	const char *help;           /* N_() */
};

static const struct rule_info rules[NR_RULES] = {
	[RULE_NONE] = { "", DIAG_ERROR, RULE_NO_FIX, "", "" },
#define RULE(id, name, severity, fix, summary, help) \
	[RULE_##id] = { name, severity, fix, summary, help },
#include "rules.def"
#undef RULE
};

const char *rule_name(enum rule r)
{
	return rules[r].name;
}

enum diag_severity rule_severity(enum rule r)
{
	return rules[r].severity;
}

enum rule_fix rule_fix(enum rule r)
{
	return rules[r].fix;
}

const char *rule_summary(enum rule r)
{
	return _(rules[r].summary);
}

const char *rule_help(enum rule r)
{
	return _(rules[r].help);
}

enum rule rule_by_name(const char *name)
{
	int r;

	for (r = 1; r < NR_RULES; r++)
		if (!strcmp(rules[r].name, name))
			return (enum rule)r;
	return RULE_NONE;
}

const char *rule_severity_name(enum diag_severity severity)
{
	switch (severity) {
	case DIAG_NOTE:
		return "note";
	case DIAG_WARNING:
		return "warning";
	case DIAG_ERROR:
		break;
	}
	return "error";
}

int rule_set_parse(struct rule_set *set, const char *list, bool on, char **bad)
{
	const char *p = list;

	*bad = NULL;
	for (;;) {
		size_t n = strcspn(p, ",");
		char *name = xstrndup(p, n);
		enum rule r = rule_by_name(name);
		int i;

		if (!strcmp(name, "all")) {
			for (i = 1; i < NR_RULES; i++)
				set->has[i] = on;
		} else if (r != RULE_NONE) {
			set->has[r] = on;
		} else {
			*bad = name;
			return -1;
		}
		free(name);
		if (!p[n])
			return 0;
		p += n + 1;
	}
}

void rules_print(void)
{
	int r, width = 0;

	for (r = 1; r < NR_RULES; r++)
		if ((int)strlen(rules[r].name) > width)
			width = (int)strlen(rules[r].name);
	for (r = 1; r < NR_RULES; r++) {
		const char *fix = rules[r].fix == RULE_FIX ? "fix" :
				  rules[r].fix == RULE_FIX_OPT_IN ? "opt-in" : "-";

		printf("%-*s  %-7s  %-6s  %s\n", width, rules[r].name,
		       rule_severity_name(rules[r].severity), fix, _(rules[r].summary));
	}
}
