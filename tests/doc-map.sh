#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# doc/development.md's map of the code names every source file under
# src/, each at the start of its own line, and names no file that is not
# there: a file added, renamed or removed without its line in the map
# fails here.  The generated sources (builtin_registry.c...) are in the
# map too, and exist in the build tree.
. "$srcdir/tests/lib.sh"
map="$srcdir/doc/development.md"
[ -f "$map" ] || { echo "FAIL: no $map"; exit 1; }

(cd "$srcdir" && find src -type f \( -name '*.c' -o -name '*.h' \)) |
	LC_ALL=C sort -u >"$tmp/files"
[ -s "$tmp/files" ] || fail "no source file found under $srcdir/src"
while IFS= read -r f; do
	if grep -q "^$f\([ 	]\|\$\)" "$map"; then pass; else
		fail "doc/development.md's map of the code does not name '$f' (one line: '$f  what it is')"
	fi
done <"$tmp/files"

# Every line of the map that starts with src/ names a file that exists.
sed -n 's|^\(src/[^ 	]*\).*|\1|p' "$map" | LC_ALL=C sort -u >"$tmp/named"
while IFS= read -r f; do
	if [ -f "$srcdir/$f" ] || [ -f "${builddir:-.}/$f" ]; then pass; else
		fail "doc/development.md's map names '$f', which does not exist"
	fi
done <"$tmp/named"
finish
