/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canonical dataset: one entry per status code, merged from every
 * source document, with the provenance of each field.
 *
 * Life cycle: dataset_init(); dataset_add_file() for each document (or
 * dataset_load() for a data directory); dataset_merge() once; read the
 * entries; dataset_release().  After dataset_merge() the dataset is not
 * changed again, and emitters take it as const. */
#ifndef STATUSGEN_DATASET_H
#define STATUSGEN_DATASET_H

#include <stdbool.h>
#include <stddef.h>

#include "dataset/classes.h"
#include "dataset/document.h"
#include "diag.h"
#include "parse/po_read.h"
#include "parse/registry.h"
#include "parse/source.h"

/* Where a field came from: a line of one of the dataset's files. */
struct provenance {
	const struct source_file *file;     /* NULL: built in */
	unsigned line;
};

/* A text and its provenance; text is NULL when no source gives it. */
struct text_field {
	char *text;
	struct provenance at;
};

struct localized_text {
	struct text_field reason;
	struct text_field description;
};

struct status_entry {
	int code;
	int status_class;                   /* 1..5, the code's first digit */
	unsigned flags;                     /* enum registry_flag */
	bool registered;                    /* in the registry (unused counts) */
	const char *vendor;                 /* a vendor's code (--vendor): its vendor,
					     * owned by the registry; else NULL */
	bool expired;                       /* temporary, and past its expiry */
	const char *registered_on;          /* TEMPORARY dates, owned by the registry */
	const char *expires;
	struct text_field reference;        /* "RFC9110, Section 15.5.5" */
	struct text_field reason;           /* English reason phrase */
	struct text_field description;      /* English description */
	struct text_field *former_names;    /* the registry's former names, in the
					     * order of former-names.xml */
	size_t nr_former_names;
	struct text_field *variants;        /* every other English phrase documents
					     * give (typos included), sorted */
	size_t nr_variants;
	struct localized_text *l10n;        /* one per dataset locale */
	struct provenance *seen;            /* every record of this code but
					     * its repeats in one document
					     * (errors, kept no further) */
	size_t nr_seen;
};

struct class_entry {
	struct text_field name;             /* English */
	struct text_field *l10n;            /* one per dataset locale */
};

/* A translator's catalog, po/LL.po, and how much of it was used. */
struct catalog {
	struct source_file file;            /* locale, path, name ("po/zh_CN.po") */
	struct po_catalog po;
	unsigned translated, fuzzy, untranslated;
};

/* The words of a generated page: its title and the labels of its
 * table's columns.  Messages of the template like the class names: the
 * English is built in, each locale's comes from its catalog. */
enum page_word {
	PAGE_TITLE,
	PAGE_COLUMN_CODE,
	PAGE_COLUMN_REASON,
	PAGE_COLUMN_LOCALIZED,
	PAGE_COLUMN_DESCRIPTION,
	NR_PAGE_WORDS
};

/* A page word's message: its context in the catalogs ("page title"),
 * its English, and what the template tells translators of it. */
struct page_word_message {
	const char *context;
	const char *english;
	const char *comment;
};

/* Indexed by enum page_word. */
extern const struct page_word_message dataset_page_words[NR_PAGE_WORDS];

struct candidate;

struct dataset {
	/* Set before the merge: */
	bool allow_unregistered;            /* keep codes the registry lacks */
	const char *vendors;                /* add these vendors' codes (names,
					     * comma-separated); NULL: none */
	const char *today;                  /* YYYY-MM-DD, for expiry; NULL: never expired */
	struct input_options input;         /* size limit and --lossy, for every file read */

	struct registry registry;           /* empty when there is none */
	struct source_file registry_file;   /* provenance of registry texts */
	struct source_file former_file;
	struct source_file semantics_file;  /* registry/semantics.xml */
	struct source_file vendor_file;     /* vendor/codes.xml, when vendors are added */
	struct source_file **files;
	size_t nr_files, alloc_files;
	struct catalog *catalogs;
	size_t nr_catalogs;
	char **locales;                     /* translation locales, sorted; not "en" */
	size_t nr_locales;
	struct status_entry *entries;       /* sorted by code */
	size_t nr_entries;
	struct class_entry classes[NR_CLASSES];     /* index: class - 1 */
	/* The label shown for a code the registry marks unused, which has
	 * no reason phrase: "Unused", and per locale what the documents
	 * give such a code as its localized name ("未使用"). */
	struct class_entry unused_label;
	/* The words of a page (enum page_word), English and per locale. */
	struct class_entry page_words[NR_PAGE_WORDS];

