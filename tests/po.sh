#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The translators' loop: catalogs pass msgfmt --check, a translator's edit
# reaches the JSON, a fuzzy entry falls back, a changed English phrase
# turns the entry fuzzy with its previous msgid, hostile translations
# survive, and a new language is one command and one LINGUAS line.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1 || ! command -v msgmerge >/dev/null 2>&1; then
	echo "SKIP: needs jq and gettext's msgmerge"
	exit 77
fi
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH

# Every catalog passes gettext's own checks.
"$STATUSGEN" pot --data "$srcdir/data" -o "$tmp/http-status.pot" 2>/dev/null
for f in "$tmp/http-status.pot" "$srcdir/po/http-status.pot" "$srcdir"/po/*.po; do
	if msgfmt --check --statistics -o /dev/null "$f" 2>"$tmp/msgfmt"; then
		pass
	else
		fail "msgfmt --check $f:"
		cat "$tmp/msgfmt"
	fi
done
# The committed template is what the data gives (but for its date).
grep -v '^"POT-Creation-Date' "$srcdir/po/http-status.pot" >"$tmp/committed.pot"
grep -v '^"POT-Creation-Date' "$tmp/http-status.pot" >"$tmp/fresh.pot"
expect_same "$tmp/committed.pot" "$tmp/fresh.pot" "po/http-status.pot (run 'make update-po')"

# The compiled catalog answers gettext's own lookup, context included.
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
msgfmt --check -o "$tmp/locale/zh_CN/LC_MESSAGES/http-status.mo" "$srcdir/po/zh_CN.po"
got=$(LC_ALL=C.UTF-8 LANGUAGE=zh_CN TEXTDOMAINDIR="$tmp/locale" \
	gettext --context="status 404 reason" --domain=http-status "Not Found")
[ "$got" = "没有找到" ] && pass || fail "gettext lookup of 404 gave '$got'"
got=$(LC_ALL=C.UTF-8 LANGUAGE=zh_CN TEXTDOMAINDIR="$tmp/locale" \
	gettext --context="class 4" --domain=http-status "Client Error")
[ "$got" = "客户端错误" ] && pass || fail "gettext lookup of class 4 gave '$got'"
got=$(LC_ALL=C.UTF-8 LANGUAGE=zh_CN TEXTDOMAINDIR="$tmp/locale" \
	gettext --context="unused label" --domain=http-status "Unused")
[ "$got" = "未使用" ] && pass || fail "gettext lookup of the unused label gave '$got'"

# A template that would differ only in its date is not rewritten.
cp "$tmp/http-status.pot" "$tmp/old.pot"
SOURCE_DATE_EPOCH=1800000000 "$STATUSGEN" pot --data "$srcdir/data" -o "$tmp/http-status.pot" 2>/dev/null
cmp -s "$tmp/old.pot" "$tmp/http-status.pot" && pass || fail "pot rewritten for its date alone"

# A copy of the data and of the zh_CN catalog, with a LINGUAS of its
# own, to play translator in.
cp -R "$srcdir/data" "$tmp/data"
mkdir "$tmp/po"
cp "$srcdir/po/zh_CN.po" "$srcdir/po/http-status.pot" "$tmp/po/"
echo zh_CN >"$tmp/po/LINGUAS"
chmod -R u+w "$tmp/data" "$tmp/po"

# set_msgstr CTX TEXT: replace the msgstr of the message with context CTX
# (TEXT is written as is, so it may hold PO escapes; awk -v would
# interpret them, hence the environment).
set_msgstr() {
	NEW_MSGSTR=$2 awk -v ctx="msgctxt \"$1\"" '
		BEGIN { text = ENVIRON["NEW_MSGSTR"] }
		$0 == ctx { found = 1 }
		found && /^msgstr / { print "msgstr \"" text "\""; skip = 1; found = 0; next }
		skip && /^"/ { next }
		{ skip = 0; print }
	' "$tmp/po/zh_CN.po" >"$tmp/po/zh_CN.po.new" && mv "$tmp/po/zh_CN.po.new" "$tmp/po/zh_CN.po"
}

# set_fuzzy CTX: mark the message fuzzy, as a translator's tool would.
set_fuzzy() {
	awk -v ctx="msgctxt \"$1\"" '$0 == ctx { print "#, fuzzy" } { print }' \
		"$tmp/po/zh_CN.po" >"$tmp/po/zh_CN.po.new" && mv "$tmp/po/zh_CN.po.new" "$tmp/po/zh_CN.po"
}

regenerate() {
	"$STATUSGEN" json --data "$tmp/data" --po-dir "$tmp/po" -o "$tmp/out.json" 2>"$tmp/err" ||
		{ fail "json failed:"; cat "$tmp/err"; }
}

zh() { # CODE FIELD
	jq -r ".statuses[] | select(.code == $1) | .translations.zh_CN.$2" "$tmp/out.json"
}

# 1. The translator's edit wins over the source documents.
set_msgstr "status 404 reason" "找不到"
set_msgstr "status 404 description" "服务器上没有这个资源。"
regenerate
[ "$(zh 404 reason)" = "找不到" ] && pass || fail "edited reason not used: $(zh 404 reason)"
[ "$(zh 404 description)" = "服务器上没有这个资源。" ] && pass ||
	fail "edited description not used: $(zh 404 description)"
jq -e '.statuses[] | select(.code == 404) | .sources[] | select(.locale == "zh_CN" and .field == "reason") | .file == "po/zh_CN.po"' "$tmp/out.json" >/dev/null &&
	pass || fail "provenance of the edit"

# The label of unused codes is a message like the others: the seed's
# 未使用 (306's row) is its translation, and a translator's edit wins, in
# the JSON and on the pages, for 306 and 418 alike.
set_msgstr "unused label" "保留"
regenerate
[ "$(jq -r '.unused_label.translations.zh_CN' "$tmp/out.json")" = "保留" ] && pass ||
	fail "edited unused label not used: $(jq -c .unused_label "$tmp/out.json")"
"$STATUSGEN" markdown --data "$tmp/data" --po-dir "$tmp/po" --locale zh_CN -o "$tmp/page.md" 2>/dev/null
expect_grep '^### 306 (Unused)（保留）$' "$tmp/page.md" "306 on the page"
expect_grep '^### 418 (Unused)（保留）$' "$tmp/page.md" "418 on the page"
set_msgstr "unused label" ""
regenerate
[ "$(jq -r '.unused_label.translations.zh_CN' "$tmp/out.json")" = "未使用" ] && pass ||
	fail "an empty entry does not fall back to the seed: $(jq -c .unused_label "$tmp/out.json")"
set_msgstr "unused label" "未使用"

# 2. A fuzzy entry falls back to the source document's text...
"$STATUSGEN" check --data "$tmp/data" --po-dir "$tmp/po" 2>"$tmp/err" >/dev/null
counts=$(sed -n 's/^.*po\/zh_CN\.po: note: \([0-9]*\) translated, 0 fuzzy, \([0-9]*\) untranslated messages$/\1 \2/p' "$tmp/err")
set -- $counts
[ $# = 2 ] && pass || fail "no counts of zh_CN.po: $(cat "$tmp/err")"
set_fuzzy "status 404 reason"
regenerate
[ "$(zh 404 reason)" = "没有找到" ] && pass || fail "fuzzy entry used: $(zh 404 reason)"
"$STATUSGEN" check --data "$tmp/data" --po-dir "$tmp/po" 2>"$tmp/err" >/dev/null
expect_grep "po/zh_CN.po: note: $(($1 - 1)) translated, 1 fuzzy, $2 untranslated messages" "$tmp/err" "statistics"
# ...and with no source document either, to nothing (consumers show English).
set_fuzzy "status 429 reason"
regenerate
[ "$(zh 429 reason)" = null ] && pass || fail "fuzzy 429 used: $(zh 429 reason)"

# 3. A changed English phrase turns the entry fuzzy, with the old msgid.
sed -e 's|<description>Conflict</description>|<description>Conflicting</description>|' \
	"$tmp/data/registry/http-status-codes.xml" >"$tmp/reg" && mv "$tmp/reg" "$tmp/data/registry/http-status-codes.xml"
sh "$srcdir/po/update-po" "$STATUSGEN" "$tmp/data" "$tmp/po" 2>/dev/null ||
	fail "update-po failed"
awk '/^msgctxt "status 409 reason"/ { exit } /^$/ { prev = ""; next } { prev = prev $0 "\n" } END { printf "%s", prev }' \
	"$tmp/po/zh_CN.po" >"$tmp/entry"
expect_grep '^#, fuzzy' "$tmp/entry" "409 turned fuzzy"
expect_grep '^#| msgid "Conflict"' "$tmp/entry" "previous msgid shown"
regenerate
[ "$(zh 409 reason)" = "冲突" ] && pass || fail "409 after the change: $(zh 409 reason)"
msgfmt --check -o /dev/null "$tmp/po/zh_CN.po" && pass || fail "merged catalog fails msgfmt --check"

# 4. Hostile translations come through unchanged.
long=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "长"; }')
set_msgstr "status 200 reason" '\"引号\" \\\\反斜杠\\\\ %s %n'
set_msgstr "status 200 description" "第一行\\n第二行 $long"
regenerate
[ "$(zh 200 reason)" = '"引号" \\反斜杠\\ %s %n' ] && pass || fail "hostile reason: $(zh 200 reason)"
jq -e --arg want "第一行
第二行 $long" '.statuses[] | select(.code == 200) | .translations.zh_CN.description == $want' \
	"$tmp/out.json" >/dev/null && pass || fail "hostile description: $(zh 200 description | head -c 80)"

# A broken catalog is an error with its line, and nothing is written.
cp "$tmp/po/zh_CN.po" "$tmp/zh_CN.po.good"
printf 'msgctxt "status 999 reason"\nmsgid "Broken\nmsgstr ""\n' >>"$tmp/po/zh_CN.po"
lines=$(wc -l <"$tmp/zh_CN.po.good")
expect_status 1 "$STATUSGEN" json --data "$tmp/data" --po-dir "$tmp/po" -o "$tmp/broken.json"
expect_grep "^$tmp/po/zh_CN.po:$((lines + 3)): error: end-of-line within string" "$tmp/err" "po syntax error with its line"
[ -e "$tmp/broken.json" ] && fail "json written from a broken catalog" || pass
cp "$tmp/zh_CN.po.good" "$tmp/po/zh_CN.po"

# 5. A new language: one command, one line in LINGUAS.
"$STATUSGEN" po --data "$tmp/data" --po-dir "$tmp/po" --locale eo -o "$tmp/po/eo.po" 2>/dev/null ||
	fail "po --locale eo"
echo eo >>"$tmp/po/LINGUAS"
msgfmt --check -o /dev/null "$tmp/po/eo.po" && pass || fail "new eo.po fails msgfmt --check"
expect_grep '"Language: eo\\n"' "$tmp/po/eo.po" "eo header"
regenerate
jq -e '.locales == ["eo", "zh_CN"]' "$tmp/out.json" >/dev/null && pass || fail "eo not a locale"
jq -e 'all(.statuses[]; .translations | has("eo"))' "$tmp/out.json" >/dev/null && pass ||
	fail "eo missing from translations"
finish
