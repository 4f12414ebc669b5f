#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The program's own messages follow the user's language (domain
# statusgen, compiled into $builddir/locale); the artifacts never do.
. "$srcdir/tests/lib.sh"
data="$srcdir/data"
zh() { LC_ALL=C.UTF-8 LANGUAGE=zh_CN "$@"; }

# The catalog's own translation of a message, read by gettext(1), not by
# statusgen: what the program must print.
msg=$(zh env TEXTDOMAINDIR="$STATUSGEN_TEXTDOMAINDIR" gettext -d statusgen "unknown command '%s'")
[ -n "$msg" ] && [ "$msg" != "unknown command '%s'" ] && pass ||
	fail "zh_CN catalog has no translation of \"unknown command '%s'\""
expected="statusgen: $(printf "$msg" frobnicate)"

expect_status 2 zh "$STATUSGEN" frobnicate
[ "$(head -n 1 "$tmp/err")" = "$expected" ] && pass ||
	fail "translated diagnostic: got '$(head -n 1 "$tmp/err")', expected '$expected'"

# A data diagnostic keeps its file:line: prefix; only the words change.
expect_status 0 zh "$STATUSGEN" check --data "$data"
expect_grep '^data/sources/zh_CN/status-codes.md:61: 警告: \|/status-codes.md:61: 警告: ' "$tmp/err" \
	"translated warning with its location"

# Help is translated; options and commands are not.
expect_status 0 zh "$STATUSGEN" generate --help
expect_grep '^用法：statusgen generate \[OPTION\]' "$tmp/out" "Chinese generate --help"
expect_grep '^      --output-dir=DIR' "$tmp/out" "option names stay as they are"

# Without LANGUAGE, or in the C locale, the messages are English.
expect_status 2 env LC_ALL=C LANGUAGE=zh_CN "$STATUSGEN" frobnicate
expect_grep "^statusgen: unknown command 'frobnicate'" "$tmp/err" "C locale ignores LANGUAGE"

# The artifacts do not depend on the language of the messages.
SOURCE_DATE_EPOCH=1795392000; export SOURCE_DATE_EPOCH
expect_status 0 "$STATUSGEN" generate --data "$data" --po-dir "$srcdir/po" --output-dir "$tmp/en"
expect_status 0 zh "$STATUSGEN" generate --data "$data" --po-dir "$srcdir/po" --output-dir "$tmp/zh"
if diff -r "$tmp/en" "$tmp/zh" >"$tmp/diff"; then pass; else
	fail "artifacts differ with LANGUAGE=zh_CN:"; head -20 "$tmp/diff"; fi

# Every source file with a translatable message is one xgettext reads
# (po/statusgen/POTFILES.in), or its messages would never be translated.
for f in $(cd "$srcdir" && grep -l '_("' src/*.c src/*/*.c); do
	grep -qx "$f" "$srcdir/po/statusgen/POTFILES.in" && pass ||
		fail "$f has translatable messages but is not in po/statusgen/POTFILES.in"
done

finish
