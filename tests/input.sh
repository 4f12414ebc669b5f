#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Reading inputs: --max-input-size for every kind of input file, and
# --lossy for documents with invalid bytes.
. "$srcdir/tests/lib.sh"
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
table="$data/sources/zh_CN/status-codes-table.html"

# A size that is not one is a usage error.
for size in '' abc 0 0K 12Q 1.5M -1 ' 12' 12KB 99999999999999999999 17179869184G; do
	expect_status 2 "$STATUSGEN" extract --max-input-size="$size" "$table"
	expect_grep "^statusgen: invalid --max-input-size '$size' (use a number of bytes, or one with K, M or G)\$" \
		"$tmp/err" "--max-input-size='$size'"
	expect_grep "^Try 'statusgen --help' for more information.\$" "$tmp/err" "hint"
done
for size in 4702 5K 1m 1G; do
	expect_status 0 "$STATUSGEN" extract --max-input-size="$size" "$table"
done

# Documents: at the limit, and one byte under it.
expect_status 1 "$STATUSGEN" extract --max-input-size=4701 "$table"
echo "$table: error: file is larger than the limit of 4701 bytes (--max-input-size)" >"$tmp/want"
expect_same "$tmp/want" "$tmp/err" "document over the limit"
# Standard input, which has no size until it is read.
expect_status 1 sh -c 'cat "$1" | "$2" extract --format html --max-input-size=1K /dev/stdin' sh \
	"$table" "$STATUSGEN"
echo "/dev/stdin: error: file is larger than the limit of 1024 bytes (--max-input-size)" >"$tmp/want"
expect_same "$tmp/want" "$tmp/err" "a pipe over the limit"

# The registry (12 KB) and a catalog (70 KB) are inputs too.
expect_status 1 "$STATUSGEN" check --data "$data" --max-input-size=12000
expect_grep "^$data/registry/http-status-codes.xml: error: file is larger than the limit of 12000 bytes (--max-input-size)\$" \
	"$tmp/err" "registry over the limit"
expect_status 1 "$STATUSGEN" json --data "$data" --po-dir "$srcdir/po" --max-input-size=16K
expect_grep "^$srcdir/po/zh_CN.po: error: file is larger than the limit of 16384 bytes (--max-input-size)\$" \
	"$tmp/err" "catalog over the limit"
[ -s "$tmp/out" ] && fail "json wrote output after an error" || pass
expect_status 0 "$STATUSGEN" json --data "$data" --po-dir "$srcdir/po" --max-input-size=128K

# --lossy: an invalid byte in a heading and one in a description.
mkdir -p "$tmp/lossy/sources/en" "$tmp/art"
cp -R "$data/registry" "$tmp/lossy/"
printf '## Client Error\n\n### 404 Not Found\377\n\nNo \300\257such page.\n' \
	>"$tmp/lossy/sources/en/codes.md"
expect_status 1 "$STATUSGEN" generate --data "$tmp/lossy" --output-dir "$tmp/art"
echo "$tmp/lossy/sources/en/codes.md:3: error: invalid UTF-8 (byte 0xff)" >"$tmp/want"
expect_same "$tmp/want" "$tmp/err" "invalid UTF-8 without --lossy"
[ -z "$(ls -A "$tmp/art")" ] && pass || fail "a failed run wrote $(ls -A "$tmp/art")"
expect_status 0 "$STATUSGEN" generate --lossy --data "$tmp/lossy" --output-dir "$tmp/art"
{
	echo "$tmp/lossy/sources/en/codes.md:3: warning: invalid UTF-8 (byte 0xff) replaced with U+FFFD"
	echo "$tmp/lossy/sources/en/codes.md: warning: 2 more invalid byte sequences replaced with U+FFFD"
} >"$tmp/want"
head -n 2 "$tmp/err" >"$tmp/got"
expect_same "$tmp/want" "$tmp/got" "--lossy warnings"
expect_grep '"description": "No ��such page."' "$tmp/art/http-status.json" "U+FFFD in the JSON"
expect_grep 'No ��such page\.' "$tmp/art/http-status.en.md" "U+FFFD in the page"
# Not one of the bad bytes is in any artifact.
if LC_ALL=C grep -l "$(printf '[\300\377]')" "$tmp"/art/* >"$tmp/bad-bytes"; then
	fail "invalid bytes in $(cat "$tmp/bad-bytes")"
else
	pass
fi
# Encodings are read as browsers read them (the WHATWG Encoding
# Standard): a label it has not (utf-7, cp037) leaves the page UTF-8;
# latin1 and l1 are windows-1252 (0x93 is a quotation mark); gb2312 is
# GBK, whose characters GB2312 lacks are read too.
localized() { # DOCUMENT CODE: the localized reason extracted for CODE
	"$STATUSGEN" extract "$1" 2>/dev/null |
		sed -n "s/.*\"code\": $2,.*\"localized_reason\": \"\([^\"]*\)\".*/\1/p"
}
for case in "utf-7 404 +bKFnCWJ+UjA-" "cp037 404 é" "unknown 404 é" "latin1 404 Introuvable “é”" \
	    "l1 404 Introuvable “é”" "gb2312 404 没有找到" "gb2312 429 镕"; do
	set -- $case
	doc="$srcdir/tests/bad/charset-$1.html"
	code=$2
	shift 2
	got=$(localized "$doc" "$code")
	[ "$got" = "$*" ] && pass || fail "$(basename "$doc"): $code reads '$got', expected '$*'"
done
finish
