/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Markdown (CommonMark with GFM pipe tables) into blocks (block.h), from
 * cmark-gfm's tree and its source positions.  Raw HTML is never part of
 * a block, nor is the Markdown between the opening and closing tags of
 * an element html_blocks_skips() names (a <footer> with blank lines). */
#ifndef STATUSGEN_MARKDOWN_BLOCKS_H
#define STATUSGEN_MARKDOWN_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "parse/block.h"

/* Deepest nesting of Markdown elements (block quotes, lists, emphasis...)
 * accepted. */
#define MARKDOWN_MAX_NESTING 128u

/* Parse text[0..len) (UTF-8, front matter already blanked out) and hand
 * its blocks to fn in document order.  The text is parsed in pieces of
 * whole top-level blocks of about piece_size bytes (MD_PIECE_SIZE; 0
 * cuts it wherever it can), each piece freed before the next, which the
 * blocks do not show.  *stopped tells whether the reading was cut short
 * (by an error, or by fn).  Return 0, or -1 after reporting an error. */
int markdown_blocks_read(const char *path, const char *text, size_t len, size_t piece_size,
			 struct diag *diag, block_fn *fn, void *arg, bool *stopped);

/* The same with the text given to cmark-gfm as it is, not made safe
 * first (md_defuse.h), which may take it quadratic time: for tests that
 * show that making it safe changes no block. */
int markdown_blocks_read_undefused(const char *path, const char *text, size_t len,
				   size_t piece_size, struct diag *diag, block_fn *fn, void *arg,
				   bool *stopped);

#endif
