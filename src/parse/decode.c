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

/* ---- the WHATWG Encoding Standard's encodings and labels ---------------- */

/* Every encoding of the Encoding Standard (https://encoding.spec.whatwg.org/,
 * "Names and labels") with all its labels, as the standard lists them, and
 * the iconv decoder that reads it here.  Browsers know these labels and no
 * other: a page may declare nothing else.  Where the standard defines an
 * encoding by another's table, the decoder is that one's: gbk is decoded
 * as gb18030, Big5 as Big5-HKSCS, EUC-KR as windows-949, Shift_JIS as
 * windows-31j, KOI8-U as KOI8-RU, ISO-8859-8-I as ISO-8859-8. */
static const struct whatwg_encoding whatwg_encodings[] = {
	{ "UTF-8", NULL,
	  "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8" },
	{ "IBM866", "IBM866", "866 cp866 csibm866 ibm866" },
	{ "ISO-8859-2", "ISO-8859-2",
	  "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2" },
	{ "ISO-8859-3", "ISO-8859-3",
	  "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3" },
	{ "ISO-8859-4", "ISO-8859-4",
	  "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4" },
	{ "ISO-8859-5", "ISO-8859-5",
	  "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
	  "iso_8859-5:1988" },
	{ "ISO-8859-6", "ISO-8859-6",
	  "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
	  "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987" },
	{ "ISO-8859-7", "ISO-8859-7",
	  "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
	  "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek" },
	{ "ISO-8859-8", "ISO-8859-8",
	  "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
	  "iso88598 iso_8859-8 iso_8859-8:1988 visual" },
	{ "ISO-8859-8-I", "ISO-8859-8", "csiso88598i iso-8859-8-i logical" },
	{ "ISO-8859-10", "ISO-8859-10",
	  "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6" },
	{ "ISO-8859-13", "ISO-8859-13", "iso-8859-13 iso8859-13 iso885913" },
	{ "ISO-8859-14", "ISO-8859-14", "iso-8859-14 iso8859-14 iso885914" },
	{ "ISO-8859-15", "ISO-8859-15",
	  "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9" },
	{ "ISO-8859-16", "ISO-8859-16", "iso-8859-16" },
	{ "KOI8-R", "KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r" },
	{ "KOI8-U", "KOI8-RU", "koi8-ru koi8-u" },
	{ "macintosh", "MACINTOSH", "csmacintosh mac macintosh x-mac-roman" },
	{ "windows-874", "WINDOWS-874",
	  "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874" },
	{ "windows-1250", "WINDOWS-1250", "cp1250 windows-1250 x-cp1250" },
	{ "windows-1251", "WINDOWS-1251", "cp1251 windows-1251 x-cp1251" },
	{ "windows-1252", "WINDOWS-1252",
	  "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
	  "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252" },
	{ "windows-1253", "WINDOWS-1253", "cp1253 windows-1253 x-cp1253" },
	{ "windows-1254", "WINDOWS-1254",
	  "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
	  "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254" },
	{ "windows-1255", "WINDOWS-1255", "cp1255 windows-1255 x-cp1255" },
	{ "windows-1256", "WINDOWS-1256", "cp1256 windows-1256 x-cp1256" },
	{ "windows-1257", "WINDOWS-1257", "cp1257 windows-1257 x-cp1257" },
	{ "windows-1258", "WINDOWS-1258", "cp1258 windows-1258 x-cp1258" },
	{ "x-mac-cyrillic", "MAC-CYRILLIC", "x-mac-cyrillic x-mac-ukrainian" },
	{ "GBK", "GB18030",
	  "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk" },
	{ "gb18030", "GB18030", "gb18030" },
	{ "Big5", "BIG5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
	{ "EUC-JP", "EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp" },
	{ "ISO-2022-JP", "ISO-2022-JP", "csiso2022jp iso-2022-jp" },
	{ "Shift_JIS", "CP932",
	  "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis" },
	{ "EUC-KR", "CP949",
	  "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
	  "ksc5601 ksc_5601 windows-949" },
	{ "replacement", NULL,
	  "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement" },
	{ "UTF-16BE", "UTF-16BE", "unicodefffe utf-16be" },
	{ "UTF-16LE", "UTF-16LE",
	  "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le" },
	{ "x-user-defined", NULL, "x-user-defined" },
};

const struct whatwg_encoding *whatwg_encoding_of(const char *label)
{
	size_t start, end, i, n;
	const char *p;

	/* ASCII white space around the label does not count. */
	for (start = 0; label[start] && strchr("\t\n\f\r ", label[start]); start++)
		continue;
	for (end = strlen(label); end > start && strchr("\t\n\f\r ", label[end - 1]); end--)
		continue;
	n = end - start;
	if (!n)
		return NULL;
	for (i = 0; i < sizeof(whatwg_encodings) / sizeof(whatwg_encodings[0]); i++) {
		for (p = whatwg_encodings[i].labels; *p; p += *p == ' ') {
			size_t len = strcspn(p, " ");

			if (len == n && text_equal_nocase_n(p, label + start, n))
				return &whatwg_encodings[i];
			p += len;
		}
	}
	return NULL;
}

const struct whatwg_encoding *whatwg_encoding_at(size_t i)
{
	return i < sizeof(whatwg_encodings) / sizeof(whatwg_encodings[0]) ? &whatwg_encodings[i] :
	       NULL;
}
