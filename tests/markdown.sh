#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Markdown pages read back by statusgen's own reader: every locale,
# both styles, the same codes, English phrases, localized reasons and
# descriptions as the dataset.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: jq is not installed"
	exit 77
fi
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH
data="$srcdir/data"
po="$srcdir/po"

# The pages whose sections statusgen's readers cannot read back yet
# (none: a name beside the registry's own marks, "### 306 (Unused)
# (Nicht verwendet)", "### 510 Not Extended (OBSOLETED) (Extension
# requise)", is split in every language).  Expected failures: a language
# listed here that reads back fails the test, so that the list is cut as
# the readers learn.
xfail_sections=""
# The table pages whose column labels (the catalog's "page column ..."
# messages) the readers do not know yet as header words: none, since
# data/languages/ lists every language's.
xfail_table=""

"$STATUSGEN" json --data "$data" --po-dir "$po" -o "$tmp/ds.json" 2>/dev/null || fail "json"
locales="en $(jq -r '.locales[]' "$tmp/ds.json")"
# Each code comes back in its class too, named as the catalog names the
# class (the page's heading, or its table's, for the code).  The pages
# whose class headings the readers do not know yet as class names
# (none: the catalogs and data/languages/ teach every language's; a
# language listed here that reads back fails the test):
xfail_class=""
for locale in $locales; do
	for style in sections table; do
		"$STATUSGEN" markdown --data "$data" --po-dir "$po" --locale "$locale" --style "$style" \
			-o "$tmp/class.md" 2>/dev/null || fail "markdown --locale $locale --style $style"
		"$STATUSGEN" extract --locale "$locale" "$tmp/class.md" >"$tmp/class.json" 2>/dev/null
		verdict=$(jq -n -r --slurpfile ds "$tmp/ds.json" --slurpfile rec "$tmp/class.json" --arg l "$locale" '
			($ds[0].classes | map(if $l == "en" then .name else .translations[$l] // .name end)) as $names
			| ($ds[0].statuses | map({code, class: $names[.class - 1]})) as $want
			| ($rec[0].records | map({code, class: .class_name})) as $got
			| if $want == $got then "same"
			  else [$want, $got] | transpose | map(select(.[0] != .[1])) | .[0] | tostring end')
		case $xfail_class in
		*" $locale "*)
			if [ "$verdict" = same ]; then
				fail "$locale/$style classes read back now: take $locale off xfail_class"
			else
				pass
				echo "XFAIL: $locale/$style classes read back differently: $verdict" | cut -c1-200
			fi ;;
		*) [ "$verdict" = same ] && pass || fail "$locale/$style classes read back differently: $verdict" ;;
		esac
	done
done
for locale in $locales; do
	for style in sections table; do
		page="$tmp/page.$locale.$style.md"
		expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$po" \
			--locale "$locale" --style "$style" -o "$page"
		case $style:$xfail_sections:$xfail_table in
		sections:*" $locale "*:* | table:*:*" $locale "*) xfail=yes ;;
		*) xfail=no ;;
		esac
		expect_status 0 "$STATUSGEN" extract --po-dir "$po" --locale "$locale" "$page"
		if [ -s "$tmp/err" ] && [ $xfail = no ]; then
			fail "extract of $locale/$style printed: $(head -2 "$tmp/err")"
		else
			pass
		fi
		# Descriptions compare with white space collapsed (the readers
		# collapse it); English phrases without the registry's marks.
		verdict=$(jq -n -r --slurpfile ds "$tmp/ds.json" --slurpfile rec "$tmp/out" --arg l "$locale" '
			def norm: if . == null then null else gsub("\\s+"; " ") | sub("^ "; "") | sub(" $"; "") end;
			def bare: if . == null or . == "(Unused)" then null
				else sub(" \\(OBSOLETED\\)$"; "") | sub(" \\(TEMPORARY, [^)]*\\)$"; "") end;
			($ds[0].statuses | map({code, reason,
				l10n: (if $l == "en" then null
				       elif .unused then $ds[0].unused_label.translations[$l]
				       else .translations[$l].reason end),
				description: ((if $l == "en" then null else .translations[$l].description end)
					      // .description | norm)})) as $want
			| ($rec[0].records | map({code, reason: (.reason | bare), l10n: .localized_reason,
				description: (.description | norm)})) as $got
			| if $want == $got then "same"
			  else [$want, $got] | transpose | map(select(.[0] != .[1])) | .[0] | tostring end')
		case $xfail in
		yes)
			if [ "$verdict" = same ]; then
				fail "$locale/$style reads back now: take $locale off xfail_$style"
			else
				pass
				echo "XFAIL: $locale/$style read back differently: $verdict" | cut -c1-200
			fi ;;
		*) [ "$verdict" = same ] && pass || fail "$locale/$style read back differently: $verdict" ;;
		esac
	done
done
# set_msgstr FILE CONTEXT TEXT: the msgstr of CONTEXT in FILE becomes TEXT.
set_msgstr() {
	awk -v ctxt="msgctxt \"$2\"" -v text="$3" '
		$0 == ctxt { found = 1 }
		found && /^msgstr / { $0 = "msgstr \"" text "\""; found = 0 }
		{ print }' "$1" >"$1.new" && mv "$1.new" "$1"
}

# The page's own words (its title, the table's column labels) are the
# catalog's translations of the template's "page ..." messages.
mkdir "$tmp/po"
cp "$po/zh_CN.po" "$tmp/po/"
echo zh_CN >"$tmp/po/LINGUAS"
chmod -R u+w "$tmp/po"
set_msgstr "$tmp/po/zh_CN.po" "page title" "HTTP 状态码表"
set_msgstr "$tmp/po/zh_CN.po" "page column code" "代码"
set_msgstr "$tmp/po/zh_CN.po" "page column reason" "英文名称"
set_msgstr "$tmp/po/zh_CN.po" "page column localized name" "中文名称"
set_msgstr "$tmp/po/zh_CN.po" "page column description" "说明"
set_msgstr "$tmp/po/zh_CN.po" "status 200 reason" "OK"
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/po" --locale zh_CN --style table
expect_grep '^title: "HTTP 状态码表"$' "$tmp/out" "zh_CN page title"
expect_grep '^# HTTP 状态码表$' "$tmp/out" "zh_CN page heading"
expect_grep '^| 代码 | 英文名称 | 中文名称 | 说明 |$' "$tmp/out" "zh_CN table columns"
# The localized name stands in full-width brackets where it is CJK text,
# in ASCII ones where it is not (a kept "OK").
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/po" --locale zh_CN
expect_grep '^### 404 Not Found（没有找到）$' "$tmp/out" "zh_CN heading, CJK"
expect_grep '^### 200 OK (OK)$' "$tmp/out" "zh_CN heading, a name kept in English"
expect_grep '^### 306 (Unused)（未使用）$' "$tmp/out" "zh_CN heading, the unused label"

# A catalog without them (a new German one, with one reason translated)
# gives the English words; its Latin name stands in ASCII brackets.
"$STATUSGEN" po --data "$data" --po-dir "$tmp/po" --locale de -o "$tmp/po/de.po" 2>/dev/null
set_msgstr "$tmp/po/de.po" "status 404 reason" "Nicht gefunden"
set_msgstr "$tmp/po/de.po" "status 503 reason" "Dienst nicht verfügbar"
echo de >>"$tmp/po/LINGUAS"
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/po" --locale de
expect_grep '^title: "HTTP status codes"$' "$tmp/out" "de page title, untranslated"
expect_grep '^# HTTP status codes$' "$tmp/out" "de page heading, untranslated"
expect_grep '^### 404 Not Found (Nicht gefunden)$' "$tmp/out" "de heading"
expect_grep '^### 503 Service Unavailable (Dienst nicht verfügbar)$' "$tmp/out" "de heading, not ASCII"
grep -q '（' "$tmp/out" && fail "full-width brackets on the de page" || pass
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/po" --locale de --style table
expect_grep '^| Code | Reason | Localized name | Description |$' "$tmp/out" "de table columns, untranslated"

# A Traditional Chinese page never gets Simplified words: with no
# Traditional ones (a new zh_TW catalog beside the zh_CN one above), its
# headings and columns are English.
"$STATUSGEN" po --data "$data" --po-dir "$tmp/po" --locale zh_TW -o "$tmp/po/zh_TW.po" 2>/dev/null
echo zh_TW >>"$tmp/po/LINGUAS"
expect_status 0 "$STATUSGEN" markdown --data "$data" --po-dir "$tmp/po" --locale zh_TW --style table
expect_grep '^title: "HTTP status codes"$' "$tmp/out" "zh_TW page title"
expect_grep '^| Code | Reason | Localized name | Description |$' "$tmp/out" "zh_TW table columns"
grep -q '状态\|说明\|代码' "$tmp/out" && fail "Simplified words on the zh_TW page" || pass

# A newline or CR in a translated reason or class name stays inside its
# heading: read back, the English reason and the whole translation are
# there, the line ends as spaces.
mkdir -p "$tmp/hostile/sources/en" "$tmp/hostile/po"
cp "$data/sources/en/http-status.md" "$tmp/hostile/sources/en/"
echo zh_CN >"$tmp/hostile/po/LINGUAS"
cat >"$tmp/hostile/po/zh_CN.po" <<'EOF'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgctxt "class 4"
msgid "Client Error"
msgstr "客户端\r错误"

msgctxt "status 404 reason"
msgid "Not Found"
msgstr "没有\n找到\r\n见 http://example.com/ 或 webmaster@example.com"
EOF
expect_status 0 "$STATUSGEN" markdown --data "$tmp/hostile" --po-dir "$tmp/hostile/po" \
	--locale zh_CN -o "$tmp/hostile.md"
expect_status 0 "$STATUSGEN" extract --locale zh_CN "$tmp/hostile.md"
got=$(jq -c '.records[] | select(.code == 404) | [.reason, .localized_reason]' "$tmp/out")
want='["Not Found","没有 找到 见 http://example.com/ 或 webmaster@example.com"]'
[ "$got" = "$want" ] && pass || fail "hostile heading read back as $got, expected $want"
# The class heading stays one line too.  (The reader takes a section
# heading as a class name only when it names a class, and "客户端 错误"
# with a space in it does not, so the page text is checked here.)
grep -qx '## 客户端 错误' "$tmp/hostile.md" && pass ||
	fail "the class heading with a CR in its name is not one line '## 客户端 错误'"
# A language po/ has no catalog for (Finnish) has no page.
expect_status 1 "$STATUSGEN" markdown --data "$data" --po-dir "$po" --locale fi
expect_grep "^statusgen: error: no translations for locale 'fi'\$" "$tmp/err" "markdown --locale fi"
expect_status 2 "$STATUSGEN" markdown --data "$data" --locale en --style fancy
finish
