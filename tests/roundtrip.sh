#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Round trip per language: every catalog po/ ships makes its page
# http-status.LL.md (generate: the sections style; markdown --style
# table: the table style), and statusgen's own extract reads each back.
# Every code must come back with its code, its localized reason and its
# class (the page's heading for it, named as the catalog names the
# class), as the JSON of the same run has them.
#
# What the readers cannot read yet is listed in tests/roundtrip.xfail,
# a line "LL STYLE WHAT" each (WHAT: code, reason or class): such a
# failure is expected.  Any other failure fails the test, and so does a
# listed one that no longer fails: the list can only shrink.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: needs jq"
	exit 77
fi
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH
xfail="$srcdir/tests/roundtrip.xfail"

mkdir -p "$tmp/po" "$tmp/table"
cp "$srcdir"/po/*.po "$tmp/po/"
(cd "$tmp/po" && ls *.po | sed 's/\.po$//') >"$tmp/po/LINGUAS"
"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$tmp/po" --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate with every shipped catalog"
[ "$(wc -l <"$tmp/po/LINGUAS")" -ge 21 ] && pass || fail "fewer than 21 catalogs in po/"

# check LL STYLE PAGE: "LL STYLE WHAT CODE 'WHAT CAME BACK'" for each
# code that does not come back whole.
check() {
	"$STATUSGEN" extract "$3" >"$tmp/records.json" 2>"$tmp/extract.err" ||
		{ echo "$1 $2 code all 'extract failed: $(head -1 "$tmp/extract.err")'"; return; }
	jq -r --arg ll "$1" --arg style "$2" --slurpfile got "$tmp/records.json" '
		. as $d
		| ($got[0].records | group_by(.code)
		   | map({ key: (.[0].code | tostring), value: .[0] }) | from_entries) as $r
		| $d.statuses[]
		| . as $s
		| $r[$s.code | tostring] as $rec
		| (if $s.unused then ($d.unused_label.translations[$ll] // $d.unused_label.name)
		   else ($s.translations[$ll].reason // $s.reason) end) as $reason
		| ($d.classes[$s.class - 1] | .translations[$ll] // .name) as $class
		| if $rec == null then "\($ll) \($style) code \($s.code) '\''none'\''"
		  else (if $rec.localized_reason != $reason
			then "\($ll) \($style) reason \($s.code) '\''\($rec.localized_reason)'\''" else empty end),
		       (if $rec.class_name != $class
			then "\($ll) \($style) class \($s.code) '\''\($rec.class_name)'\''" else empty end)
		  end' "$tmp/gen/http-status.json"
}

: >"$tmp/failures"
for ll in $(cat "$tmp/po/LINGUAS"); do
	"$STATUSGEN" markdown --data "$srcdir/data" --po-dir "$tmp/po" --locale "$ll" --style table \
		-o "$tmp/table/http-status.$ll.md" 2>/dev/null || fail "markdown --style table --locale $ll"
	check "$ll" sections "$tmp/gen/http-status.$ll.md" >>"$tmp/failures"
	check "$ll" table "$tmp/table/http-status.$ll.md" >>"$tmp/failures"
done

# What fails, a line "LL STYLE WHAT" each, against what is listed.
awk '{ print $1, $2, $3 }' "$tmp/failures" | sort -u >"$tmp/failing"
sed -e 's/#.*//' -e 's/[ 	]*$//' "$xfail" | awk 'NF { print $1, $2, $3 }' | sort -u >"$tmp/listed"
comm -23 "$tmp/failing" "$tmp/listed" >"$tmp/new"
comm -13 "$tmp/failing" "$tmp/listed" >"$tmp/fixed"
if [ -s "$tmp/new" ]; then
	fail "these do not come back, and tests/roundtrip.xfail does not list them:"
	while read -r ll style what; do
		grep "^$ll $style $what " "$tmp/failures" | head -3 | sed 's/^/    /'
		echo "    ($(grep -c "^$ll $style $what " "$tmp/failures") codes)"
	done <"$tmp/new"
else
	pass
fi
if [ -s "$tmp/fixed" ]; then
	fail "these come back now: take them out of tests/roundtrip.xfail:"
	sed 's/^/    /' "$tmp/fixed"
else
	pass
fi
echo "round trip: $(wc -l <"$tmp/po/LINGUAS") languages, 2 styles; $(wc -l <"$tmp/failing") expected failures (tests/roundtrip.xfail)"
finish
