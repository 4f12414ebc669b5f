/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "dataset/registry_update.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "output.h"
#include "i18n.h"
#include "parse/registry.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* A renamed phrase, to be added to former-names.xml. */
struct new_former {
	int code;
	const char *phrase;         /* the old registry's */
	char *source;               /* free() it */
	unsigned before_line;       /* of the old file; 0: before its closing tag */
};

struct update {
	char *reg_path;             /* DIR/registry/http-status-codes.xml */
	char *former_path;          /* DIR/registry/former-names.xml */
	struct registry old, new;
	struct new_former *added;
	size_t nr_added, alloc_added;
	unsigned changed;           /* codes with any change */
	FILE *report;
};

static bool is_assigned(const struct registry_record *r)
{
	return r && !(r->flags & REGISTRY_UNASSIGNED);
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Where a phrase came from, for former-names.xml's 'source': the first
 * document of the record's reference ("RFC 9110" for "RFC9110, Section
 * 15.5.14"), else the registry and its date.  free() it. */
static char *former_source(const struct registry_record *r, const char *updated)
{
	const char *ref = r->reference;
	size_t n;

	if (!ref || !*ref)
		return updated ? xasprintf("IANA registry of %s", updated) : xstrdup("IANA registry");
	n = strcspn(ref, ",");
	while (n && ref[n - 1] == ' ')
		n--;
	if (n > 3 && !strncmp(ref, "RFC", 3) && ref[3] >= '0' && ref[3] <= '9')
		return xasprintf("RFC %.*s", (int)(n - 3), ref + 3);
	return xstrndup(ref, n);
}

static bool is_former_name(const struct registry *reg, int code, const char *phrase)
{
	size_t i;

	for (i = 0; i < reg->nr_former; i++)
		if (reg->former[i].code == code && !strcmp(reg->former[i].phrase, phrase))
			return true;
	return false;
}

/* Keep the old phrase of a renamed code as a former name, in the file
 * before the first former name of a higher code. */
static void add_former(struct update *u, const struct registry_record *old)
{
	struct new_former *f;
	size_t i;

	if (is_former_name(&u->old, old->lo, old->phrase))
		return;
	XGROW(u->added, u->alloc_added, u->nr_added + 1);
	f = &u->added[u->nr_added++];
	f->code = old->lo;
	f->phrase = old->phrase;
	f->source = former_source(old, u->old.updated);
	f->before_line = 0;
	for (i = 0; i < u->old.nr_former; i++) {
		if (u->old.former[i].code > old->lo) {
			f->before_line = u->old.former[i].line;
			break;
		}
	}
}

/* A phrase, or "(unused)" for a code the registry marks unused. */
static const char *shown(const struct registry_record *r)
{
	return r->phrase ? r->phrase : _("(unused)");
}

/* Report what changed for code between the two records of it. */
static void compare_code(struct update *u, int code, const struct registry_record *a,
			 const struct registry_record *b)
{
	FILE *out = u->report;
	unsigned lines = 0;

	if (!is_assigned(a) && !is_assigned(b))
		return;
	if (!is_assigned(a)) {
		fprintf(out, _("  added:    %d '%s'\n"), code, shown(b));
		u->changed++;
		return;
	}
	if (!is_assigned(b)) {
		fprintf(out, _("  removed:  %d '%s'\n"), code, shown(a));
		u->changed++;
		return;
	}
	if (!same_text(a->phrase, b->phrase)) {
		fprintf(out, _("  renamed:  %d '%s' -> '%s'\n"), code, shown(a), shown(b));
		if (a->phrase)
			add_former(u, a);
		lines++;
	}
	if ((a->flags & REGISTRY_TEMPORARY) && !(b->flags & REGISTRY_TEMPORARY)) {
		fprintf(out, _("  changed:  %d is no longer a temporary registration\n"), code);
		lines++;
	} else if (!(a->flags & REGISTRY_TEMPORARY) && (b->flags & REGISTRY_TEMPORARY)) {
		fprintf(out, _("  changed:  %d is now a temporary registration, expiring %s\n"),
			code, b->expires);
		lines++;
	} else if (!same_text(a->expires, b->expires)) {
		fprintf(out, _("  changed:  %d's temporary registration now expires %s (was %s)\n"),
			code, b->expires, a->expires);
		lines++;
	}
	if ((a->flags & REGISTRY_OBSOLETE) != (b->flags & REGISTRY_OBSOLETE)) {
		fprintf(out, (b->flags & REGISTRY_OBSOLETE) ?
			_("  changed:  %d is now obsolete\n") :
			_("  changed:  %d is no longer obsolete\n"), code);
		lines++;
	}
	if (!same_text(a->reference, b->reference)) {
		fprintf(out, _("  changed:  %d's reference '%s' -> '%s'\n"), code,
			a->reference ? a->reference : "", b->reference ? b->reference : "");
		lines++;
	}
	if (lines)
		u->changed++;
}

/* A former name the new registry would leave pointing at no code makes
 * the data directory unreadable: say so, and change nothing. */
static int check_former_names(struct update *u, struct diag *diag)
{
	int ret = 0;
	size_t i;

	for (i = 0; i < u->old.nr_former; i++) {
		const struct former_name *f = &u->old.former[i];

		if (!registry_is_registered(&u->new, f->code)) {
			diag_error(diag, u->former_path, f->line,
				   _("the new registry no longer assigns %d, which has the former name '%s' here; remove it first"),
				   f->code, f->phrase);
			ret = -1;
		}
	}
	return ret;
}

/* The one XML escaper: text (attr false) or an attribute value. */
static void add_xml(struct strbuf *sb, const char *s, bool attr)
{
	for (; *s; s++) {
		if (*s == '&')
			strbuf_addstr(sb, "&amp;");
		else if (*s == '<')
			strbuf_addstr(sb, "&lt;");
		else if (*s == '>')
			strbuf_addstr(sb, "&gt;");
		else if (*s == '"' && attr)
			strbuf_addstr(sb, "&quot;");
		else
			strbuf_addch(sb, *s);
	}
}

static void add_name_lines(struct strbuf *sb, const struct update *u, unsigned before_line)
{
	size_t i;

	for (i = 0; i < u->nr_added; i++) {
		const struct new_former *f = &u->added[i];
		char code[8];

		if (f->before_line != before_line)
			continue;
		snprintf(code, sizeof(code), "%d", f->code);
		strbuf_addstr(sb, "  <name code=\"");
		strbuf_addstr(sb, code);
		strbuf_addstr(sb, "\" source=\"");
		add_xml(sb, f->source, true);
		strbuf_addstr(sb, "\">");
		add_xml(sb, f->phrase, false);
		strbuf_addstr(sb, "</name>\n");
	}
}

/* The former-names file with the new names, each on a line of its own,
 * in code order: old (its text; empty when there was no file) is kept
 * byte for byte around them.  Return 0, or -1 after reporting. */
static int new_former_names(const struct update *u, const struct strbuf *old,
			    struct strbuf *out, struct diag *diag)
{
	const char *text = strbuf_str(old), *close = NULL, *p, *line_start;
	unsigned line = 1, close_line = 0;

	if (!old->len) {
		strbuf_addstr(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<former-names>\n");
		add_name_lines(out, u, 0);
		strbuf_addstr(out, "</former-names>\n");
		return 0;
	}
	for (p = strstr(text, "</former-names"); p; p = strstr(p + 1, "</former-names"))
		close = p;
	if (!close) {
		diag_error(diag, u->former_path, 0,
			   _("cannot add a former name: no '</former-names>' closing tag"));
		return -1;
	}
	for (p = text; p < close; p++)
		if (*p == '\n')
			close_line++;
	close_line++;
	for (line_start = text; *line_start; line++) {
		const char *end = strchr(line_start, '\n');
		size_t len = end ? (size_t)(end - line_start) + 1 : strlen(line_start);

		add_name_lines(out, u, line);
		if (line == close_line)
			add_name_lines(out, u, 0);
		strbuf_add(out, line_start, len);
		line_start += len;
	}
	return 0;
}

/* Read path into buf if it exists; 1 if it does not, 0 if read, -1
 * after reporting. */
static int read_if_exists(const char *path, const struct input_options *opt,
			  struct strbuf *buf, struct diag *diag)
{
	struct stat st;

	if (stat(path, &st) < 0 && errno == ENOENT)
		return 1;
	return input_read_file(path, opt, buf, diag);
}

static void write_all(struct output_set *outs, FILE *f, const struct strbuf *sb)
{
	if (fwrite(sb->buf, 1, sb->len, f) != sb->len)
		output_set_failed(outs, f, errno);
}

/* Write both files through one output set: neither is replaced unless
 * both were written.  Return 0, or -1 after reporting. */
static int write_files(struct update *u, const struct strbuf *registry_text,
		       const struct strbuf *former_text, struct diag *diag)
{
	struct output_set outs;
	FILE *f;
	int ret = 0;

	output_set_init(&outs);
	f = output_set_open(&outs, u->reg_path, diag);
	if (!f)
		ret = -1;
	else
		write_all(&outs, f, registry_text);
	output_set_durable(&outs);
	if (ret == 0 && u->nr_added) {
		f = output_set_open(&outs, u->former_path, diag);
		if (!f)
			ret = -1;
		else
			write_all(&outs, f, former_text);
		output_set_durable(&outs);
	}
	if (ret == 0)
		ret = output_set_commit(&outs, diag);
	output_set_abort(&outs);
	return ret;
}

static void print_summary(const struct update *u)
{
	size_t i;

	if (u->nr_added) {
		fprintf(u->report, _("Former names added to '%s':\n"), u->former_path);
		for (i = 0; i < u->nr_added; i++)
			fprintf(u->report, "  %d '%s' (%s)\n", u->added[i].code,
				u->added[i].phrase, u->added[i].source);
	}
	if (u->changed)
		fprintf(u->report, ngettext("'%s' replaced: %u code changed\n",
					    "'%s' replaced: %u codes changed\n", u->changed),
			u->reg_path, u->changed);
	else
		fprintf(u->report, _("'%s' replaced: no code changed\n"), u->reg_path);
}

int registry_update(const char *data_dir, const char *new_path,
		    const struct input_options *opt, FILE *report, struct diag *diag)
{
	struct strbuf old_text = STRBUF_INIT, new_text = STRBUF_INIT;
	struct strbuf former_old = STRBUF_INIT, former_new = STRBUF_INIT;
	struct update u;
	int code, ret = -1, missing;
	char *vendors = NULL;
	struct stat st;
	size_t i;

	memset(&u, 0, sizeof(u));
	u.report = report;
	u.reg_path = xasprintf("%s/registry/http-status-codes.xml", data_dir);
	u.former_path = xasprintf("%s/registry/former-names.xml", data_dir);
	registry_init(&u.old);
	registry_init(&u.new);

	if (registry_read(&u.new, new_path, opt, diag) < 0 ||
	    input_read_file(new_path, opt, &new_text, diag) < 0) {
		diag_error(diag, NULL, 0, _("'%s' is not a usable registry; '%s' is unchanged"),
			   new_path, u.reg_path);
		goto out;
	}
	missing = read_if_exists(u.reg_path, opt, &old_text, diag);
	if (missing < 0 || (missing == 0 && registry_read(&u.old, u.reg_path, opt, diag) < 0))
		goto out;
	missing = read_if_exists(u.former_path, opt, &former_old, diag);
	if (missing < 0 ||
	    (missing == 0 && registry_read_former_names(&u.old, u.former_path, opt, diag) < 0))
		goto out;
	if (check_former_names(&u, diag) < 0)
		goto out;
	/* A code a vendor uses that the new registry assigns: say which. */
	vendors = xasprintf("%s/vendor/codes.xml", data_dir);
	if (stat(vendors, &st) == 0 && registry_read_vendors(&u.new, vendors, opt, diag) < 0) {
		diag_error(diag, NULL, 0, _("the new registry assigns a code a vendor uses; '%s' is unchanged"),
			   u.reg_path);
		goto out;
	}
	if (old_text.len == new_text.len && !memcmp(strbuf_str(&old_text), strbuf_str(&new_text),
						    new_text.len)) {
		fprintf(report, _("'%s' is up to date\n"), u.reg_path);
		ret = 0;
		goto out;
	}

	fprintf(report, _("Changes from the registry of %s to that of %s:\n"),
		u.old.updated ? u.old.updated : _("(no date)"),
		u.new.updated ? u.new.updated : _("(no date)"));
	for (code = 100; code <= 599; code++)
		compare_code(&u, code, registry_find(&u.old, code), registry_find(&u.new, code));
	if (u.nr_added && new_former_names(&u, &former_old, &former_new, diag) < 0)
		goto out;
	if (write_files(&u, &new_text, &former_new, diag) < 0) {
		diag_error(diag, NULL, 0, _("'%s' is unchanged"), u.reg_path);
		goto out;
	}
	print_summary(&u);
	ret = 0;
out:
	for (i = 0; i < u.nr_added; i++)
		free(u.added[i].source);
	free(u.added);
	registry_release(&u.old);
	registry_release(&u.new);
	strbuf_release(&old_text);
	strbuf_release(&new_text);
	strbuf_release(&former_old);
	strbuf_release(&former_new);
	free(u.reg_path);
	free(u.former_path);
	free(vendors);
	return ret;
}
