/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The IANA HTTP Status Code Registry, read from IANA's own XML registry
 * format, and the list of former names that goes with it. */
#ifndef STATUSGEN_REGISTRY_H
#define STATUSGEN_REGISTRY_H

#include <stddef.h>

#include "diag.h"
#include "parse/input.h"
#include "parse/phrases.h"

enum registry_flag {
	REGISTRY_UNASSIGNED = 1u << 0,  /* "Unassigned" */
	REGISTRY_UNUSED = 1u << 1,      /* "(Unused)": 306, 418 */
	REGISTRY_OBSOLETE = 1u << 2,    /* "... (OBSOLETED)": 510 */
	REGISTRY_TEMPORARY = 1u << 3,   /* "... (TEMPORARY - registered ..., expires ...)" */
	/* From semantics.xml, not the registry: */
	REGISTRY_CACHEABLE = 1u << 4,   /* heuristically cacheable (RFC 9110, 15.1) */
	REGISTRY_RETRY_AFTER = 1u << 5, /* Retry-After has a defined meaning */
};

/* Longest reason phrase (or former name) a registry may give, in
 * characters. */
#define REGISTRY_MAX_PHRASE 200u

/* One <record>: a code, or a range of unassigned codes. */
struct registry_record {
	int lo, hi;                 /* lo == hi for a single code */
	char *phrase;               /* the reason phrase; NULL when unused or unassigned */
	char *reference;            /* "RFC9110, Section 15.5.5"; NULL if none */
	unsigned flags;             /* enum registry_flag */
	char *registered;           /* TEMPORARY: YYYY-MM-DD, else NULL */
	char *expires;              /* TEMPORARY: YYYY-MM-DD, else NULL */
	unsigned line;
};

/* A phrase a code was known by in an earlier specification. */
struct former_name {
	int code;
	char *phrase;
	char *source;               /* "RFC 2616" */
	unsigned line;
};

/* A code a vendor uses and documents that the registry does not assign
 * (data/vendor/codes.xml). */
struct vendor_code {
	int code;
	char *vendor;               /* "nginx" */
	char *phrase;               /* "Client Closed Request" */
	char *reference;            /* the vendor's documentation, a URL */
	unsigned line;
};

/* Initialise with registry_init(), release with registry_release(). */
struct registry {
	char *path;                 /* NULL until registry_read() succeeds */
	char *updated;              /* the registry's <updated> date, or NULL */
	struct registry_record *records;        /* sorted by code */
	size_t nr_records;
	char *former_path;
	char *semantics_path;       /* NULL until registry_read_semantics() */
	char *vendor_path;          /* NULL until registry_read_vendors() */
	struct vendor_code *vendor; /* in the file's order */
	size_t nr_vendor;
	struct former_name *former;
	size_t nr_former;
	struct phrases phrases;     /* every phrase and former name, folded:
				     * the readers' hints, made once */
};

void registry_init(struct registry *reg);
void registry_release(struct registry *reg);

/* Read the registry at path (opt: its size limit; NULL for the default).
 * Every record must have a value (a code or a range within
 * RECORD_CODE_MIN..RECORD_CODE_MAX, record.h) and a description, and no
 * code may be listed twice.  The markers of a
 * description ("(OBSOLETED)", "(TEMPORARY - ...)", "(Unused)") are flags
 * wherever they stand; a code must have a phrase of at most
 * REGISTRY_MAX_PHRASE characters, unless it is unused.  Every date must
 * be a calendar date.  Return 0, or -1 after reporting the problems found
 * (the first 20, then their count). */
int registry_read(struct registry *reg, const char *path,
		  const struct input_options *opt, struct diag *diag);

/* registry_read() on the XML text[0..len) (the built-in registry, say),
 * named name in diagnostics.  No size limit applies. */
int registry_read_memory(struct registry *reg, const char *name,
			 const char *text, size_t len, struct diag *diag);

/* Read the registry and former names built into the program
 * (parse/builtin_registry.h).  Return 0, or -1 after reporting (with reg
 * released). */
int registry_read_builtin(struct registry *reg, struct diag *diag);

/* Read a former-names file:
 *   <former-names><name code="413" source="RFC 2616">Request Entity Too Large</name>...
 * Each code must be one the registry assigns.  Return 0, or -1 after
 * reporting. */
int registry_read_former_names(struct registry *reg, const char *path,
			       const struct input_options *opt, struct diag *diag);

/* registry_read_former_names() on the XML text[0..len), named name. */
int registry_read_former_names_memory(struct registry *reg, const char *name,
				      const char *text, size_t len, struct diag *diag);

/* Read what the specifications say of registered codes:
 *   <semantics><property name="cacheable|retry-after"
 *     reference="RFC9110, Section 15.1" codes="200 203 ..."/>...
 * setting REGISTRY_CACHEABLE or REGISTRY_RETRY_AFTER on each code's
 * record.  Each code must be one the registry assigns and does not mark
 * unused, each property needs a reference.  Return 0, or -1 after
 * reporting. */
int registry_read_semantics(struct registry *reg, const char *path,
			    const struct input_options *opt, struct diag *diag);

/* Read the vendors' codes:
 *   <vendors><vendor name="nginx"><code value="499"
 *     reference="https://...">Client Closed Request</code>...
 * Each needs a code in 100-599, a phrase and a reference.  A code the
 * registry assigns is an error naming both (the registry is read
 * first): vendor codes are kept apart from it.  Return 0, or -1 after
 * reporting. */
int registry_read_vendors(struct registry *reg, const char *path,
			  const struct input_options *opt, struct diag *diag);

/* registry_read_vendors() on the XML text[0..len), named name. */
int registry_read_vendors_memory(struct registry *reg, const char *name,
				 const char *text, size_t len, struct diag *diag);

/* The vendor code code whose phrase is loosely phrase, else the first
 * vendor code code (phrase NULL: the first); NULL if no vendor uses code. */
const struct vendor_code *registry_find_vendor(const struct registry *reg, int code,
					       const char *phrase);

/* The record covering code, or NULL. */
const struct registry_record *registry_find(const struct registry *reg, int code);

/* True if the registry gives code a phrase, or marks it unused. */
int registry_is_registered(const struct registry *reg, int code);

#endif
