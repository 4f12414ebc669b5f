/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "lint/fix.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Does encoding keep ASCII bytes for ASCII characters, and need no state
 * from earlier lines to decode a line (so that a line, and a phrase in
 * it, can be found byte by byte)?  UTF-16 does not, nor ISO-2022-JP. */
static bool byte_searchable(const char *encoding)
{
	return !encoding || (!text_contains_nocase(encoding, "UTF-16") &&
			     !text_contains_nocase(encoding, "UTF16") &&
			     !text_contains_nocase(encoding, "UTF-32") &&
			     !text_contains_nocase(encoding, "2022"));
}

static bool is_utf8(const char *encoding)
{
	return !encoding || text_equal_nocase(encoding, "UTF-8");
}

int fix_doc_init(struct fix_doc *doc, const char *bytes, size_t len, const char *encoding)
{
	size_t i, alloc = 0;

	memset(doc, 0, sizeof(*doc));
	doc->bytes = bytes;
	doc->len = len;
	doc->encoding = is_utf8(encoding) ? NULL : encoding;
	if (!byte_searchable(encoding))
		return -1;
	/* Line ends as the readers count them: LF, CR LF, or CR alone. */
	XGROW(doc->line_starts, alloc, 1);
	doc->line_starts[doc->nr_lines++] = 0;
	if (!memchr(bytes, '\r', len)) {
		const char *p = bytes, *nl;

		/* The common case, at memchr()'s speed. */
		while ((size_t)(p - bytes) < len) {
			nl = memchr(p, '\n', len - (size_t)(p - bytes));
			if (!nl)
				break;
			XGROW(doc->line_starts, alloc, doc->nr_lines + 1);
			doc->line_starts[doc->nr_lines++] = (size_t)(nl - bytes) + 1;
			p = nl + 1;
		}
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (bytes[i] != '\n' && bytes[i] != '\r')
			continue;
		if (bytes[i] == '\r' && i + 1 < len && bytes[i + 1] == '\n')
			i++;
		XGROW(doc->line_starts, alloc, doc->nr_lines + 1);
		doc->line_starts[doc->nr_lines++] = i + 1;
	}
	return 0;
}

void fix_doc_release(struct fix_doc *doc)
{
	free(doc->line_starts);
	memset(doc, 0, sizeof(*doc));
}

/* Convert len bytes of in from one encoding to another (NULL: UTF-8),
 * appending to out.  Return 0 when all of it converts, -1 when it holds
 * a sequence invalid in from, one cut short, or a character to cannot
 * write.  A cut sequence at the end is allowed when partial_end. */
static int convert(const char *to, const char *from, const char *in, size_t len,
		   struct strbuf *out, bool partial_end)
{
	char buf[256];
	char *inp = (char *)in;
	size_t left = len;
	iconv_t cd;
	int ret = 0;

	if (is_utf8(to) && is_utf8(from)) {
		if (utf8_invalid_offset(in, len) != len)
			return -1;
		strbuf_add(out, in, len);
		return 0;
	}
	cd = iconv_open(to ? to : "UTF-8", from ? from : "UTF-8");
	if (cd == (iconv_t)-1)
		return -1;
	while (left > 0) {
		char *outp = buf;
		size_t room = sizeof(buf);

		if (iconv(cd, &inp, &left, &outp, &room) == (size_t)-1 && errno != E2BIG) {
			if (!(errno == EINVAL && partial_end))
				ret = -1;
			strbuf_add(out, buf, (size_t)(outp - buf));
			break;
		}
		strbuf_add(out, buf, (size_t)(outp - buf));
	}
	iconv_close(cd);
	return ret;
}

/* Characters in UTF-8 text. */
static unsigned count_chars(const char *s, size_t len)
{
	unsigned n = 0;
	size_t i;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}

