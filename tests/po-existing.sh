#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A catalog a translator has worked on (tests/po-existing/zh_CN.po:
# translator comments, a fuzzy draft with its previous msgid, an obsolete
# entry, Last-Translator and Language-Team) is never replaced by 'po',
# which says to use 'make update-po'; po/update-po keeps every piece of
# that work, and the catalog's mode (and owner, as root).
. "$srcdir/tests/lib.sh"
if ! command -v msgmerge >/dev/null 2>&1; then
	echo "SKIP: needs gettext's msgmerge"
	exit 77
fi
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH

mkdir "$tmp/P"
cp "$srcdir/po/http-status.pot" "$srcdir/tests/po-existing/zh_CN.po" "$tmp/P/"
echo zh_CN >"$tmp/P/LINGUAS"
chmod u+w "$tmp/P"/*
chmod 600 "$tmp/P/zh_CN.po"
root=false
if [ "$(id -u)" = 0 ]; then
	root=true
	chown 4321:4322 "$tmp/P/zh_CN.po"
fi
cp -p "$tmp/P/zh_CN.po" "$tmp/before.po"

# expect_kept FILE WHAT: FILE keeps the translator's work.
expect_kept() {
	expect_grep '^# Translator: 找不到 reads better' "$1" "$2: translator comment"
	expect_grep '^"Last-Translator: Li Lei <lilei@example.org>\\n"$' "$1" "$2: Last-Translator"
	expect_grep '^"Language-Team: Chinese (simplified) <i18n-zh@example.org>\\n"$' "$1" \
		"$2: Language-Team"
	awk '/^msgctxt "status 409 reason"/ { exit } /^$/ { e = ""; next } { e = e $0 "\n" }
	     END { printf "%s", e }' "$1" >"$tmp/entry"
	expect_grep '^#, fuzzy' "$tmp/entry" "$2: fuzzy flag"
	expect_grep '^#| msgid "Conflicting"$' "$tmp/entry" "$2: previous msgid"
	expect_grep '^msgstr "冲突（草稿）"$' "$1" "$2: fuzzy draft"
	expect_grep '^#~ msgid "I'"'"'m a teapot"$' "$1" "$2: obsolete entry"
	expect_grep '^#~ msgstr "我是茶壶"$' "$1" "$2: obsolete translation"
}

# expect_mode FILE WHAT: FILE kept the mode (and owner) it had.
expect_mode() {
	got=$(ls -ln "$1" | awk '{ print $1, $3, $4 }')
	want=$(ls -ln "$tmp/before.po" | awk '{ print $1, $3, $4 }')
	[ "$got" = "$want" ] && pass || fail "$2: mode and owner '$got', expected '$want'"
}
expect_kept "$tmp/P/zh_CN.po" "the fixture"

# 'po' refuses the existing catalog and leaves it byte for byte.
expect_status 1 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale zh_CN -o "$tmp/P/zh_CN.po"
expect_grep "^statusgen: error: '$tmp/P/zh_CN.po' exists and po only starts new catalogs; to merge new English into it, keeping the translators' work, run 'make update-po' (msgmerge --previous)\$" \
	"$tmp/err" "po over a catalog"
expect_same "$tmp/before.po" "$tmp/P/zh_CN.po" "catalog after po"
expect_mode "$tmp/P/zh_CN.po" "catalog after po"
[ "$(ls -A "$tmp/P" | tr '\n' ' ')" = "LINGUAS http-status.pot zh_CN.po " ] && pass ||
	fail "po left files: $(ls -A "$tmp/P" | tr '\n' ' ')"

# The same through a symbolic link to the catalog.
ln -s P/zh_CN.po "$tmp/link.po"
expect_status 1 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale zh_CN -o "$tmp/link.po"
expect_grep "^statusgen: error: '$tmp/link.po' exists and po only starts new catalogs" \
	"$tmp/err" "po over a link to a catalog"
expect_same "$tmp/before.po" "$tmp/P/zh_CN.po" "catalog after po through a link"

# A new catalog is still one command, from the translations found.
expect_status 0 "$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale zh_CN -o "$tmp/new.po"
expect_grep '^msgstr "找不到"$' "$tmp/new.po" "new catalog takes the catalog's translation"

# update-po merges new English in and keeps all of the translator's work.
expect_status 0 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/P"
expect_kept "$tmp/P/zh_CN.po" "after update-po"
expect_mode "$tmp/P/zh_CN.po" "after update-po"
msgfmt --check -o /dev/null "$tmp/P/zh_CN.po" && pass || fail "merged catalog fails msgfmt --check"
[ "$(ls -A "$tmp/P" | tr '\n' ' ')" = "LINGUAS http-status.pot zh_CN.po " ] && pass ||
	fail "update-po left files: $(ls -A "$tmp/P" | tr '\n' ' ')"
# A catalog that is a symbolic link (to a translator's own checkout, say)
# stays one: the file it points to gets the merge.
mkdir "$tmp/L" "$tmp/work"
cp "$srcdir/po/http-status.pot" "$tmp/L/"
echo zh_CN >"$tmp/L/LINGUAS"
cp "$srcdir/tests/po-existing/zh_CN.po" "$tmp/work/zh_CN.po"
chmod u+w "$tmp/L"/* "$tmp/work/zh_CN.po"
ln -s ../work/zh_CN.po "$tmp/L/zh_CN.po"
expect_status 0 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/L"
[ -L "$tmp/L/zh_CN.po" ] && pass || fail "update-po replaced the link po/zh_CN.po with a file"
expect_same "$tmp/P/zh_CN.po" "$tmp/work/zh_CN.po" "the file a linked catalog points to, after update-po"
[ "$(ls -A "$tmp/work" | tr '\n' ' ')" = "zh_CN.po " ] && pass ||
	fail "update-po left files beside the linked catalog: $(ls -A "$tmp/work" | tr '\n' ' ')"
# A catalog its owner keeps read-only (0444, as some version control
# systems leave files) is merged all the same, as msgmerge into a new
# file and mv would, and stays 0444.  As root, the run is a plain user's.
mkdir "$tmp/R"
cp "$srcdir/po/http-status.pot" "$srcdir/tests/po-existing/zh_CN.po" "$tmp/R/"
echo zh_CN >"$tmp/R/LINGUAS"
chmod u+w "$tmp/R"/*
chmod 444 "$tmp/R/zh_CN.po"
as_user=
if $root && command -v setpriv >/dev/null 2>&1; then
	chmod 755 "$tmp"
	chown -R 65534:65534 "$tmp/R"
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	# A tree under a private directory (mktemp -d makes them 0700) is
	# out of that user's reach: the case cannot be run as it.
	if ! $as_user test -r "$srcdir/po/update-po" || ! $as_user test -x "$STATUSGEN"; then
		echo "SKIP: the source or build tree is not readable by user 65534"
		as_user=skip
	fi
fi
if [ "$as_user" = skip ]; then
	:
elif ! $root || [ -n "$as_user" ]; then
	expect_status 0 $as_user sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/R"
	expect_same "$tmp/P/zh_CN.po" "$tmp/R/zh_CN.po" "a read-only catalog after update-po"
	[ "$(ls -l "$tmp/R/zh_CN.po" | cut -c1-10)" = "-r--r--r--" ] && pass ||
		fail "the read-only catalog is now $(ls -l "$tmp/R/zh_CN.po" | cut -c1-10)"
fi
$root || echo "note: not root, so the owner was not changed to test that it is kept"
finish
