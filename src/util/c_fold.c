/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reason phrases compared loosely, as every generated C source compares
 * them (http_status_from_reason()) and as the program does (lint's notes
 * that a phrase is only written differently, the readers' phrase hints,
 * the perfect hash the generator builds): one piece of code for both.
 *
 * Two phrases are loosely equal when they fold to the same bytes: ASCII
 * letters lower-cased, ASCII digits and every byte from 0x80 kept, and
 * nothing else: no white space, no ASCII punctuation or control
 * character, and none of the dashes and quotation marks U+2010-U+201F
 * ("Request Time-out", "request timeout" and "REQUEST‐TIMEOUT" all fold
 * to "requesttimeout").  tests/c/fold-cases is the table both are
 * checked on.
 *
 * The sections below are copied into every generated source as
 * src/emit/c_locale.c says (through the byte array make builds in
 * src/emit/c_runtime_text.c), with every identifier that is or starts
 * with http_status or HTTP_STATUS renamed for --prefix.  The program
 * compiles the same text as its own (src/util/loose.c includes this
 * file), and tests/c-tables.sh compiles it as C99 and C++ (it is
 * included by src/emit/c_runtime.c).  Hence no #include here, and
 * nothing a C99 compiler without a library does not have.  As a special
 * exception to the license of this file, the copied sections may be
 * used, copied, modified and distributed without restriction, as the
 * generated files that hold them say. */

/*** copied as "fold", before the reason-phrase indexes ***/
/* Each byte as it counts in a loosely compared phrase: 0 for one that
 * does not count (below 0x80: all but letters and digits), an ASCII
 * letter lower-cased, every other byte itself.  0xE2 also starts
 * U+2010-U+201F, which http_status_fold() drops. */
static const unsigned char http_status_fold_bytes[256] = {
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
	0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
	0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
	0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
	0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
	0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
	0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

/* Fold the text s into out (max + 1 bytes) and return the folded length;
 * a length over max means the text folds to more than max bytes (out
 * then holds its first max + 1).  A byte that does not count is written
 * and then written over: keeping or dropping a byte takes no branch. */
static size_t http_status_fold(const char *s, unsigned char *out, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	unsigned char c;

	for (; *p; p++) {
		c = http_status_fold_bytes[*p];
		/* U+2010-U+201F in UTF-8: E2 80 90 to E2 80 9F. */
		if (c == 0xe2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x9f) {
			p += 2;
			continue;
		}
		out[n] = c;
		n += c != 0;
		if (n > max)
			break;
	}
	return n;
}

/* http_status_fold(), eight bytes of s a step, for out of max + 9 bytes
 * (a step writes up to eight before the length is checked).  A byte
 * 0xE2, which may start U+2010-U+201F, hands the text to
 * http_status_fold(). */
static size_t http_status_fold_fast(const char *s, unsigned char *out, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	unsigned char c;

#define HTTP_STATUS_FOLD_STEP(k) \
	if (!p[k]) \
		return n; \
	c = http_status_fold_bytes[p[k]]; \
	if (c == 0xe2) \
		return http_status_fold(s, out, max); \
	out[n] = c; \
	n += c != 0;
	for (;; p += 8) {
		HTTP_STATUS_FOLD_STEP(0) HTTP_STATUS_FOLD_STEP(1)
		HTTP_STATUS_FOLD_STEP(2) HTTP_STATUS_FOLD_STEP(3)
		HTTP_STATUS_FOLD_STEP(4) HTTP_STATUS_FOLD_STEP(5)
		HTTP_STATUS_FOLD_STEP(6) HTTP_STATUS_FOLD_STEP(7)
		if (n > max)
			return n;
	}
#undef HTTP_STATUS_FOLD_STEP
}

/* The eight bytes at p as one number, the first the lowest (compilers
 * make it one load). */
static inline unsigned long long http_status_fold_word(const unsigned char *p)
{
	return (unsigned long long)p[0] | (unsigned long long)p[1] << 8 |
	       (unsigned long long)p[2] << 16 | (unsigned long long)p[3] << 24 |
	       (unsigned long long)p[4] << 32 | (unsigned long long)p[5] << 40 |
	       (unsigned long long)p[6] << 48 | (unsigned long long)p[7] << 56;
}

/* The hash of the folded phrase p[0..n) under seed: of its length and
 * its first eight bytes, or with full of every eight, each step's
 * product depending on its word and its place only (so that they run
 * side by side), then mixed so that every bit of them reaches the bits
 * that pick a bucket and a slot.  p holds n + 8 bytes, zeros after the phrase.  The
 * first eight bytes were folded first: reading them does not wait for
 * the last bytes folded to be stored. */
static inline unsigned long long http_status_fold_hash(const unsigned char *p, size_t n,
						       unsigned long long seed, int full)
{
	unsigned long long h = (seed ^ n) * 0x9e3779b97f4a7c15ULL +
			       (http_status_fold_word(p) ^ seed) * 0xff51afd7ed558ccdULL;
	size_t i;

	for (i = 8; full && i < n; i += 8)
		h += (http_status_fold_word(p + i) ^ (seed + i) * 0x2545f4914f6cdd1dULL) *
		     0xff51afd7ed558ccdULL;
	/* A product carries a difference upwards only: two phrases whose
	 * first eight bytes differ in the last would differ in the top
	 * eight bits alone, which pick neither bucket nor slot.  Fold the
	 * top half down and mix once more. */
	h ^= h >> 32;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 29);
}

/* The bucket of a phrase of hash h among mask + 1 buckets. */
static inline size_t http_status_fold_bucket(unsigned long long h, size_t mask)
{
	return (size_t)(h >> 48) & mask;
}

/* The slot of a phrase of hash h in a table of mask + 1 slots (a power
 * of two), its bucket's displacement d applied. */
static inline size_t http_status_fold_slot(unsigned long long h, unsigned d, size_t mask)
{
	return ((size_t)(h >> 32) ^ d) & mask;
}

/*** end of the copied sections ***/
