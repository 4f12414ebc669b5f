/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Atomic outputs.  Each output of a run is written to memory; when the
 * next is opened (or at the commit), it is written to a temporary file in
 * its destination directory if it differs from the file it replaces, and
 * only when every one of them was written and closed without error are
 * they renamed into place.
 * A file whose content would not change is left as it is, its time too
 * (creating and renaming files is the dearest part of a run on a busy
 * disk).  A run that fails leaves every existing file as it was and no
 * temporary file behind.
 * "-", paths that are not regular files (a pipe, a device) and paths
 * under /dev and /proc (/dev/stdout, /dev/fd/1) are written directly,
 * never replaced; a path that names a descriptor (/dev/fd/3,
 * /proc/self/fd/3, or a link to one) is written to the descriptor
 * itself, never opened anew.  An output that is a symbolic link to a
 * regular file stays a link: the file it points to is replaced (or made,
 * at the end of a chain of links to no file); a link that leads to no
 * place for a file (a loop) is an error.  A replaced file
 * keeps its mode (and its owner and group, where the user may set them:
 * as root).
 *
 * Writers of one directory are serialized: a set holds an exclusive
 * flock() on each directory it writes into, from before its first
 * temporary file there until after its last rename.  Temporary files are
 * named ".NAME.statusgen-tmp.XXXXXX"; one found in a directory whose
 * lock a set has just taken belongs to no live run (a run killed by
 * SIGKILL, a crash) and is removed. */
#ifndef STATUSGEN_OUTPUT_H
#define STATUSGEN_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "diag.h"

/* What an open_memstream() stream holds: apart from struct output, which
 * moves when the set grows. */
struct output_memory {
	char *buf;
	size_t len;
};

struct output {
	char *path;         /* as the user named it */
	char *target;       /* the file replaced: path, or where its link points */
	char *tmp;          /* NULL when written directly, or not yet */
	FILE *f;            /* NULL once closed */
	struct output_memory *mem;  /* f's text until it is written out, or NULL */
	int err;            /* errno of a failed write, or 0 */
	char *same_unless;  /* keep the old file if only lines starting so differ */
	bool durable;       /* flushed to the disk before it replaces the old file */
	bool no_replace;    /* fail rather than replace an existing file */
};

struct output_lock {
	int fd;             /* the directory, open and flock()ed */
	dev_t dev;
	ino_t ino;
};

struct output_set {
	struct output *outs;
	size_t nr, alloc;
	struct output_lock *locks;
	size_t nr_locks, alloc_locks;
};

void output_set_init(struct output_set *set);

/* A stream for path, or NULL after reporting why it cannot be opened.
 * The stream belongs to the set: do not close it. */
FILE *output_set_open(struct output_set *set, const char *path, struct diag *diag);

/* Does an output to path replace an existing file (a regular file, or a
 * symbolic link), rather than create one or write through a device? */
bool output_replaces(const char *path);

/* Keep the existing file of the output opened last if the new one differs
 * from it only in lines that start with prefix (a .pot's creation date). */
void output_set_same_unless(struct output_set *set, const char *prefix);

/* Flush the output opened last to the disk before it is renamed into
 * place, and its directory after: for files that hold people's work (a
 * translator's catalog), not for artifacts that can be made again. */
void output_set_durable(struct output_set *set);

/* Never replace an existing file with the output opened last: the commit
 * fails, with a message, if one has appeared at its path meanwhile. */
void output_set_no_replace(struct output_set *set);

/* Record that writing to f (a stream of the set) failed with errno err;
 * the commit then reports it and renames nothing. */
void output_set_failed(struct output_set *set, FILE *f, int err);

/* Close every output, checking every error, then rename each into place.
 * Return 0, or -1 after reporting, with no existing file changed.  The set
 * is empty afterwards. */
int output_set_commit(struct output_set *set, struct diag *diag);

/* Drop every output: close and remove the temporary files. */
void output_set_abort(struct output_set *set);

/* For the whole process, once, before any output is opened: on SIGHUP,
 * SIGINT, SIGPIPE or SIGTERM remove every temporary file of every set,
 * then die of the signal as if it had not been caught (signals ignored
 * when the program started stay ignored).  SIGXFSZ is ignored, so that a
 * file-size limit (ulimit -f) is a write error that is reported.  A
 * standard descriptor that is closed is opened on /dev/null for the
 * wrong direction, so that writing to it fails and no file takes its
 * place. */
void output_catch_signals(void);

#endif
