# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the script tests.  The Makefile exports STATUSGEN, srcdir and
# builddir; a test run by hand can set them too.
set -u
: "${STATUSGEN:?run through make check, or set STATUSGEN}"
: "${srcdir:?}"
failures=0
checks=0

# time_limit SECONDS: "timeout N" for a limit of SECONDS in an ordinary
# build (longer in a sanitizer build), or nothing without timeout(1).
time_limit() {
	command -v timeout >/dev/null 2>&1 &&
		echo "timeout $(($1 * ${TEST_TIME_FACTOR:-1}))"
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/statusgen-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

pass() {
	checks=$((checks + 1))
}

# expect_status WANT CMD...: run CMD, stdout to $tmp/out, stderr to $tmp/err.
expect_status() {
	want=$1
	shift
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "'$*' exited $got, expected $want; stderr:"
		sed 's/^/    /' "$tmp/err"
	else
		pass
	fi
}

# expect_same EXPECTED-FILE ACTUAL-FILE WHAT
expect_same() {
	if diff -u "$1" "$2" >"$tmp/diff"; then
		pass
	else
		fail "$3 differs from $1:"
		head -40 "$tmp/diff"
	fi
}

# expect_grep PATTERN FILE WHAT
expect_grep() {
	if grep -q -- "$1" "$2"; then pass; else fail "$3: no '$1' in output"; fi
}

finish() {
	echo "$((checks)) passed, $failures failed"
	[ "$failures" -eq 0 ]
}
