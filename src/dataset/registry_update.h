/* SPDX-License-Identifier: GPL-3.0-or-later */
/* 'statusgen update-registry': install a new copy of the IANA registry
 * in a data directory, once the registry reader has accepted it, saying
 * what it changes; a reason phrase it renames is kept as a former name. */
#ifndef STATUSGEN_REGISTRY_UPDATE_H
#define STATUSGEN_REGISTRY_UPDATE_H

#include <stdio.h>

#include "diag.h"
#include "parse/input.h"

/* Read new_path as an IANA HTTP status code registry; print to report
 * what it changes against data_dir/registry/http-status-codes.xml (codes
 * added and removed, phrases renamed, other changes to a code); then
 * replace that file with a copy of new_path and add each renamed phrase
 * to data_dir/registry/former-names.xml, both renamed into place only
 * when both were written.  Return 0, or -1 after reporting, with both
 * files as they were. */
int registry_update(const char *data_dir, const char *new_path,
		    const struct input_options *opt, FILE *report, struct diag *diag);

#endif
