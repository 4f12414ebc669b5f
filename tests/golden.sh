#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every artifact regenerated from data/ equals its golden copy, and so do
# the diagnostics of 'check'.  STATUSGEN_UPDATE_GOLDEN=1 rewrites the
# golden files instead (review the diff before committing it).
. "$srcdir/tests/lib.sh"
golden="$srcdir/tests/golden/seeds"
# A fixed date after 104's temporary registration expired (2026-11-13),
# so the outputs do not depend on the day the tests run.
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH

# Paths in diagnostics are as given: run from the source tree.
cd "$srcdir" || exit 99
"$STATUSGEN" check --data data --po-dir po >/dev/null 2>"$tmp/check.stderr"
echo "exit $?" >>"$tmp/check.stderr"
"$STATUSGEN" generate --data data --po-dir po --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate failed"
# The table style of the pages (generate writes the sections style).
for ll in en zh_CN; do
	"$STATUSGEN" markdown --data data --po-dir po --locale $ll --style table \
		-o "$tmp/gen-table.$ll.md" 2>/dev/null || fail "markdown --style table --locale $ll"
done
# A catalog regenerated for zh_CN keeps every translation po/ has.
"$STATUSGEN" po --data data --po-dir po --locale zh_CN -o "$tmp/gen-zh_CN.po" 2>/dev/null ||
	fail "po --locale zh_CN failed"

if [ "${STATUSGEN_UPDATE_GOLDEN:-0}" = 1 ]; then
	cp "$tmp/check.stderr" "$golden/check.stderr"
	cp "$tmp/gen/"* "$golden/"
	cp "$tmp/gen-zh_CN.po" "$golden/zh_CN.po"
	cp "$tmp/gen-table.en.md" "$golden/table.en.md"
	cp "$tmp/gen-table.zh_CN.md" "$golden/table.zh_CN.md"
	echo "golden files updated"
	exit 0
fi

expect_same "$golden/check.stderr" "$tmp/check.stderr" "statusgen check"
for f in "$golden"/*; do
	name=$(basename "$f")
	case $name in check.stderr | zh_CN.po | table.*) continue ;; esac
	expect_same "$f" "$tmp/gen/$name" "generated $name"
done
expect_same "$golden/zh_CN.po" "$tmp/gen-zh_CN.po" "statusgen po --locale zh_CN"
for ll in en zh_CN; do
	expect_same "$golden/table.$ll.md" "$tmp/gen-table.$ll.md" "markdown --style table --locale $ll"
done
# Nothing generated lacks a golden copy.
for f in "$tmp/gen/"*; do
	[ -e "$golden/$(basename "$f")" ] || fail "no golden copy of $(basename "$f")"
done

# 'json' writes the same dataset as 'generate'.
"$STATUSGEN" json --data data --po-dir po >"$tmp/stdout.json" 2>/dev/null
expect_same "$golden/http-status.json" "$tmp/stdout.json" "statusgen json"

# Deterministic: a second run is byte-identical.
"$STATUSGEN" generate --data data --po-dir po --output-dir "$tmp/again" 2>/dev/null
for f in "$tmp/gen/"*; do
	cmp -s "$f" "$tmp/again/$(basename "$f")" && pass ||
		fail "$(basename "$f") differs between two runs"
done

# The build's own main job wrote the same artifacts.
if [ -d "$builddir/out" ]; then
	for f in "$golden"/*; do
		name=$(basename "$f")
		case $name in check.stderr | zh_CN.po | table.* | *.pot) continue ;; esac
		expect_same "$f" "$builddir/out/$name" "make's $name"
	done
fi
finish
