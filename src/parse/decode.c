/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/decode.h"

#include <errno.h>
#include <string.h>

#include "util/text.h"
#include "util/xalloc.h"

static const char replacement[] = "\xef\xbf\xbd";      /* U+FFFD */

int decoder_init(struct decoder *d, const char *encoding, size_t unit, bool lossy)
{
	memset(d, 0, sizeof(*d));
	d->cd = (iconv_t)-1;
	d->unit = unit ? unit : 1;
	d->lossy = lossy;
	d->line = 1;
	strbuf_init(&d->pending);
	if (encoding) {
		d->cd = iconv_open("UTF-8", encoding);
		if (d->cd == (iconv_t)-1)
			return -1;
	}
	return 0;
}

void decoder_release(struct decoder *d)
{
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	d->cd = (iconv_t)-1;
	strbuf_release(&d->pending);
}

static void count_lines(struct decoder *d, const char *s, size_t len)
{
	const char *end = s + len;
	const char *nl = memchr(s, '\n', len);

	while (nl) {
		d->line++;
		nl = memchr(nl + 1, '\n', (size_t)(end - nl - 1));
	}
}

/* An invalid sequence starting with byte, at the current line: return
 * -1 to stop, or 0 after appending U+FFFD (lossy). */
static int invalid(struct decoder *d, unsigned char byte, bool truncated,
		   struct strbuf *out)
{
	if (!d->nr_bad++) {
		d->bad_line = d->line;
		d->bad_byte = byte;
		d->truncated = truncated;
	}
	if (!d->lossy)
		return -1;
	strbuf_add(out, replacement, 3);
	return 0;
}

static int check_utf8(struct decoder *d, const char *s, size_t len, bool last,
		      struct strbuf *out)
{
	size_t i = 0, n;

	while (i < len) {
		n = utf8_invalid_offset(s + i, len - i);
		strbuf_add(out, s + i, n);
		count_lines(d, s + i, n);
		i += n;
		if (i == len)
			break;
		/* An incomplete sequence at the end of a chunk waits for the
		 * next one. */
		n = utf8_prefix_length(s + i, len - i);
		if (n == len - i && !last) {
			strbuf_add(&d->pending, s + i, n);
			return 0;
		}
		if (invalid(d, (unsigned char)s[i], n == len - i, out) < 0)
			return -1;
		i += n ? n : 1;
	}
	return 0;
}

static int convert(struct decoder *d, const char *s, size_t len, bool last,
		   struct strbuf *out)
{
	char *in = (char *)s;
	size_t in_left = len;

	while (in_left) {
		size_t room = in_left * 4 + 16, out_left, before;
		char *o;
		int err;

		XGROW(out->buf, out->alloc, out->len + room + 1);
		o = out->buf + out->len;
		out_left = room;
		before = out->len;
		if (iconv(d->cd, &in, &in_left, &o, &out_left) != (size_t)-1) {
			out->len = (size_t)(o - out->buf);
			out->buf[out->len] = '\0';
			count_lines(d, out->buf + before, out->len - before);
			break;
		}
		err = errno;
		out->len = (size_t)(o - out->buf);
		out->buf[out->len] = '\0';
		count_lines(d, out->buf + before, out->len - before);
		if (err == E2BIG)
			continue;
		if (err == EINVAL && !last) {
			strbuf_add(&d->pending, in, in_left);
			return 0;
		}
		if (invalid(d, (unsigned char)*in, err == EINVAL, out) < 0)
			return -1;
		if (err == EINVAL)
			break;
		in += in_left < d->unit ? in_left : d->unit;
		in_left -= in_left < d->unit ? in_left : d->unit;
	}
	return 0;
}

int decoder_feed(struct decoder *d, const char *buf, size_t len, bool last,
		 struct strbuf *out)
{
	struct strbuf joined = STRBUF_INIT;
	int ret;

	/* A sequence cut by the end of the last chunk goes first. */
	if (d->pending.len) {
		strbuf_add(&joined, d->pending.buf, d->pending.len);
		strbuf_add(&joined, buf, len);
		strbuf_reset(&d->pending);
		buf = joined.buf;
		len = joined.len;
	}
	if (d->cd == (iconv_t)-1)
		ret = check_utf8(d, buf, len, last, out);
	else
		ret = convert(d, buf, len, last, out);
	strbuf_release(&joined);
	return ret;
}
