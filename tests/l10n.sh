#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every catalog of po/LINGUAS is complete and its header right:
# - msgfmt -c --statistics: every message of the template translated,
#   none fuzzy, none untranslated;
# - Language is its name, Plural-Forms the line of data/plural-forms for
#   it, Content-Type text/plain; charset=UTF-8, and Last-Translator and
#   Language-Team name the address of the template's
#   Report-Msgid-Bugs-To;
# - 'statusgen po --locale LL' starts a catalog with that same
#   Plural-Forms;
# - where the English closes its brackets, the translation's ASCII and
#   full-width ones each close, here and in po/statusgen/LL.po;
# - doc/translators.md's coverage table is what po/coverage prints, and
#   README.md holds none (the table is in one place only).
# (pofilter's findings: tests/pofilter.sh.)
. "$srcdir/tests/lib.sh"
for tool in msgfmt msgcat; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: needs gettext's $tool"
		exit 77
	fi
done
po="$srcdir/po"
lls=$(sh "$po/linguas" "$po/LINGUAS") || { fail "po/linguas failed"; finish; exit; }

# header FILE FIELD: the value of FIELD in the header of FILE.
header() {
	msgcat --no-wrap "$1" 2>/dev/null | header_of "$2"
}
# header_of FIELD: the same, from a catalog written by msgcat --no-wrap
# on the standard input.
header_of() {
	awk -v field="\"$1: " '
		/^$/ { exit }
		index($0, field) == 1 { v = substr($0, length(field) + 1); sub(/\\n"$/, "", v); print v; exit }'
}
# field FIELD: its value in the header of the catalog being checked.
field() {
	header_of "$1" <"$tmp/unwrapped.po"
}
# plural_forms LL: the line of data/plural-forms for LL.
plural_forms() {
	awk -F '\t' -v ll="$1" '$1 == ll && !/^#/ { print $2; exit }' "$srcdir/data/plural-forms"
}

total=$(LC_ALL=C msgfmt --statistics -o /dev/null "$po/http-status.pot" 2>&1 |
	sed -n 's/.* \([0-9][0-9]*\) untranslated message.*/\1/p')
[ -n "$total" ] && pass || fail "cannot count the messages of po/http-status.pot"
address=$(header "$po/http-status.pot" Report-Msgid-Bugs-To)
case $address in
*@*) pass ;;
*) fail "po/http-status.pot: Report-Msgid-Bugs-To is '$address', not an address" ;;
esac

mkdir "$tmp/none"
: >"$tmp/none/LINGUAS"
for ll in $lls; do
	f="$po/$ll.po"
	# Complete and clean.
	if LC_ALL=C msgfmt -c --statistics -o /dev/null "$f" 2>"$tmp/stats"; then
		[ "$(cat "$tmp/stats")" = "$total translated messages." ] && pass ||
			fail "po/$ll.po: msgfmt -c --statistics says '$(tr '\n' ' ' <"$tmp/stats")', not '$total translated messages.'"
	else
		fail "po/$ll.po: msgfmt -c fails: $(cat "$tmp/stats")"
	fi
	# The header.
	msgcat --no-wrap "$f" >"$tmp/unwrapped.po" 2>"$tmp/err" || fail "msgcat on po/$ll.po: $(cat "$tmp/err")"
	got=$(field Language)
	[ "$got" = "$ll" ] && pass || fail "po/$ll.po: Language is '$got', not '$ll'"
	want=$(plural_forms "$ll")
	[ -n "$want" ] && pass || fail "data/plural-forms has no line for $ll"
	got=$(field Plural-Forms)
	[ "$got" = "$want" ] && pass || fail "po/$ll.po: Plural-Forms is '$got', not data/plural-forms' '$want'"
	got=$(field Content-Type)
	[ "$got" = "text/plain; charset=UTF-8" ] && pass ||
		fail "po/$ll.po: Content-Type is '$got', not 'text/plain; charset=UTF-8'"
	for name in Last-Translator Language-Team; do
		got=$(field $name)
		case $got in
		?*" <$address>") pass ;;
		*) fail "po/$ll.po: $name is '$got', not a name and <$address>" ;;
		esac
	done
	# A catalog statusgen starts for the language has the same Plural-Forms.
	if "$STATUSGEN" po --data "$srcdir/data" --po-dir "$tmp/none" --locale "$ll" \
		-o "$tmp/new.$ll.po" 2>"$tmp/err"; then
		got=$(header "$tmp/new.$ll.po" Plural-Forms)
		[ "$got" = "$(field Plural-Forms)" ] && pass ||
			fail "statusgen po --locale $ll writes Plural-Forms '$got', po/$ll.po has '$(field Plural-Forms)'"
	else
		fail "statusgen po --locale $ll failed: $(cat "$tmp/err")"
	fi
done

# Brackets close in every translation whose English closes its own, ASCII
# and full-width each (pofilter's 'brackets' counts only ASCII ones, and
# a catalog may write every bracket full-width): in the data's catalogs
# and the program's.
for f in "$po"/*.po "$po"/statusgen/*.po; do
	name=${f#"$srcdir/"}
	msgcat --no-wrap "$f" 2>"$tmp/err" | awk -v name="$name" '
		function n(s, c,   t) { t = s; return gsub(c, "", t) }
		function unquote(s) { sub(/^[^"]*"/, "", s); sub(/"$/, "", s); return s }
		function check() {
			if (id != "" && n(id, "[(]") == n(id, "[)]"))
				for (i = 0; i < nstr; i++)
					if (n(str[i], "[(]") != n(str[i], "[)]") || n(str[i], "（") != n(str[i], "）"))
						printf "%s: the brackets of the translation of \"%s\" do not close: \"%s\"\n", name, id, str[i]
			id = ""; nstr = 0; field = ""
		}
		/^#~/ { next }
		/^msgid / { check(); id = unquote($0); field = "id"; next }
		/^msgid_plural / { field = "plural"; next }
		/^msgstr/ { str[nstr++] = unquote($0); field = "str"; next }
		/^"/ { if (field == "id") id = id unquote($0); else if (field == "str") str[nstr - 1] = str[nstr - 1] unquote($0); next }
		END { check() }' >"$tmp/brackets"
	if [ -s "$tmp/err" ]; then
		fail "msgcat on $name: $(cat "$tmp/err")"
	elif [ -s "$tmp/brackets" ]; then
		fail "$(cat "$tmp/brackets")"
	else
		pass
	fi
done

# The coverage table in doc/translators.md is po/coverage's, never typed,
# and the only one: README.md links to it.
if sh "$po/coverage" >"$tmp/coverage" 2>"$tmp/err"; then
	pass
	awk '/^<!-- coverage: end -->$/ { exit } found { print } /^<!-- coverage: begin/ { found = 1 }' \
		"$srcdir/doc/translators.md" >"$tmp/doc-table"
	if cmp -s "$tmp/coverage" "$tmp/doc-table"; then pass; else
		fail "doc/translators.md's coverage table is not po/coverage's (run 'make update-coverage'):"
		diff -u "$tmp/doc-table" "$tmp/coverage" | head -20
	fi
else
	fail "po/coverage failed: $(cat "$tmp/err")"
fi
if grep -q '^<!-- coverage: begin' "$srcdir/README.md"; then
	fail "README.md holds a coverage table; it belongs in doc/translators.md only"
else
	pass
fi
finish
