#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lint --fix, table-driven: every tests/lint-fix/NAME (.md, .html) is
# copied and fixed in place ('statusgen lint --fix', or the options of
# NAME.args), and then must be byte for byte NAME.fixed; NAME.expect
# holds the exit status ('exit N') and what lint printed (@FILE@ for the
# copy).  A second run changes nothing and prints no fix.  The cases: a
# CRLF Markdown page, an HTML page in GBK, former names on request.
# Then what only a script can set up: a read-only file, a symbolic
# link, the file's mode, ulimit -f and /dev/full, and the fixes in the
# JSON report.
. "$srcdir/tests/lib.sh"

cases=$srcdir/tests/lint-fix
for input in "$cases"/*.md "$cases"/*.html; do
	name=${input##*/}
	args=--fix
	[ -f "$input.args" ] && args=$(cat "$input.args")
	copy="$tmp/$name"
	cp "$input" "$copy"
	# make distcheck's source tree is read-only, and cp keeps the mode.
	chmod u+w "$copy"
	want_exit=$(sed -n '1s/^exit //p' "$input.expect")
	sed -e '1d' -e "s|@FILE@|$copy|g" "$input.expect" >"$tmp/expected"
	# $args is split into words on purpose.
	expect_status "$want_exit" "$STATUSGEN" lint $args "$copy"
	expect_same "$tmp/expected" "$tmp/err" "lint $args $name"
	cmp -s "$copy" "$input.fixed" && pass || fail "$name after $args is not $name.fixed"
	expect_status "$want_exit" "$STATUSGEN" lint $args "$copy"
	grep -q ': fixed: ' "$tmp/err" && fail "a second $args of $name fixed more" || pass
	cmp -s "$copy" "$input.fixed" && pass || fail "a second $args changed $name"
done

page="$tmp/page.md"
printf '### 404 Not Fuond\n\n### 500 internal server error\n' >"$tmp/original.md"
printf '### 404 Not Found\n\n### 500 Internal Server Error\n' >"$tmp/fixed.md"

# A read-only file is an error, and stays as it was (as root too).
cp "$tmp/original.md" "$page"
chmod 444 "$page"
expect_status 1 "$STATUSGEN" lint --fix "$page"
expect_grep "^statusgen: error: cannot fix '$page': it is read-only$" "$tmp/err" "read-only"
expect_grep "^$page:1: warning: 404 is called 'Not Fuond' here" "$tmp/err" "read-only: findings"
cmp -s "$page" "$tmp/original.md" && pass || fail "a read-only file was changed"
rm -f "$page"

# A symbolic link stays a link; the file it points to is fixed, and
# keeps its mode.
mkdir -p "$tmp/real"
cp "$tmp/original.md" "$tmp/real/target.md"
chmod 640 "$tmp/real/target.md"
ln -s real/target.md "$tmp/link.md"
expect_status 0 "$STATUSGEN" lint --fix "$tmp/link.md"
[ -L "$tmp/link.md" ] && pass || fail "the link was replaced by a file"
cmp -s "$tmp/real/target.md" "$tmp/fixed.md" && pass || fail "the link's target was not fixed"
[ "$(stat -c %a "$tmp/real/target.md")" = 640 ] && pass ||
	fail "the fixed file's mode is $(stat -c %a "$tmp/real/target.md"), not 640"

# The fixes in the report: 'fixed' counts them, the findings left are
# the ones not fixed.
cp "$tmp/original.md" "$page"
expect_status 0 "$STATUSGEN" lint --fix --output-format=json "$page"
expect_grep '"summary": {"errors": 0, "warnings": 0, "notes": 0, "fixed": 2, "complete": true}' \
	"$tmp/out" "json summary of --fix"
expect_grep "^$page:1: fixed: replaced 'Not Fuond' with 'Not Found' \[misspelled-phrase\]$" \
	"$tmp/err" "--fix with json prints its fixes on standard error"
cmp -s "$page" "$tmp/fixed.md" && pass || fail "--fix --output-format=json did not fix"

# --fix names rules that have fixes.
expect_status 2 "$STATUSGEN" lint --fix=wrong-class "$page"
expect_grep "rule 'wrong-class' has no fixes" "$tmp/err" "--fix=wrong-class"

# Faults: a file-size limit, or a full disk under what lint prints, and
# the page is as it was, byte for byte.
cp "$tmp/original.md" "$page"
awk 'BEGIN { for (i = 0; i < 400; i++) print "Padding line " i " of the page." }' >>"$page"
cp "$page" "$tmp/big.md"
(
	trap '' XFSZ
	ulimit -f 4 && exec "$STATUSGEN" lint --fix "$page"
) >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && pass || fail "--fix under ulimit -f did not exit 1"
expect_grep "^statusgen: error: " "$tmp/err" "--fix under ulimit -f"
cmp -s "$page" "$tmp/big.md" && pass || fail "--fix under ulimit -f changed the page"
ls -a "$tmp" | grep -q 'statusgen-tmp' && fail "a temporary file was left" || pass
if [ -w /dev/full ]; then
	"$STATUSGEN" lint --fix "$page" 2>/dev/full
	[ $? -eq 1 ] && pass || fail "--fix with standard error on /dev/full did not exit 1"
	cmp -s "$page" "$tmp/big.md" && pass || fail "--fix with standard error on /dev/full changed the page"
	"$STATUSGEN" lint --fix --output-format=json "$page" >/dev/full 2>"$tmp/err"
	[ $? -eq 1 ] && pass || fail "--fix with the report on /dev/full did not exit 1"
	cmp -s "$page" "$tmp/big.md" && pass || fail "--fix with the report on /dev/full changed the page"
	expect_status 1 "$STATUSGEN" lint --fix --output-format=sarif -o /dev/full "$page"
	cmp -s "$page" "$tmp/big.md" && pass || fail "--fix -o /dev/full changed the page"
fi

# A UTF-16 page carries no fixes, and --fix leaves it alone.
printf '\377\376' >"$tmp/utf16.html"
printf '<table><tr><td>404</td><td>Not Fuond</td></tr></table>\n' |
	iconv -f UTF-8 -t UTF-16LE >>"$tmp/utf16.html"
cp "$tmp/utf16.html" "$tmp/utf16.orig"
expect_status 0 "$STATUSGEN" lint --fix "$tmp/utf16.html"
expect_grep "warning: 404 is called 'Not Fuond' here" "$tmp/err" "UTF-16 finding"
cmp -s "$tmp/utf16.html" "$tmp/utf16.orig" && pass || fail "--fix changed a UTF-16 page"

finish
