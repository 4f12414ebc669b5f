#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lint, table-driven: every tests/lint-cases/NAME (.md, .html) has NAME.expect:
# its first line 'exit N', then exactly what 'statusgen lint NAME' prints
# on standard error (@FILE@ stands for the path): every finding of the
# file, whatever stage made it, in the order of their lines.
. "$srcdir/tests/lib.sh"

for input in "$srcdir"/tests/lint-cases/*.md "$srcdir"/tests/lint-cases/*.html; do
	expect=$input.expect
	name=${input##*/}
	want_exit=$(sed -n '1s/^exit //p' "$expect")
	sed -e '1d' -e "s|@FILE@|$input|g" "$expect" >"$tmp/expected"
	# The built-in registry, and the data directory's: the same.
	expect_status "$want_exit" "$STATUSGEN" lint "$input"
	expect_same "$tmp/expected" "$tmp/err" "lint $name"
	expect_status "$want_exit" "$STATUSGEN" lint --data "$srcdir/data" "$input"
	expect_same "$tmp/expected" "$tmp/err" "lint --data $name"
done

finish
