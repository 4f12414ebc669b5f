#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Catalogs as translators' tools leave them: CRLF line ends, a LINGUAS
# that names a language twice.  The artifacts must be those of the plain
# catalog, and the JSON must still satisfy its schema.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: needs jq"
	exit 77
fi
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
data="$srcdir/data"

# json_of DIR OUT: the JSON of the data with the catalogs of DIR.
json_of() {
	"$STATUSGEN" json --data "$data" --po-dir "$1" -o "$2" 2>"$tmp/err" ||
		fail "json with the catalogs of $1 failed: $(cat "$tmp/err")"
}

# The zh_CN catalog alone, with a LINGUAS of its own.
mkdir "$tmp/lf" "$tmp/crlf"
cp "$srcdir/po/zh_CN.po" "$tmp/lf/"
echo zh_CN >"$tmp/lf/LINGUAS"
echo zh_CN >"$tmp/crlf/LINGUAS"
json_of "$tmp/lf" "$tmp/lf.json"

# A catalog saved with CRLF line ends (msgfmt takes it) gives the same
# artifacts, the lines of its messages included.
sed 's/$/\r/' "$srcdir/po/zh_CN.po" >"$tmp/crlf/zh_CN.po"
json_of "$tmp/crlf" "$tmp/crlf.json"
expect_same "$tmp/lf.json" "$tmp/crlf.json" "the JSON of a CRLF catalog"

# A context written as msgcat would not write it, but as is valid (blanks
# after it, split over two lines), still has its line.
mkdir "$tmp/wrapped"
echo zh_CN >"$tmp/wrapped/LINGUAS"
sed -e 's/^msgctxt "status 404 reason"$/msgctxt "status 404 reason"  /' \
    -e 's/^msgctxt "status 405 reason"$/msgctxt ""\
"status 405 " "reason"/' "$srcdir/po/zh_CN.po" >"$tmp/wrapped/zh_CN.po"
json_of "$tmp/wrapped" "$tmp/wrapped.json"
line404=$(grep -n '^msgctxt "status 404 reason"  $' "$tmp/wrapped/zh_CN.po" | cut -d: -f1)
line405=$(grep -n '^msgctxt ""$' "$tmp/wrapped/zh_CN.po" | cut -d: -f1)
for code in 404 405; do
	eval "want=\$line$code"
	got=$(jq --argjson c "$code" '.statuses[] | select(.code == $c) | .sources[] |
		select(.file == "po/zh_CN.po" and .field == "reason") | .line' "$tmp/wrapped.json")
	[ "$got" = "$want" ] && pass || fail "the line of $code's reason in the catalog: $got, not $want"
done

# A language listed twice, with comments and blank lines around it, is
# one language: its catalog is read once and named once in "inputs".
mkdir "$tmp/twice"
cp "$srcdir/po/zh_CN.po" "$tmp/twice/"
printf '# the languages\n\nzh_CN # Simplified\n\nzh_CN\n' >"$tmp/twice/LINGUAS"
json_of "$tmp/twice" "$tmp/twice.json"
expect_same "$tmp/lf.json" "$tmp/twice.json" "the JSON of a LINGUAS naming zh_CN twice"
"$STATUSGEN" check --data "$data" --po-dir "$tmp/twice" 2>"$tmp/err"
[ "$(grep -c 'zh_CN.po: note: .* translated' "$tmp/err")" = 1 ] && pass ||
	fail "check of a LINGUAS naming zh_CN twice: $(grep 'translated' "$tmp/err")"

# A LINGUAS saved with CRLF line ends names the same languages to the
# program, to the build (po/linguas) and to po/update-po.
mkdir "$tmp/crlf-linguas"
cp "$srcdir/po/zh_CN.po" "$srcdir/po/http-status.pot" "$tmp/crlf-linguas/"
printf '# the languages\r\nzh_CN\r\n' >"$tmp/crlf-linguas/LINGUAS"
json_of "$tmp/crlf-linguas" "$tmp/crlf-linguas.json"
expect_same "$tmp/lf.json" "$tmp/crlf-linguas.json" "the JSON of a CRLF LINGUAS"
expect_status 0 sh "$srcdir/po/linguas" "$tmp/crlf-linguas/LINGUAS"
[ "$(cat "$tmp/out")" = zh_CN ] && pass || fail "po/linguas on a CRLF LINGUAS: $(cat "$tmp/out" "$tmp/err")"
if command -v msgmerge >/dev/null 2>&1; then
	expect_status 0 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/crlf-linguas"
	# Without a LINGUAS it fails as any failed step does: exit status 1.
	rm "$tmp/crlf-linguas/LINGUAS"
	expect_status 1 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/crlf-linguas"
	expect_grep "^$tmp/crlf-linguas/LINGUAS: error: no such file\$" "$tmp/err" \
		"update-po without LINGUAS"
	expect_grep "^update-po: '$tmp/crlf-linguas/LINGUAS' is not a list of catalogs to merge; no catalog changed\$" \
		"$tmp/err" "update-po without LINGUAS"
fi
# Two codes called alike in one catalog, or a code called what the
# registry calls another, are warnings at the catalog's line, once a
# code (tests/bad/po-same-reason.po and po-reason-of-another-code.po
# show the first of them); every catalog po/ ships gives none.
mkdir "$tmp/alike"
echo zh_CN >"$tmp/alike/LINGUAS"
awk '$0 == "msgctxt \"status 202 reason\"" || $0 == "msgctxt \"status 204 reason\"" ||
	$0 == "msgctxt \"status 410 reason\"" { ctx = $0 }
	ctx && /^msgstr / {
		print (ctx ~ /410/ ? "msgstr \"not-found\"" : "msgstr \"正常\""); ctx = ""; next }
	{ print }' "$srcdir/po/zh_CN.po" >"$tmp/alike/zh_CN.po"
line() { grep -n "^msgctxt \"status $1 reason\"\$" "$tmp/alike/zh_CN.po" | cut -d: -f1; }
expect_status 0 "$STATUSGEN" check --data "$data" --po-dir "$tmp/alike"
grep "is called '.*' here, \(and so is\|which is what\)" "$tmp/err" >"$tmp/alike.got"
cat >"$tmp/alike.expected" <<EOF2
$tmp/alike/zh_CN.po:$(line 202): warning: 202 is called '正常' here, and so is 200 at line $(line 200); each code needs a name of its own
$tmp/alike/zh_CN.po:$(line 204): warning: 204 is called '正常' here, and so is 200 at line $(line 200); each code needs a name of its own
$tmp/alike/zh_CN.po:$(line 410): warning: 410 is called 'not-found' here, which is what the registry calls 404
EOF2
expect_same "$tmp/alike.expected" "$tmp/alike.got" "the warnings of codes called alike"
mkdir "$tmp/shipped"
cp "$srcdir"/po/*.po "$tmp/shipped/"
(cd "$tmp/shipped" && ls *.po | sed 's/\.po$//') >"$tmp/shipped/LINGUAS"
expect_status 0 "$STATUSGEN" check --data "$data" --po-dir "$tmp/shipped"
grep "is called '.*' here, \(and so is\|which is what\)" "$tmp/err" &&
	fail "a shipped catalog calls two codes alike" || pass
[ "$(grep -c 'translated, 0 fuzzy, 0 untranslated' "$tmp/err")" -eq "$(wc -l <"$tmp/shipped/LINGUAS")" ] &&
	pass || fail "the shipped catalogs were not all read, complete"
finish
