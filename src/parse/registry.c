/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/registry.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "i18n.h"
#include "parse/builtin_registry.h"
#include "parse/input.h"
#include "parse/record.h"
#include "parse/xml_setup.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/loose.h"
#include "util/xalloc.h"

void registry_init(struct registry *reg)
{
	memset(reg, 0, sizeof(*reg));
}

static void free_record(struct registry_record *r)
{
	free(r->phrase);
	free(r->reference);
	free(r->registered);
	free(r->expires);
}

void registry_release(struct registry *reg)
{
	size_t i;

	for (i = 0; i < reg->nr_records; i++)
		free_record(&reg->records[i]);
	free(reg->records);
	for (i = 0; i < reg->nr_former; i++) {
		free(reg->former[i].phrase);
		free(reg->former[i].source);
	}
	free(reg->former);
	free(reg->path);
	free(reg->former_path);
	free(reg->semantics_path);
	for (i = 0; i < reg->nr_vendor; i++) {
		free(reg->vendor[i].vendor);
		free(reg->vendor[i].phrase);
		free(reg->vendor[i].reference);
	}
	free(reg->vendor);
	free(reg->vendor_path);
	free(reg->updated);
	phrases_release(&reg->phrases);
	registry_init(reg);
}

/* ret, after making reg's phrases anew when the read succeeded. */
static int index_phrases(struct registry *reg, int ret)
{
	if (ret == 0) {
		phrases_release(&reg->phrases);
		phrases_init(&reg->phrases, reg);
	}
	return ret;
}

/* ---- XML ------------------------------------------------------------- */

struct xml_errors {
	const char *path;
	struct diag *diag;
	unsigned count;
	unsigned doctype_line;      /* where a DOCTYPE starts, or 0 */
};

static void on_xml_error(void *data, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = data;
	struct xml_errors *e = ctxt->_private;
	char *msg;
	size_t n, i;

	/* The first syntax error is the one to fix; the rest follow from it. */
	if (!err || err->level < XML_ERR_ERROR || e->count++)
		return;
	msg = xstrdup(err->message ? err->message : _("syntax error"));
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	for (i = 0; i < n; i++)
		if (msg[i] == '\n')
			msg[i] = ' ';
	diag_error(e->diag, e->path, err->line > 0 ? (unsigned)err->line : 1,
		   _("malformed XML: %s"), msg);
	free(msg);
}

/* The line of the "<!DOCTYPE" the parser is in: it reports the DOCTYPE
 * only after reading its name and identifiers, lines further on. */
static unsigned doctype_start_line(xmlParserCtxtPtr ctxt)
{
	const xmlChar *p, *base;
	unsigned line;

	if (!ctxt->input || !ctxt->input->cur || !ctxt->input->base)
		return 1;
	line = (unsigned)ctxt->input->line;
	base = ctxt->input->base;
	for (p = ctxt->input->cur; p > base; p--) {
		if (p[-1] == '\n' && line > 1)
			line--;
		if (p - base >= 9 && !memcmp(p - 9, "<!DOCTYPE", 9))
			return line;
	}
	return line;
}

/* A DOCTYPE stops the parser where it starts, before any entity it
 * declares is read, let alone expanded ("billion laughs", an external
 * entity naming /etc/passwd): a registry has no use for one. */
static void on_doctype(void *data, const xmlChar *name, const xmlChar *public_id,
		       const xmlChar *system_id)
{
	xmlParserCtxtPtr ctxt = data;
	struct xml_errors *e = ctxt->_private;

	(void)name;
	(void)public_id;
	(void)system_id;
	e->doctype_line = doctype_start_line(ctxt);
	xmlStopParser(ctxt);
}

/* Parse the XML text[0..len), named path in diagnostics, into a tree
 * (free with xmlFreeDoc()), or return NULL after reporting.  No DTD, no
 * external entity and nothing from the network is ever loaded. */
