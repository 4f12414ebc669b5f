#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A language added to po/LINGUAS with its catalog teaches the readers with
# no change to the program: a made-up language, Quuxish ('qx'), whose
# catalog alone names its classes, its codes and its unused label.  With
# the catalog, extract finds the class of the codes under a Quuxish class
# heading, the page's language from its front matter, the Quuxish names;
# lint warns of a name the catalog gives another code (and not of one a
# fuzzy message gives).  Without it, the
# same heading names no class and the warning is gone.
. "$srcdir/tests/lib.sh"

mkdir "$tmp/po"
echo 'qx' >"$tmp/po/LINGUAS"
cat >"$tmp/po/qx.po" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language-Team: Quuxish <qx@example.org>\n"
"Language: qx\n"

msgctxt "class 2"
msgid "Success"
msgstr "Glorbu"

msgctxt "class 4"
msgid "Client Error"
msgstr "Zibbit vorp"

msgctxt "unused label"
msgid "Unused"
msgstr "Nek yurb"

msgctxt "status 200 reason"
msgid "OK"
msgstr "Plonk"

msgctxt "status 403 reason"
msgid "Forbidden"
msgstr "Zib vorta"

#, fuzzy
msgctxt "status 401 reason"
msgid "Unauthorized"
msgstr "Zib fuzzla"

msgctxt "status 404 reason"
msgid "Not Found"
msgstr ""
"Zib "
"nafta"
PO
cat >"$tmp/page.md" <<'MD'
---
lang: qx
---

## Glorbu

| Code | Name |
|------|------|
| 200 | Plonk |

## Zibbit vorp

| Code | Name |
|------|------|
| 403 | Zib nafta |
| 404 | Zib nafta |
| 405 | Zib fuzzla |
| 418 | Nek yurb |
MD

records() {
	sed -e 's/^{"file": "[^"]*", "line": [0-9]*, //' -e 's/, "[a-z_]*line": [0-9]*//g' "$tmp/out"
}

cat >"$tmp/want" <<'OUT'
{"records": [
"code": 200, "kind": "table-row", "locale": "qx", "class_name": "Glorbu", "localized_reason": "Plonk"},
"code": 403, "kind": "table-row", "locale": "qx", "class_name": "Zibbit vorp", "localized_reason": "Zib nafta"},
"code": 404, "kind": "table-row", "locale": "qx", "class_name": "Zibbit vorp", "localized_reason": "Zib nafta"},
"code": 405, "kind": "table-row", "locale": "qx", "class_name": "Zibbit vorp", "localized_reason": "Zib fuzzla"},
"code": 418, "kind": "table-row", "locale": "qx", "class_name": "Zibbit vorp", "localized_reason": "Nek yurb"}
]}
OUT
expect_status 0 "$STATUSGEN" extract --po-dir "$tmp/po" "$tmp/page.md"
records >"$tmp/got"
expect_same "$tmp/want" "$tmp/got" "extract with the Quuxish catalog"

cat >"$tmp/want" <<OUT
$tmp/page.md:15: warning: 403 is called 'Zib nafta' here, the Quuxish name of 404 [localized-name-of-other-code]
OUT
expect_status 0 "$STATUSGEN" lint --po-dir "$tmp/po" "$tmp/page.md"
expect_same "$tmp/want" "$tmp/err" "lint with the Quuxish catalog"

# Without the catalog, Quuxish is a language the program does not know:
# the page says it is Quuxish, but no heading names a class.
mkdir "$tmp/none"
expect_status 0 "$STATUSGEN" extract --po-dir "$tmp/none" "$tmp/page.md"
if grep -q class_name "$tmp/out"; then
	fail "without its catalog, a Quuxish heading named a class"
else
	pass
fi
expect_grep '"locale": "qx"' "$tmp/out" "extract without the catalog"

finish