static bool is_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Where a phrase found at bytes[at..at+len) of a line that starts at
 * start and ends at end stands: at the start of a character, with no
 * letter or digit just before or after it.  *column gets the characters
 * before it, plus one. */
static bool stands_alone(const struct fix_doc *doc, size_t start, size_t end, size_t at,
			 size_t len, unsigned *column)
{
	struct strbuf before = STRBUF_INIT, after = STRBUF_INIT;
	bool ok;

	ok = convert(NULL, doc->encoding, doc->bytes + start, at - start, &before, false) == 0;
	if (ok && at + len < end)
		ok = convert(NULL, doc->encoding, doc->bytes + at + len,
			     end - (at + len) < 8 ? end - (at + len) : 8, &after, true) == 0;
	ok = ok && !(before.len && is_word_byte((unsigned char)before.buf[before.len - 1])) &&
	     !(after.len && is_word_byte((unsigned char)after.buf[0]));
	if (ok) {
		const char *b = strbuf_str(&before);
		size_t skip = start == 0 && before.len >= 3 && !memcmp(b, "\xef\xbb\xbf", 3) ? 3 : 0;

		/* A byte order mark is no character of the line. */
		*column = count_chars(b + skip, before.len - skip) + 1;
	}
	strbuf_release(&before);
	strbuf_release(&after);
	return ok;
}

/* The line's bytes, [*start, *end) without its line end. */
static bool line_bounds(const struct fix_doc *doc, unsigned line, size_t *start, size_t *end)
{
	if (line == 0 || line > doc->nr_lines)
		return false;
	*start = doc->line_starts[line - 1];
	*end = line < doc->nr_lines ? doc->line_starts[line] : doc->len;
	while (*end > *start && (doc->bytes[*end - 1] == '\n' || doc->bytes[*end - 1] == '\r'))
		(*end)--;
	return true;
}

int fix_locate(const struct fix_doc *doc, unsigned line, const char *old,
	       const char *new_text, struct fix *fix)
{
	struct strbuf needle = STRBUF_INIT, repl = STRBUF_INIT;
	size_t start, end, at, found = 0, nr_found = 0;
	unsigned column = 0, col;
	int ret = -1;

	memset(fix, 0, sizeof(*fix));
	if (!doc->line_starts || !line_bounds(doc, line, &start, &end) || !*old ||
	    convert(doc->encoding, NULL, old, strlen(old), &needle, false) < 0 ||
	    convert(doc->encoding, NULL, new_text, strlen(new_text), &repl, false) < 0)
		goto out;
	for (at = start; at + needle.len <= end; at++) {
		if (memcmp(doc->bytes + at, needle.buf, needle.len) ||
		    !stands_alone(doc, start, end, at, needle.len, &col))
			continue;
		if (nr_found++)
			goto out;
		found = at;
		column = col;
	}
	if (nr_found != 1)
		goto out;
	fix->line = line;
	fix->column = column;
	fix->end_column = column + count_chars(old, strlen(old));
	fix->offset = found;
	fix->length = needle.len;
	fix->replacement_len = repl.len;
	fix->replacement = strbuf_detach(&repl);
	ret = 0;
out:
	strbuf_release(&needle);
	strbuf_release(&repl);
	return ret;
}

void fix_release(struct fix *fix)
{
	free(fix->replacement);
	memset(fix, 0, sizeof(*fix));
}

char *fix_apply(const struct fix_doc *doc, struct fix *const *fixes, size_t nr, size_t *len)
{
	struct strbuf out = STRBUF_INIT;
	size_t at = 0, i;

	for (i = 0; i < nr; i++) {
		strbuf_add(&out, doc->bytes + at, fixes[i]->offset - at);
		strbuf_add(&out, fixes[i]->replacement, fixes[i]->replacement_len);
		at = fixes[i]->offset + fixes[i]->length;
	}
	strbuf_add(&out, doc->bytes + at, doc->len - at);
	*len = out.len;
	return strbuf_detach(&out);
}