static xmlDocPtr parse_xml(const char *text, size_t len, const char *path,
			   struct diag *diag)
{
	struct xml_errors errors = { path, diag, 0, 0 };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	if (len > INT_MAX) {
		diag_error(diag, path, 0, _("file is larger than the %d bytes an XML file can have"),
			   INT_MAX);
		return NULL;
	}
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		xalloc_die();
	xml_drop_generic_errors();
	ctxt->_private = &errors;
	ctxt->sax->serror = on_xml_error;
	ctxt->sax->internalSubset = on_doctype;
	doc = xmlCtxtReadMemory(ctxt, text, (int)len, path, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (errors.doctype_line) {
		diag_error(diag, path, errors.doctype_line,
			   _("a DOCTYPE is not allowed in a registry"));
		errors.count++;
	} else if (!doc && !errors.count) {
		diag_error(diag, NULL, 0, _("cannot read '%s'"), path);
	}
	if (doc && errors.count) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/* parse_xml() on the file at path, read within opt's size limit. */
static xmlDocPtr read_xml(const char *path, const struct input_options *opt,
			  struct diag *diag)
{
	struct strbuf text = STRBUF_INIT;
	xmlDocPtr doc;

	/* Read here, so that the size limit holds for the registry too. */
	if (input_read_file(path, opt, &text, diag) < 0)
		return NULL;
	doc = parse_xml(strbuf_str(&text), text.len, path, diag);
	strbuf_release(&text);
	return doc;
}

static bool is_element(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* The text of node, white space collapsed; free() it. */
static char *node_text(xmlNodePtr node)
{
	struct strbuf sb = STRBUF_INIT;
	xmlChar *content = xmlNodeGetContent(node);

	if (content) {
		strbuf_addstr(&sb, (const char *)content);
		xmlFree(content);
	}
	text_collapse_space(&sb);
	return strbuf_detach(&sb);
}

static char *attribute(xmlNodePtr node, const char *name)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
	char *s;

	if (!v)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

/* ---- records --------------------------------------------------------- */

/* "404" or "105-199"; return 0, or -1 if value is neither. */
static int parse_value(const char *value, int *lo, int *hi)
{
	if (text_scan_code(value, lo) != 3)
		return -1;
	if (!value[3]) {
		*hi = *lo;
		return 0;
	}
	if (value[3] != '-' || text_scan_code(value + 4, hi) != 3 || value[7])
		return -1;
	return 0;
}

/* Is s a date of the calendar, YYYY-MM-DD (leap years counted)? */
static bool is_calendar_date(const char *s, size_t len)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int year = 0, month, day;
	size_t i;

	if (len != 10)
		return false;
	for (i = 0; i < 10; i++) {
		bool digit = s[i] >= '0' && s[i] <= '9';

		if ((i == 4 || i == 7) ? s[i] != '-' : !digit)
			return false;
	}
	for (i = 0; i < 4; i++)
		year = year * 10 + (s[i] - '0');
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
		return false;
	return month != 2 || day < 29 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

/* The ten characters after word in s[0..len) (a date, if it is one), or
 * NULL if word is not there.  free() it. */
static char *date_after(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word), i;

	for (i = 0; i + n <= len; i++)
		if (!memcmp(s + i, word, n))
			return xstrndup(s + i + n, len - i - n < 10 ? len - i - n : 10);
	return NULL;
}

/* Errors of one file: the first REGISTRY_ERRORS_SHOWN are reported, the
 * rest counted (registry_errors_end()), as for the rows of a table. */
#define REGISTRY_ERRORS_SHOWN 20u

struct registry_errors {
	struct diag *diag;
	const char *path;
	unsigned shown;
	unsigned long hidden;
	unsigned hidden_line;       /* of the first not shown */
};

static void registry_error(struct registry_errors *e, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void registry_error(struct registry_errors *e, unsigned line, const char *fmt, ...)
{
	va_list ap;
	size_t size;
	char *msg;
	int n;

	if (e->shown >= REGISTRY_ERRORS_SHOWN) {
		if (!e->hidden)
			e->hidden_line = line;
		e->hidden++;
		return;
	}
	e->shown++;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	size = n > 0 ? (size_t)n + 1 : 1;
	msg = xmalloc(size);
	msg[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(msg, size, fmt, ap);
	va_end(ap);
	diag_error(e->diag, e->path, line, "%s", msg);
	free(msg);
}

/* How many errors were not shown, at the first of them. */
static void registry_errors_end(struct registry_errors *e)
{
	if (e->hidden)
		diag_error(e->diag, e->path, e->hidden_line,
			   ngettext("%lu more error in this registry not shown",
				    "%lu more errors in this registry not shown", e->hidden),
			   e->hidden);
	e->hidden = 0;
}

/* The number of characters of the UTF-8 text s. */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Where the marker that starts at s, just past its '(', ends: past its
 * ')', the parentheses inside it matched, or at the end of the text. */
static const char *marker_end(const char *s)
{
	int depth = 1;

	for (; *s; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')' && !--depth)
			return s + 1;
	}
	return s;
}

/* Split a registry description into the phrase and the flags.  The
 * markers "(OBSOLETED)", "(TEMPORARY - registered D, expires D)" and
 * "(Unused)" are flags wherever they stand; what is left is the phrase
 * (NULL if nothing is). */
static void parse_description(struct registry_record *r, const char *desc)
{
	struct strbuf phrase = STRBUF_INIT;
	const char *p = desc, *open, *end;

	if (!strcmp(desc, "Unassigned")) {
		r->flags |= REGISTRY_UNASSIGNED;
		return;
	}
	while (*p) {
		open = strchr(p, '(');
		if (!open) {
			strbuf_addstr(&phrase, p);
			break;
		}
		strbuf_add(&phrase, p, (size_t)(open - p));
		end = marker_end(open + 1);
		if (!strncmp(open, "(OBSOLETED)", 11)) {
			r->flags |= REGISTRY_OBSOLETE;
		} else if (!strncmp(open, "(Unused)", 8)) {
			r->flags |= REGISTRY_UNUSED;
		} else if (!strncmp(open, "(TEMPORARY", 10) &&
			   (open[10] == ' ' || open[10] == ')' || !open[10])) {
			/* The first "registered" is the registration;
			 * "extension registered" may follow it. */
			if (!(r->flags & REGISTRY_TEMPORARY)) {
				r->registered = date_after(open, (size_t)(end - open), "registered ");
				r->expires = date_after(open, (size_t)(end - open), "expires ");
			}
			r->flags |= REGISTRY_TEMPORARY;
		} else {
			/* Parentheses of the phrase itself. */
			strbuf_add(&phrase, open, (size_t)(end - open));
		}
		p = end;
	}
	text_collapse_space(&phrase);
	if (phrase.len)
		r->phrase = strbuf_detach(&phrase);
	strbuf_release(&phrase);
}

/* How IANA writes a reference: RFC9110, draft-..., or a link's text and
 * its address. */
static void add_xref(struct strbuf *sb, xmlNodePtr xref)
{
	char *type = attribute(xref, "type"), *data = attribute(xref, "data");
	char *text = node_text(xref);
	size_t i;

	/* Consecutive references are separated by ", " as in IANA's text. */
	while (sb->len && strchr(" \t\r\n", sb->buf[sb->len - 1]))
		sb->buf[--sb->len] = '\0';
	if (sb->len)
		strbuf_addstr(sb, sb->buf[sb->len - 1] == ',' ? " " : ", ");
	if (type && !strcmp(type, "rfc") && data) {
		for (i = 0; data[i]; i++)
			strbuf_addch(sb, data[i] >= 'a' && data[i] <= 'z' ?
				     (char)(data[i] - 'a' + 'A') : data[i]);
	} else if (*text) {
		strbuf_addstr(sb, text);
		/* A link keeps its address, delimited as RFC 3986 (appendix C)
		 * suggests for a URI in plain text. */
		if (type && !strcmp(type, "uri") && data && *data) {
			strbuf_addstr(sb, " <");
			strbuf_addstr(sb, data);
			strbuf_addch(sb, '>');
		}
	} else if (data) {
		strbuf_addstr(sb, data);
	}
	free(type);
	free(data);
	free(text);
}

/* Read one <record>; return 0, or -1 after reporting. */
static int read_record(struct registry_record *r, xmlNodePtr node, struct registry_errors *errs)
{
	struct strbuf ref = STRBUF_INIT;
	struct diag_quote q;
	char *value = NULL, *desc = NULL;
	xmlNodePtr c;
	int ret = -1;

	memset(r, 0, sizeof(*r));
	r->line = (unsigned)xmlGetLineNo(node);
	for (c = node->children; c; c = c->next) {
		if ((is_element(c, "value") && value) || (is_element(c, "description") && desc)) {
			registry_error(errs, (unsigned)xmlGetLineNo(c),
				       _("record has a second <%s>"), (const char *)c->name);
			goto out;
		} else if (is_element(c, "value")) {
			value = node_text(c);
		} else if (is_element(c, "description")) {
			desc = node_text(c);
		} else if (is_element(c, "xref")) {
			add_xref(&ref, c);
		} else if (c->type == XML_TEXT_NODE && ref.len) {
			strbuf_addstr(&ref, (const char *)c->content);
		}
	}
	text_collapse_space(&ref);
	if (!value) {
		registry_error(errs, r->line, _("record has no <value>"));
		goto out;
	}
	if (parse_value(value, &r->lo, &r->hi) < 0 || !record_code_in_range(r->lo) ||
	    !record_code_in_range(r->hi) || r->lo > r->hi) {
		registry_error(errs, r->line,
			       _("'%s' is not a status code or a range within %d-%d"),
			       diag_quote(&q, value), RECORD_CODE_MIN, RECORD_CODE_MAX);
		goto out;
	}
	if (!desc || !*desc) {
		registry_error(errs, r->line, _("record %s has no description"), value);
		goto out;
	}
	parse_description(r, desc);
	if ((r->flags & REGISTRY_TEMPORARY) && (!r->registered || !r->expires)) {
		registry_error(errs, r->line,
			       _("temporary registration of %s needs valid 'registered' and 'expires' dates"),
			       value);
		goto out;
	}
	if (r->registered && !is_calendar_date(r->registered, strlen(r->registered))) {
		registry_error(errs, r->line,
			       _("the registration date of %s, '%s', is not a calendar date (YYYY-MM-DD)"),
			       value, r->registered);
		goto out;
	}
	if (r->expires && !is_calendar_date(r->expires, strlen(r->expires))) {
		registry_error(errs, r->line,
			       _("the expiry date of %s, '%s', is not a calendar date (YYYY-MM-DD)"),
			       value, r->expires);
		goto out;
	}
	if (r->lo != r->hi && !(r->flags & REGISTRY_UNASSIGNED)) {
		registry_error(errs, r->line, _("range %s is not 'Unassigned'"), value);
		goto out;
	}
	if ((r->flags & REGISTRY_UNUSED) && r->phrase) {
		registry_error(errs, r->line, _("%s is marked '(Unused)' but has the phrase '%s'"),
			       value, diag_quote(&q, r->phrase));
		goto out;
	}
	if (!(r->flags & (REGISTRY_UNUSED | REGISTRY_UNASSIGNED)) && !r->phrase) {
		registry_error(errs, r->line,
			       _("record %s has no reason phrase (and is not marked '(Unused)')"),
			       value);
		goto out;
	}
	if (r->phrase && utf8_chars(r->phrase) > REGISTRY_MAX_PHRASE) {
		registry_error(errs, r->line, _("reason phrase of %s is longer than %u characters"),
			       value, REGISTRY_MAX_PHRASE);
		goto out;
	}
	if (ref.len)
		r->reference = strbuf_detach(&ref);
	ret = 0;
out:
	if (ret < 0)
		free_record(r);
	strbuf_release(&ref);
	free(value);
	free(desc);
	return ret;
}

static int compare_records(const void *pa, const void *pb)
{
	const struct registry_record *a = pa, *b = pb;

	return a->lo < b->lo ? -1 : a->lo > b->lo;
}

/* Find the <registry> of records: the nested one in IANA's files. */
static xmlNodePtr records_parent(xmlNodePtr root)
{
	xmlNodePtr c;

	for (c = root->children; c; c = c->next)
		if (is_element(c, "registry"))
			return c;
	return root;
}

/* Take the records of the registry doc (named path); free doc. */
static int read_registry_doc(struct registry *reg, xmlDocPtr doc, const char *path,
			     struct diag *diag)
{
	struct registry_errors errs = { diag, path, 0, 0, 0 };
	struct diag_quote q;
	xmlNodePtr root, c;
	size_t alloc = 0, i;
	int ret = 0;

	if (!doc)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (!root || !is_element(root, "registry")) {
		diag_error(diag, path, root ? (unsigned)xmlGetLineNo(root) : 1,
			   _("not an IANA registry (no <registry> root element)"));
		xmlFreeDoc(doc);
		return -1;
	}
	for (c = root->children; c; c = c->next) {
		if (!is_element(c, "updated") || reg->updated)
			continue;
		reg->updated = node_text(c);
		if (!is_calendar_date(reg->updated, strlen(reg->updated))) {
			registry_error(&errs, (unsigned)xmlGetLineNo(c),
				       _("<updated> '%s' is not a calendar date (YYYY-MM-DD)"),
				       diag_quote(&q, reg->updated));
			free(reg->updated);
			reg->updated = NULL;
			ret = -1;
		}
	}
	for (c = records_parent(root)->children; c; c = c->next) {
		if (!is_element(c, "record"))
			continue;
		XGROW(reg->records, alloc, reg->nr_records + 1);
		if (read_record(&reg->records[reg->nr_records], c, &errs) < 0)
			ret = -1;
		else
			reg->nr_records++;
	}
	xmlFreeDoc(doc);
	if (reg->nr_records)
		qsort(reg->records, reg->nr_records, sizeof(*reg->records), compare_records);
	for (i = 1; i < reg->nr_records; i++) {
		const struct registry_record *a = &reg->records[i - 1], *b = &reg->records[i];

		if (b->lo <= a->hi) {
			registry_error(&errs, b->line,
				       _("code %d is listed twice (also at line %u)"), b->lo, a->line);
			ret = -1;
		}
	}
	registry_errors_end(&errs);
	if (ret == 0 && !reg->nr_records) {
		diag_error(diag, path, 1, _("registry has no records"));
		ret = -1;
	}
	reg->path = xstrdup(path);
	return ret;
}

int registry_read(struct registry *reg, const char *path,
		  const struct input_options *opt, struct diag *diag)
{
	return index_phrases(reg, read_registry_doc(reg, read_xml(path, opt, diag), path, diag));
}

int registry_read_memory(struct registry *reg, const char *name,
			 const char *text, size_t len, struct diag *diag)
{
	return index_phrases(reg, read_registry_doc(reg, parse_xml(text, len, name, diag), name, diag));
}

/* Take the former names of doc (named path); free doc. */
static int read_former_names_doc(struct registry *reg, xmlDocPtr doc, const char *path,
				 struct diag *diag)
{
	struct registry_errors errs = { diag, path, 0, 0, 0 };
	struct diag_quote q;
	xmlNodePtr root, c;
	size_t alloc = 0;
	int ret = 0;

	if (!doc)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (!root || !is_element(root, "former-names")) {
		diag_error(diag, path, root ? (unsigned)xmlGetLineNo(root) : 1,
			   _("not a list of former names (no <former-names> root element)"));
		xmlFreeDoc(doc);
		return -1;
	}
	for (c = root->children; c; c = c->next) {
		struct former_name *f;
		char *code;
		unsigned line = (unsigned)xmlGetLineNo(c);

		if (!is_element(c, "name"))
			continue;
		XGROW(reg->former, alloc, reg->nr_former + 1);
		f = &reg->former[reg->nr_former];
		memset(f, 0, sizeof(*f));
		code = attribute(c, "code");
		f->line = line;
		f->phrase = node_text(c);
		f->source = attribute(c, "source");
		if (!code || text_scan_code(code, &f->code) != 3 || code[3] ||
		    !registry_is_registered(reg, f->code)) {
			registry_error(&errs, line, _("'%s' is not a registered code"),
				       code ? diag_quote(&q, code) : "");
			ret = -1;
		} else if (!*f->phrase || !f->source || !*f->source) {
			registry_error(&errs, line, _("a former name needs a text and a 'source'"));
			ret = -1;
		} else if (utf8_chars(f->phrase) > REGISTRY_MAX_PHRASE) {
			registry_error(&errs, line, _("former name of %d is longer than %u characters"),
				       f->code, REGISTRY_MAX_PHRASE);
			ret = -1;
		} else {
			reg->nr_former++;
			f = NULL;
		}
		if (f) {
			free(f->phrase);
			free(f->source);
		}
		free(code);
	}
	registry_errors_end(&errs);
	xmlFreeDoc(doc);
	free(reg->former_path);
	reg->former_path = xstrdup(path);
	return ret;
}

int registry_read_former_names(struct registry *reg, const char *path,
			       const struct input_options *opt, struct diag *diag)
{
	return index_phrases(reg, read_former_names_doc(reg, read_xml(path, opt, diag), path,
							diag));
}

int registry_read_former_names_memory(struct registry *reg, const char *name,
				      const char *text, size_t len, struct diag *diag)
{
	return index_phrases(reg, read_former_names_doc(reg, parse_xml(text, len, name, diag),
							name, diag));
}

/* The flag a <property> of semantics.xml sets, or 0 for a name it does
 * not know. */
static unsigned semantics_flag(const char *name)
{
	if (!strcmp(name, "cacheable"))
		return REGISTRY_CACHEABLE;
	if (!strcmp(name, "retry-after"))
		return REGISTRY_RETRY_AFTER;
	return 0;
}

/* Set flag on every code of the list codes (white space between codes),
 * at line of the file; 0, or -1 after reporting a code the registry does
 * not assign, or marks unused. */
static int set_semantics(struct registry *reg, const char *codes, unsigned flag,
			 struct registry_errors *errs, unsigned line)
{
	struct diag_quote q;
	const char *p = codes;
	int ret = 0;

	while (*p) {
		size_t n = strcspn(p, " \t\r\n");
		struct registry_record *r;
		int code;

		if (!n) {
			p++;
			continue;
		}
		r = text_scan_code(p, &code) == 3 && n == 3 ?
			(struct registry_record *)registry_find(reg, code) : NULL;
		if (!r || (r->flags & (REGISTRY_UNASSIGNED | REGISTRY_UNUSED))) {
			char *word = xstrndup(p, n);

			registry_error(errs, line, _("'%s' is not a registered code in use"),
				       diag_quote(&q, word));
			free(word);
			ret = -1;
		} else {
			r->flags |= flag;
		}
		p += n;
	}
	return ret;
}

/* Take the semantics of doc (named path); free doc. */
static int read_semantics_doc(struct registry *reg, xmlDocPtr doc, const char *path,
			      struct diag *diag)
{
	struct registry_errors errs = { diag, path, 0, 0, 0 };
	struct diag_quote q;
	xmlNodePtr root, c;
	int ret = 0;

	if (!doc)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (!root || !is_element(root, "semantics")) {
		diag_error(diag, path, root ? (unsigned)xmlGetLineNo(root) : 1,
			   _("not a list of semantics (no <semantics> root element)"));
		xmlFreeDoc(doc);
		return -1;
	}
	for (c = root->children; c; c = c->next) {
		unsigned line = (unsigned)xmlGetLineNo(c);
		char *name, *reference, *codes;
		unsigned flag;

		if (!is_element(c, "property"))
			continue;
		name = attribute(c, "name");
		reference = attribute(c, "reference");
		codes = attribute(c, "codes");
		flag = name ? semantics_flag(name) : 0;
		if (!flag) {
			registry_error(&errs, line, _("unknown property '%s'"),
				       name ? diag_quote(&q, name) : "");
			ret = -1;
		} else if (!reference || !*reference || !codes) {
			registry_error(&errs, line, _("a property needs 'codes' and a 'reference'"));
			ret = -1;
		} else if (set_semantics(reg, codes, flag, &errs, line) < 0) {
			ret = -1;
		}
		free(name);
		free(reference);
		free(codes);
	}
	registry_errors_end(&errs);
	xmlFreeDoc(doc);
	reg->semantics_path = xstrdup(path);
	return ret;
}

int registry_read_semantics(struct registry *reg, const char *path,
			    const struct input_options *opt, struct diag *diag)
{
	return read_semantics_doc(reg, read_xml(path, opt, diag), path, diag);
}

/* Take one vendor's codes, element v of the vendor list (named path). */
static int read_vendor(struct registry *reg, xmlNodePtr v, size_t *alloc,
		       struct registry_errors *errs)
{
	char *name = attribute(v, "name");
	struct diag_quote q, q2;
	xmlNodePtr c;
	int ret = 0;

	if (!name || !*name || name[0] == '-' || name[strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-")]) {
		registry_error(errs, (unsigned)xmlGetLineNo(v),
			       _("a vendor needs a 'name' of lower-case letters, digits and '-'"));
		free(name);
		return -1;
	}
	for (c = v->children; c; c = c->next) {
		struct vendor_code *vc;
		const struct registry_record *r;
		char *value;
		unsigned line = (unsigned)xmlGetLineNo(c);

		if (!is_element(c, "code"))
			continue;
		XGROW(reg->vendor, *alloc, reg->nr_vendor + 1);
		vc = &reg->vendor[reg->nr_vendor];
		memset(vc, 0, sizeof(*vc));
		value = attribute(c, "value");
		vc->line = line;
		vc->phrase = node_text(c);
		vc->reference = attribute(c, "reference");
		if (!value || text_scan_code(value, &vc->code) != 3 || value[3] ||
		    !record_code_in_range(vc->code)) {
			registry_error(errs, line, _("'%s' is not a status code"),
				       value ? diag_quote(&q, value) : "");
			ret = -1;
		} else if (!*vc->phrase || !vc->reference || !*vc->reference) {
			registry_error(errs, line, _("a vendor code needs a phrase and a 'reference'"));
			ret = -1;
		} else if (utf8_chars(vc->phrase) > REGISTRY_MAX_PHRASE) {
			registry_error(errs, line, _("phrase of %d is longer than %u characters"),
				       vc->code, REGISTRY_MAX_PHRASE);
			ret = -1;
		} else if ((r = registry_find(reg, vc->code)) && !(r->flags & REGISTRY_UNASSIGNED)) {
			registry_error(errs, line,
				       _("%s's code %d ('%s') is assigned by the registry '%s' (line %u) as '%s'"),
				       name, vc->code, diag_quote(&q, vc->phrase), reg->path, r->line,
				       r->phrase ? diag_quote(&q2, r->phrase) : _("unused"));
			ret = -1;
		} else {
			vc->vendor = xstrdup(name);
			reg->nr_vendor++;
			vc = NULL;
		}
		if (vc) {
			free(vc->phrase);
			free(vc->reference);
		}
		free(value);
	}
	free(name);
	return ret;
}

/* Take the vendors' codes of doc (named path); free doc. */
static int read_vendors_doc(struct registry *reg, xmlDocPtr doc, const char *path,
			    struct diag *diag)
{
	struct registry_errors errs = { diag, path, 0, 0, 0 };
	xmlNodePtr root, c;
	size_t alloc = reg->nr_vendor;
	int ret = 0;

	if (!doc)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (!root || !is_element(root, "vendors")) {
		diag_error(diag, path, root ? (unsigned)xmlGetLineNo(root) : 1,
			   _("not a list of vendor codes (no <vendors> root element)"));
		xmlFreeDoc(doc);
		return -1;
	}
	for (c = root->children; c; c = c->next)
		if (is_element(c, "vendor") && read_vendor(reg, c, &alloc, &errs) < 0)
			ret = -1;
	registry_errors_end(&errs);
	xmlFreeDoc(doc);
	free(reg->vendor_path);
	reg->vendor_path = xstrdup(path);
	return ret;
}

int registry_read_vendors(struct registry *reg, const char *path,
			  const struct input_options *opt, struct diag *diag)
{
	return read_vendors_doc(reg, read_xml(path, opt, diag), path, diag);
}

int registry_read_vendors_memory(struct registry *reg, const char *name,
				 const char *text, size_t len, struct diag *diag)
{
	return read_vendors_doc(reg, parse_xml(text, len, name, diag), name, diag);
}

const struct vendor_code *registry_find_vendor(const struct registry *reg, int code,
					       const char *phrase)
{
	const struct vendor_code *first = NULL;
	size_t i;

	for (i = 0; i < reg->nr_vendor; i++) {
		if (reg->vendor[i].code != code)
			continue;
		if (!phrase || loose_equal(reg->vendor[i].phrase, phrase))
			return &reg->vendor[i];
		if (!first)
			first = &reg->vendor[i];
	}
	return first;
}

const struct registry_record *registry_find(const struct registry *reg, int code)
{
	size_t lo = 0, hi = reg->nr_records;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct registry_record *r = &reg->records[mid];

		if (code < r->lo)
			hi = mid;
		else if (code > r->hi)
			lo = mid + 1;
		else
			return r;
	}
	return NULL;
}

int registry_is_registered(const struct registry *reg, int code)
{
	const struct registry_record *r = registry_find(reg, code);

	return r && !(r->flags & REGISTRY_UNASSIGNED);
}

int registry_read_builtin(struct registry *reg, struct diag *diag)
{
	if (registry_read_memory(reg, BUILTIN_REGISTRY_NAME, (const char *)builtin_registry_xml,
				 builtin_registry_xml_size, diag) < 0 ||
	    registry_read_former_names_memory(reg, BUILTIN_FORMER_NAMES_NAME,
					      (const char *)builtin_former_names_xml,
					      builtin_former_names_xml_size, diag) < 0 ||
	    registry_read_vendors_memory(reg, BUILTIN_VENDORS_NAME,
					 (const char *)builtin_vendors_xml,
					 builtin_vendors_xml_size, diag) < 0) {
		registry_release(reg);
		return -1;
	}
	return 0;
}
