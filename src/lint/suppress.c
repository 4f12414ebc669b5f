/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "lint/suppress.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util/xalloc.h"

enum suppress_kind {
	SUPPRESS_DISABLE,       /* from line on */
	SUPPRESS_ENABLE,        /* from line on */
	SUPPRESS_LINE           /* line only */
};

struct suppress_event {
	enum suppress_kind kind;
	unsigned line;
	bool all;               /* every rule, else those of rules */
	struct rule_set rules;
};

static const struct {
	const char *word;
	enum suppress_kind kind;
	unsigned next;          /* the line it silences: the comment's + next */
} directives[] = {
	{ "statusgen-disable", SUPPRESS_DISABLE, 0 },
	{ "statusgen-enable", SUPPRESS_ENABLE, 0 },
	{ "statusgen-disable-next-line", SUPPRESS_LINE, 1 },
	{ "statusgen-disable-line", SUPPRESS_LINE, 0 },
};

#define NR_DIRECTIVES (sizeof(directives) / sizeof(directives[0]))
#define PREFIX "statusgen-"
#define SEPARATORS " \t\r\n\f,"

static size_t word_length(const char *p)
{
	return strcspn(p, SEPARATORS);
}

static const char *skip_separators(const char *p)
{
	return p + strspn(p, SEPARATORS);
}

/* The rule names after the directive: into ev (all of them when there is
 * none, or "all"); each unknown one reported at line. */
static void read_rules(struct suppress_event *ev, const char *p, unsigned line,
		       const char *path, struct diag *diag)
{
	bool named = false;

	for (p = skip_separators(p); *p; p = skip_separators(p)) {
		size_t n = word_length(p);
		char *name = xstrndup(p, n);
		enum rule r = rule_by_name(name);

		if (!strcmp(name, "all")) {
			ev->all = true;
		} else if (r != RULE_NONE) {
			ev->rules.has[r] = true;
		} else {
			struct diag_quote q;

			diag_finding(diag, RULE_UNKNOWN_RULE, path, line,
				     _("no rule is called '%s' ('statusgen lint --list-rules' lists them)"),
				     diag_quote(&q, name));
		}
		named = true;
		free(name);
		p += n;
	}
	if (!named)
		ev->all = true;
}

void suppressions_comment(struct suppressions *s, const char *text, unsigned line,
			  const char *path, struct diag *diag)
{
	const char *p = skip_separators(text), *q;
	struct suppress_event ev;
	size_t n = word_length(p), i, newlines = 0;

	if (strncmp(p, PREFIX, strlen(PREFIX)))
		return;
	for (i = 0; i < NR_DIRECTIVES; i++)
		if (strlen(directives[i].word) == n && !strncmp(p, directives[i].word, n))
			break;
	if (i == NR_DIRECTIVES) {
		char *word = xstrndup(p, n);
		struct diag_quote dq;

		diag_finding(diag, RULE_UNKNOWN_RULE, path, line,
			     _("'%s' is no statusgen comment (use statusgen-disable, statusgen-enable, statusgen-disable-next-line or statusgen-disable-line)"),
			     diag_quote(&dq, word));
		free(word);
		return;
	}
	for (q = text; *q; q++)
		newlines += *q == '\n';
	memset(&ev, 0, sizeof(ev));
	ev.kind = directives[i].kind;
	/* The line after a comment is the one after its last line. */
	ev.line = line + (directives[i].next ? (unsigned)newlines + 1 : 0);
	read_rules(&ev, p + n, line, path, diag);
	XGROW(s->ev, s->alloc, s->nr + 1);
	s->ev[s->nr++] = ev;
}

static bool names(const struct suppress_event *ev, enum rule rule)
{
	return ev->all || ev->rules.has[rule];
}

bool suppressions_silence(const struct suppressions *s, enum rule rule, unsigned line)
{
	bool off = false;
	size_t i;

	if (!line)
		return false;
	for (i = 0; i < s->nr; i++) {
		const struct suppress_event *ev = &s->ev[i];

		if (!names(ev, rule))
			continue;
		if (ev->kind == SUPPRESS_LINE) {
			if (ev->line == line)
				return true;
		} else if (ev->line <= line) {
			off = ev->kind == SUPPRESS_DISABLE;
		}
	}
	return off;
}

void suppressions_release(struct suppressions *s)
{
	free(s->ev);
	memset(s, 0, sizeof(*s));
}
