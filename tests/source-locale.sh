#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# English is the source language: its text comes from the registry and
# data/sources/en, never from a catalog.  An 'en' catalog is refused, by
# 'po --locale en' and at its LINGUAS line by every command, the build
# (po/linguas) and update-po, where it used to corrupt the heap (issue
# 19: generate ended in "double free or corruption").  Every other place
# where a locale has no index (-1) in the dataset takes English or says
# there are no translations.  A regional English (en_GB, en_US) is a
# translation like any other, from its catalog to the compiled C, where
# it is taken for its own territory only.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1 || ! command -v msgmerge >/dev/null 2>&1; then
	echo "SKIP: needs jq and msgmerge"
	exit 77
fi
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
source="'en' is the source language; its text comes from the registry and data/sources/en, not from a catalog (a regional English is a locale such as 'en_GB')"

# translate FILE CONTEXT TEXT: the msgstr of CONTEXT in FILE becomes TEXT.
translate() {
	awk -v ctxt="msgctxt \"$2\"" -v text="$3" '
		$0 == ctxt { found = 1 }
		found && /^msgstr / { $0 = "msgstr \"" text "\""; found = 0 }
		{ print }' "$1" >"$1.new" && mv "$1.new" "$1"
}

mkdir "$tmp/P"
cp "$srcdir/po/zh_CN.po" "$tmp/P/"
echo zh_CN >"$tmp/P/LINGUAS"
"$STATUSGEN" pot --data "$data" -o "$tmp/P/http-status.pot" 2>/dev/null || fail "statusgen pot failed"
"$STATUSGEN" generate --data "$data" --po-dir "$tmp/P" --output-dir "$tmp/plain" 2>/dev/null ||
	fail "generate with zh_CN only failed"

# ---- the issue's reproduction ---------------------------------------------
# 'po --locale en' starts no catalog.
expect_status 2 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale en -o "$tmp/P/en.po"
expect_grep "^statusgen: $source\$" "$tmp/err" "po --locale en"
[ -e "$tmp/P/en.po" ] && fail "po --locale en wrote a catalog" || pass
# One made by hand, listed at line 3 of LINGUAS, with a translation: every
# command refuses it at that line, without a crash, and writes nothing.
sed -e 's/^"Language: zh_CN\\n"$/"Language: en\\n"/' "$tmp/P/http-status.pot" >"$tmp/P/en.po"
translate "$tmp/P/en.po" "status 404 reason" "Not Found Here"
echo en >>"$tmp/P/LINGUAS"
line=$(grep -c '' "$tmp/P/LINGUAS")
want_err="^$tmp/P/LINGUAS:$line: error: $source\$"
for cmd in generate check json markdown c; do
	case $cmd in
	generate) args="--output-dir $tmp/gen" ;;
	json) args="-o $tmp/x.json" ;;
	markdown) args="--locale zh_CN -o $tmp/x.md" ;;
	c) args="--header $tmp/x.h --source $tmp/x.c" ;;
	*) args= ;;
	esac
	expect_status 1 "$STATUSGEN" $cmd --data "$data" --po-dir "$tmp/P" $args
	expect_grep "$want_err" "$tmp/err" "$cmd with an en catalog"
done
[ -e "$tmp/gen" ] || [ -e "$tmp/x.json" ] || [ -e "$tmp/x.md" ] || [ -e "$tmp/x.h" ] &&
	fail "a command wrote outputs with an en catalog listed" || pass
expect_status 1 sh "$srcdir/po/linguas" "$tmp/P/LINGUAS"
expect_grep "$want_err" "$tmp/err" "po/linguas with an en catalog"
cp -p "$tmp/P/en.po" "$tmp/en.before"
expect_status 1 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/P"
expect_grep "$want_err" "$tmp/err" "update-po with an en catalog"
expect_same "$tmp/en.before" "$tmp/P/en.po" "en.po after update-po"
sed -i '$d' "$tmp/P/LINGUAS"
rm "$tmp/P/en.po"

# ---- every other locale without an index ------------------------------------
# The English page is the source's, asked for by name.
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/P" --locale en -o "$tmp/en.md"
expect_same "$tmp/plain/http-status.en.md" "$tmp/en.md" "markdown --locale en"
# A language with no catalog and no documents: a new catalog, untranslated.
expect_status 0 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale ja -o "$tmp/ja.po"
grep '^msgstr "[^"]' "$tmp/ja.po" | grep -v -q '^msgstr "Content-Type\|^msgstr "Project' &&
	fail "po --locale ja translated something" || pass
