#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The reader corpus, table-driven: every document tests/corpus/NAME (a
# .md or .html file, or a directory read as one argument) sits beside
#   NAME.records   what 'statusgen extract --po-dir PO NAME' must print
#   NAME.lint      what 'statusgen lint --po-dir PO NAME' must print on
#                  standard error, then a last line 'exit status N'
# PO is the project's po/, whose catalogs teach the readers each
# language's names.  No --locale is passed: each page tells its language
# (its text, front matter, <html lang> or MDN path); a file NAME.args, if
# present, holds more options (--locale en for reader cases too short to
# tell).  The commands run in tests/corpus/, so the paths in the output
# are the names above.
#
# tests/corpus/XFAIL lists the documents known to fail, one per line,
# the name first and the reason after it.  Such a failure is reported and
# does not fail the test; a listed document that passes does (take it off
# the list).  A crash or a hang fails the test whatever the list says.
#
# STATUSGEN_UPDATE_CORPUS=1 rewrites every NAME.records and NAME.lint
# from what the program prints: for a deliberate change, to be reviewed
# with 'git diff tests/corpus' before it is committed.
. "$srcdir/tests/lib.sh"

corpus=$srcdir/tests/corpus
# Before the registry's one temporary registration expires, so that no
# expiry warning depends on the day the test runs.
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
limit=
limit=$(time_limit 60)
update=${STATUSGEN_UPDATE_CORPUS:-}
xfailed=0

# is_xfail NAME: whether NAME is listed in XFAIL (sets $reason).
is_xfail() {
	reason=$(awk -v n="$1" '$1 == n { $1 = ""; sub(/^ +/, ""); print; exit }' \
		"$corpus/XFAIL" 2>/dev/null)
	awk -v n="$1" '$1 == n { found = 1 } END { exit !found }' "$corpus/XFAIL" 2>/dev/null
}

# run WHAT STATUS-FILE CMD...: run CMD in the corpus with a time limit;
# a crash or a hang (exit 124 and over: timeout, or a signal) is reported.
run() {
	what=$1
	status_file=$2
	shift 2
	(cd "$corpus" && $limit "$@")
	st=$?
	echo "$st" >"$status_file"
	if [ "$st" -ge 124 ]; then
		echo "$what: exited $st (a crash or a hang)" >>"$tmp/crashes"
	fi
}

names=$(cd "$corpus" && for f in *; do
	case $f in
	*.records | *.lint | *.args | XFAIL | README.md) ;;
	*.md | *.html) echo "$f" ;;
	*) [ -d "$f" ] && echo "$f" ;;
	esac
done)

for name in $names; do
	args=
	[ -f "$corpus/$name.args" ] && args=$(cat "$corpus/$name.args")
	: >"$tmp/crashes"
	# $args is split into words on purpose.
	run "extract $name" "$tmp/extract-status" \
		"$STATUSGEN" extract --po-dir "$srcdir/po" $args "$name" >"$tmp/records" 2>"$tmp/extract-err"
	run "lint $name" "$tmp/lint-status" \
		"$STATUSGEN" lint --data "$srcdir/data" --po-dir "$srcdir/po" $args "$name" >/dev/null 2>"$tmp/lint"
	echo "exit status $(cat "$tmp/lint-status")" >>"$tmp/lint"

	if [ -n "$update" ]; then
		cp "$tmp/records" "$corpus/$name.records" &&
		cp "$tmp/lint" "$corpus/$name.lint" || exit 1
		continue
	fi

	: >"$tmp/problems"
	if [ -s "$tmp/crashes" ]; then
		cat "$tmp/crashes" >>"$tmp/problems"
		sed 's/^/    /' "$tmp/extract-err" | head -20 >>"$tmp/problems"
	fi
	for kind in records lint; do
		if [ ! -f "$corpus/$name.$kind" ]; then
			echo "$name.$kind is missing (STATUSGEN_UPDATE_CORPUS=1 writes it)" >>"$tmp/problems"
		elif ! diff -u "$corpus/$name.$kind" "$tmp/$kind" >"$tmp/diff"; then
			echo "$kind differ (- expected, + actual):" >>"$tmp/problems"
			sed -e '1,2d' -e 's/^/    /' "$tmp/diff" | head -60 >>"$tmp/problems"
		fi
	done

	if [ ! -s "$tmp/problems" ]; then
		if is_xfail "$name"; then
			fail "$name passes but is listed in tests/corpus/XFAIL: take it off the list"
		else
			pass
		fi
	elif is_xfail "$name" && [ ! -s "$tmp/crashes" ]; then
		echo "XFAIL: $name ($reason)"
		xfailed=$((xfailed + 1))
	else
		fail "$name:"
		cat "$tmp/problems"
	fi
done

if [ -n "$update" ]; then
	echo "rewrote the expectations of $(echo $names | wc -w) documents; review 'git diff tests/corpus'"
	exit 0
fi
echo "$xfailed known failures (tests/corpus/XFAIL)"
finish
