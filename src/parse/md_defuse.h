/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What is made safe in Markdown before cmark-gfm parses it. */
#ifndef STATUSGEN_MD_DEFUSE_H
#define STATUSGEN_MD_DEFUSE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* ---- inline constructs cmark-gfm 0.29.0.gfm.6 is quadratic on ----------
 *
 * Within one block's inline text (a paragraph, a heading, a table cell,
 * a list item's paragraph), Debian's cmark-gfm searches to the end of the
 * block from every '<?', '<!X ' and '<![CDATA[' for its closer; walks
 * every image opener ('![') not yet closed each time a link is made; and
 * builds a table row's cells as a list it walks for every cell.  Pieces
 * do not help: the block is one.  What reaches cmark-gfm is made safe
 * first ("defused"): a backslash goes where it changes nothing the
 * reader sees, else a block holding too much of what cannot be defused
 * is refused.  The rules (md_defuse.c) in short:
 *  - '<?' and '<!X ' become '<\?' and '<\!X ', '<![CDATA[' becomes
 *    '\<![CDATA[', where no closer follows before the next blank line
 *    (so cmark-gfm takes them as text anyway), outside anything that
 *    could be a code span or a link label, and not where they could
 *    start a raw HTML block or an autolink;
 *  - in a block whose walks would cost more than its budget (below),
 *    an image opener no ']' closes on its line, and no later line can,
 *    becomes '!\[' (what cmark-gfm leaves as text), where the block has
 *    nothing that hides brackets (code spans, raw HTML, autolinks,
 *    reference definitions) and its links' destinations are plain;
 *  - in a block with a table delimiter row, a line's pipes after its
 *    67th become '\|': cmark-gfm reads no more cells of a row than its
 *    table has columns (64 at most), and a line of more than 64 cells is
 *    no table header either way.
 * Each backslash also changes nothing when the line turns out to be
 * fenced code or raw HTML: markdown_blocks.c checks every one against
 * the tree cmark-gfm made (a backslash cannot change which blocks
 * there are) and parses again without those that are not in text. */

/* Most '<?', '<!X ' and '<![CDATA[' one block may hold that cannot be
 * defused and may not close on their line. */
#define MD_MAX_OPEN_HTML 64u

/* Most cells a table row may keep once defused. */
#define MD_MAX_ROW_CELLS 128u

/* Steps of cmark-gfm's walks over image openers one block may cost:
 * this many per byte of the block, and a floor of 65536. */
#define MD_BRACKET_STEPS_PER_BYTE 16u

/* Where backslashes go before the text reaches cmark-gfm. */
struct md_defuse {
	unsigned char *marks;   /* bit i: one before text[i]; NULL: none */
	size_t len;
	size_t count;           /* bits set */
};

/* Find what text[0..len) needs defused into *d (md_defuse_release()
 * frees it).  Return 0, or -1 after reporting the first block that holds
 * too much of what cannot be defused, at its first line. */
int md_defuse_scan(const char *path, const char *text, size_t len, struct md_defuse *d,
		   struct diag *diag);

void md_defuse_release(struct md_defuse *d);

/* Whether a backslash goes before text[i]. */
bool md_defuse_at(const struct md_defuse *d, size_t i);

/* Drop the backslash before text[i]. */
void md_defuse_clear(struct md_defuse *d, size_t i);

#endif