# Asked for by name, they have no translations.
expect_status 1 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/P" --locale ja -o "$tmp/ja.md"
expect_grep "^statusgen: error: no translations for locale 'ja'\$" "$tmp/err" "markdown --locale ja"
for ll in en ja; do
	expect_status 1 "$STATUSGEN" c --data "$data" --po-dir "$tmp/P" --locales "zh_CN,$ll" \
		--header "$tmp/x.h" --source "$tmp/x.c"
	expect_grep "^statusgen: error: no translations for locale '$ll'\$" "$tmp/err" "c --locales zh_CN,$ll"
done

# ---- en_GB and en_US, end to end -----------------------------------------------
expect_status 0 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale en_GB -o "$tmp/P/en_GB.po"
translate "$tmp/P/en_GB.po" "status 404 reason" "Page Not Found"
translate "$tmp/P/en_GB.po" "class 4" "Client Error (GB)"
expect_status 0 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale en_US -o "$tmp/P/en_US.po"
translate "$tmp/P/en_US.po" "status 404 reason" "Not Found, Y'all"
printf 'en_GB en_US\n' >>"$tmp/P/LINGUAS"
expect_status 0 sh "$srcdir/po/linguas" "$tmp/P/LINGUAS"
[ "$(tr '\n' ' ' <"$tmp/out")" = "zh_CN en_GB en_US " ] && pass || fail "po/linguas: $(cat "$tmp/out")"
for ll in en_GB en_US; do
	msgfmt --check -o /dev/null "$tmp/P/$ll.po" && pass || fail "msgfmt --check $ll.po"
done
expect_status 0 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/P"
expect_grep '^msgstr "Page Not Found"$' "$tmp/P/en_GB.po" "en_GB.po after update-po"
expect_status 0 "$STATUSGEN" generate --data "$data" --po-dir "$tmp/P" --output-dir "$tmp/gen"
json="$tmp/gen/http-status.json"
[ "$(jq -c .locales "$json")" = '["en_GB","en_US","zh_CN"]' ] && pass ||
	fail "locales of the JSON: $(jq -c .locales "$json")"
got=$(jq -r '.statuses[] | select(.code == 404) |
	[.reason, .translations.en_GB.reason, .translations.en_US.reason, .translations.zh_CN.reason] | join("|")' "$json")
[ "$got" = "Not Found|Page Not Found|Not Found, Y'all|没有找到" ] && pass || fail "404 in the JSON: $got"
# The English page and the rest of the zh_CN artifacts are as without them.
expect_same "$tmp/plain/http-status.en.md" "$tmp/gen/http-status.en.md" "the English page with en_GB and en_US"
expect_same "$tmp/plain/http-status.zh_CN.md" "$tmp/gen/http-status.zh_CN.md" "the zh_CN page with en_GB and en_US"
expect_grep '^### 404 Not Found (Page Not Found)$' "$tmp/gen/http-status.en_GB.md" "the en_GB page"
expect_grep '^## Client Error (GB)$' "$tmp/gen/http-status.en_GB.md" "the en_GB page's class"
# The C tables: a regional English for its own territory only; English
# (en) and the English of any other territory get the registry's.
if command -v cc >/dev/null 2>&1; then
	if cc -std=c99 -I"$tmp/gen" "$srcdir/tests/c/consumer.c" "$tmp/gen/http_status.c" \
		-o "$tmp/consumer" 2>"$tmp/cc.err"; then
		pass
		for case in "en_GB.UTF-8|Page Not Found" "en-GB|Page Not Found" "en_gb|Page Not Found" \
			"en_US.UTF-8|Not Found, Y'all" "en|Not Found" "en_AU|Not Found" "en-Latn|Not Found" \
			"C|Not Found" "zh_CN.UTF-8|没有找到"; do
			locale=${case%%|*}
			got=$("$tmp/consumer" reason 404 "$locale")
			[ "$got" = "${case#*|}" ] && pass || fail "the C tables: 404 in '$locale' is '$got'"
		done
		"$tmp/consumer" check >/dev/null && pass || fail "consumer check with en_GB and en_US"
	else
		fail "the C tables with en_GB do not compile:"
		cat "$tmp/cc.err"
	fi
fi
finish
