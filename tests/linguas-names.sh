#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The names of po/LINGUAS: the build (po/linguas), po/update-po and the
# program (statusgen) take one and the same set, by one rule, and refuse
# the rest with the same message at the same line.  One table, each of
# its lines alone and then all of them in one LINGUAS, against the
# three.  A name that is a path never reaches a file outside po/.
. "$srcdir/tests/lib.sh"
if ! command -v msgmerge >/dev/null 2>&1; then
	echo "SKIP: needs gettext's msgmerge"
	exit 77
fi
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
"$STATUSGEN" pot --data "$data" -o "$tmp/http-status.pot" 2>/dev/null || fail "statusgen pot failed"

long=$(printf '%0100d' 0 | tr 0 a)
long80=$(printf '%080d' 0 | tr 0 a)
# Thirty 3-byte characters: the quote backs off to the start of the 27th.
han=$(printf '%030d' 0 | sed 's/0/中/g')
han26=$(printf '%026d' 0 | sed 's/0/中/g')
huge=$(printf '%0100000d' 0 | tr 0 b)
huge80=$(printf '%080d' 0 | tr 0 b)
name="is not a locale name like 'zh_CN'"
source="'en' is the source language; its text comes from the registry and data/sources/en, not from a catalog (a regional English is a locale such as 'en_GB')"
nul="a NUL byte in the line; its names are not read"

# LINE (a printf format) | the names taken | the errors, ';;' between
cat >"$tmp/table" <<EOF
zh_CN|zh_CN|
pt_BR|pt_BR|
de|de|
ast|ast|
en_GB|en_GB|
en_US|en_US|
de ast|de ast|
  de\t# German, with a comment|de|
de\r|de|
fr#x|fr|
sr@latin||'sr@latin' $name
en||$source
./../../victim||'./../../victim' $name
../x||'../x' $name
.x||'.x' $name
a/b||'a/b' $name
x y||'x' $name;;'y' $name
fr\0x||$nul
de fr\0||$nul
zh_CN.UTF-8||'zh_CN.UTF-8' $name
zh_cn||'zh_cn' $name
ZH_CN||'ZH_CN' $name
zh_CNX||'zh_CNX' $name
es_419||'es_419' $name
e||'e' $name
abcd||'abcd' $name
\316\251||'Ω' $name
ñu||'ñu' $name
de\033[31m||'de\\x1b[31m' $name
de\vfr||'de\\x0bfr' $name
$long||'$long80...' $name
$han||'$han26...' $name
$huge||'$huge80...' $name
EOF

# setup DIR: DIR/a/b/P, a po directory with the template and a catalog
# for every name the table takes, and the files a name that is a path
# would reach outside it (P/./../../victim.po is DIR/a/victim.po).
setup() {
	rm -rf "$1"
	mkdir -p "$1/a/b/P/a"
	for ll in zh_CN pt_BR de ast en_GB en_US fr; do
		cp "$srcdir/po/zh_CN.po" "$1/a/b/P/$ll.po"
	done
	cp "$tmp/http-status.pot" "$1/a/b/P/"
	for f in a/victim.po a/b/x.po a/b/P/.x.po a/b/P/a/b.po; do
		cp "$srcdir/po/zh_CN.po" "$1/$f"
		touch -d @1000000000 "$1/$f"
	done
}

# run_three DIR NAMES ERRORS WHAT: the three read DIR/a/b/P/LINGUAS; each
# takes NAMES (space-separated) and prints ERRORS (one a line, each after
# 'LINGUAS:N: error: '), and nothing outside P changes.
run_three() {
	p="$1/a/b/P"
	ls -lRi --time-style=+%s.%N "$1" >"$1.files"
	printf '%s' "$3" >"$tmp/want.err"
	# The build's reader.
	status=0
	sh "$srcdir/po/linguas" "$p/LINGUAS" >"$tmp/out" 2>"$tmp/err" || status=$?
	printf '%s\n' $2 | grep . >"$tmp/want.names" || :
	expect_same "$tmp/want.names" "$tmp/out" "$4: the names po/linguas prints"
	expect_same "$tmp/want.err" "$tmp/err" "$4: the errors of po/linguas"
	# The program.
	status_c=0
	"$STATUSGEN" check --data "$data" --po-dir "$p" >/dev/null 2>"$tmp/c.err" || status_c=$?
	[ "$status_c" = "$status" ] && pass ||
		fail "$4: statusgen check exited $status_c, po/linguas $status"
	grep "^$p/LINGUAS:" "$tmp/c.err" >"$tmp/c.lines" || :
	expect_same "$tmp/want.err" "$tmp/c.lines" "$4: the errors of statusgen"
	sed -n "s|^$p/\\(.*\\)\\.po: note: [0-9]* translated.*|\\1|p" "$tmp/c.err" >"$tmp/c.names"
	expect_same "$tmp/want.names" "$tmp/c.names" "$4: the catalogs statusgen reads"
	# update-po: merges them all, or stops before any catalog changes.
	status_u=0
	sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$p" >/dev/null 2>"$tmp/u.err" || status_u=$?
	[ "$status_u" = "$status" ] && pass ||
		{ fail "$4: update-po exited $status_u, po/linguas $status"; cat "$tmp/u.err"; }
	grep "^$p/LINGUAS:" "$tmp/u.err" >"$tmp/u.lines" || :
	expect_same "$tmp/want.err" "$tmp/u.lines" "$4: the errors of update-po"
	if [ "$status" != 0 ]; then
		ls -lRi --time-style=+%s.%N "$1" | diff "$1.files" - >/dev/null && pass ||
			fail "$4: update-po changed files"
	else
		for f in a/victim.po a/b/x.po a/b/P/.x.po a/b/P/a/b.po; do
			cmp -s "$srcdir/po/zh_CN.po" "$1/$f" &&
				[ "$(stat -c %Y "$1/$f")" = 1000000000 ] && pass ||
				fail "$4: update-po changed $f"
		done
	fi
}

# Each line alone, as line 1.
n=0
all_names=
all_errors=
while IFS='|' read -r line names errors; do
	n=$((n + 1))
	setup "$tmp/row"
	printf "$line\\n" >"$tmp/row/a/b/P/LINGUAS"
	want=
	if [ -n "$errors" ]; then
		want=$(printf '%s\n' "$errors" | sed 's/;;/\n/g' |
			sed "s|^|$tmp/row/a/b/P/LINGUAS:1: error: |")
		want="$want
"
	fi
	run_three "$tmp/row" "$names" "$want" "line $n ($(printf '%s' "$line" | cut -c1-40))"
	# For the whole table: each name once, at its first line.
	for ll in $names; do
		case " $all_names " in *" $ll "*) ;; *) all_names="$all_names $ll" ;; esac
	done
	if [ -n "$errors" ]; then
		all_errors="$all_errors$(printf '%s\n' "$errors" | sed 's/;;/\n/g' |
			sed "s|^|$tmp/all/a/b/P/LINGUAS:$n: error: |")
"
	fi
done <"$tmp/table"

# All the lines in one LINGUAS: the same errors at their lines, the
# names taken once each.  (Errors for words seen at an earlier line are
# not repeated: the table names none twice among its refused words.)
setup "$tmp/all"
while IFS='|' read -r line names errors; do
	printf "$line\\n"
done <"$tmp/table" >"$tmp/all/a/b/P/LINGUAS"
run_three "$tmp/all" "$all_names" "$all_errors" "the whole table"

finish
