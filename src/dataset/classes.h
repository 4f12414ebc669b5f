/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Class names: the class a name that documents list codes under names
 * (the class of most of its codes, or the class whose English name it
 * is), the codes listed under another class's name, and the name each
 * class takes in each locale (the first, table rows before headings, by
 * file and line), every other name reported.  The merge names the
 * dataset's classes with it; lint checks the class names of one document.
 *
 * Life cycle: zeroes; class_uses_add() for each record, in the order its
 * findings should come; class_uses_finish() once; class_uses_release(). */
#ifndef STATUSGEN_CLASSES_H
#define STATUSGEN_CLASSES_H

#include <stddef.h>

#include "dataset/document.h"
#include "diag.h"
#include "parse/record.h"

#define NR_CLASSES 5

/* The English name of class status_class (1..NR_CLASSES), as RFC 9110
 * section 15 titles it; an English document's class headings may replace
 * it in the dataset. */
const char *classes_english_name(int status_class);

/* A class name as one document uses it. */
struct class_use {
	size_t file;                /* index in class_uses_finish()'s files */
	const char *name;           /* the first record's class_name text */
	enum record_origin origin;  /* of its first record */
	unsigned line;              /* its first line */
	unsigned count[NR_CLASSES]; /* its records, by the class of their code */
	int status_class;           /* the class it names, 1..NR_CLASSES,
				     * after class_uses_finish() */
};

struct class_mention;

struct class_uses {
	struct class_use *uses;
	size_t nr_uses, alloc_uses;
	struct class_mention *mentions;     /* one per record added */
	size_t nr_mentions, alloc_mentions;
};

/* Record r of file file, if it is listed under a class name (its
 * class_name, which must live as long as u). */
void class_uses_add(struct class_uses *u, size_t file, const struct doc_record *r);

/* Called for the name that names a class in a locale: use->status_class,
 * in the locale of files[use->file]. */
typedef void class_take_fn(void *arg, const struct class_use *use);

/* Decide the class each name names; warn of each record whose code is of
 * another class, in the order added; then give take (unless NULL) the
 * name of each class in each locale, warning of every other name that
 * the same locale gives the same class.  files[] are the documents,
 * indexed by class_uses_add()'s file, for their paths and locales. */
void class_uses_finish(struct class_uses *u, struct source_file *const *files,
		       class_take_fn *take, void *arg, struct diag *diag);

/* Free what u holds; u is empty again. */
void class_uses_release(struct class_uses *u);

#endif