	struct candidate *cands;            /* records read, until the merge */
	size_t nr_cands, alloc_cands;
};

void dataset_init(struct dataset *ds);

/* Read one document of the given locale into the dataset (NULL: the
 * front matter's lang, else "und").  name is how outputs refer to it
 * (relative to the data directory).  Return 0, or -1 after reporting why
 * it could not be read, or what is wrong in it: then none of its records
 * takes part in the merge.  A code the document lists again is reported
 * here, its phrase checked against the registry read so far, and then
 * dropped (document_read()): dataset_merge() fails for it. */
int dataset_add_file(struct dataset *ds, const char *path, const char *name,
		     const char *locale, enum source_format format,
		     struct diag *diag);

/* Read the registry DIR/registry/http-status-codes.xml, its former
 * names (DIR/registry/former-names.xml, if present) and what the
 * specifications say of its codes (DIR/registry/semantics.xml, if
 * present).  A data directory
 * without a registry gets a warning, and codes are then not checked.
 * Return 0, or -1 after reporting. */
int dataset_load_registry(struct dataset *ds, const char *data_dir, struct diag *diag);

/* Directories below a directory that dataset_find_documents() enters. */
#define DATASET_MAX_DEPTH 32u

/* The documents below dir, at any depth (up to DATASET_MAX_DEPTH): every
 * regular file whose name source_format_of() knows (page.md, 404/index.md),
 * sorted by name at each level, so the order is the same on every system.
 * Names starting with '.' and links to directories are skipped.  *paths
 * gets an array of paths (free each, then the array); return their
 * number, or -1 after reporting. */
long dataset_find_documents(const char *dir, char ***paths, struct diag *diag);

/* Read the registry built into the program (parse/builtin_registry.h),
 * instead of a data directory's.  Return 0, or -1 after reporting. */
int dataset_load_builtin_registry(struct dataset *ds, struct diag *diag);

/* Read the registry, then every document under DIR/sources/<locale>/, in
 * sorted order.  Return 0, or -1 if anything could not be read (all of it
 * is tried). */
int dataset_load(struct dataset *ds, const char *data_dir, struct diag *diag);

/* The source language: its text comes from the registry and from
 * DATA/sources/en, never from a catalog. */
#define DATASET_SOURCE_LOCALE "en"

/* Why no catalog is for the source language, as a message (translated;
 * nothing to free). */
const char *dataset_source_locale_reason(void);

/* Can a catalog be for the locale name: a locale name
 * (text_is_locale_name()) other than the source language's?  The one
 * rule for the names of LINGUAS and of 'po --locale', the same as
 * po/linguas applies for the build and po/update-po. */
bool dataset_is_catalog_locale(const char *name);

/* Read the catalogs of DIR/LINGUAS (DIR/LL.po each), holding a shared
 * flock() on DIR meanwhile, so that a writer of DIR (statusgen's outputs,
 * po/update-po) and the read take turns.  LINGUAS is words separated by
 * white space, '#' to the end of a line a comment; a word that
 * dataset_is_catalog_locale() refuses, or a line with a NUL byte, is an
 * error at its line (the other catalogs are read all the same).  A
 * translator's non-fuzzy msgstr then wins over the source documents.
 * Return 0, or -1 after reporting. */
int dataset_load_catalogs(struct dataset *ds, const char *po_dir, struct diag *diag);

/* Merge what was read into one entry per code, reporting every
 * disagreement between documents.  Return 0, or -1 after an error. */
int dataset_merge(struct dataset *ds, struct diag *diag);

/* The entry for code, or NULL. */
const struct status_entry *dataset_find(const struct dataset *ds, int code);

/* The catalogs' context of the unused label's message. */
#define DATASET_UNUSED_LABEL_CONTEXT "unused label"

/* True if some code of the dataset is marked unused (and so the unused
 * label is shown). */
bool dataset_has_unused(const struct dataset *ds);

/* Index of locale in ds->locales, or -1. */
int dataset_locale_index(const struct dataset *ds, const char *locale);

void dataset_release(struct dataset *ds);

#endif
