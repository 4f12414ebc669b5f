/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the libFuzzer targets share: a diagnostics module that prints
 * nothing, a temporary file for the readers that take a path, and a record
 * callback that checks what the readers promise in parse/record.h. */
#ifndef STATUSGEN_FUZZ_H
#define STATUSGEN_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "parse/record.h"

/* libFuzzer's entry point, defined once by each target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A diag, counts reset, writing to /dev/null.  Owned by this module. */
struct diag *fuzz_diag(void);

/* Write data to this process's temporary file with the given extension
 * (".md", ".xml", ".po", ...) in /dev/shm, else $TMPDIR or /tmp, and
 * return its path (owned by this module, valid until the next call).  The
 * file is removed at exit.  Aborts if the file cannot be written. */
const char *fuzz_write_temp(const char *ext, const uint8_t *data, size_t size);

/* A record_fn: reads every field (so ASan sees a stale pointer), aborts
 * unless the code is within 100-599 and every string is valid UTF-8. */
int fuzz_check_record(const struct source_record *rec, void *arg);

#endif
