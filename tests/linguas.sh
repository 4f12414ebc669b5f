#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A language added to po/LINGUAS in a built tree, as doc/translators.md tells a
# translator to add one, reaches every artifact, its compiled catalog and
# the install at the next 'make', and so does a later edit of its catalog;
# nothing is configured again.  Runs on a copy of the distribution's files
# (make distdir), built in a build directory of its own.
. "$srcdir/tests/lib.sh"
unset MAKEFLAGS MFLAGS MAKELEVEL
make=${MAKE:-make}
src="$tmp/src"
build="$tmp/build"
inst="$tmp/inst"

# A directory of the tarball named like a test script is never "remade"
# from the script by make's built-in '.sh:' rule, however new the script
# is (-W: as if it had just been edited); if it were, make dist failed.
for dir in tests/corpus tests/po-existing; do
	(cd "$builddir" && $make -n -W "$dir.sh" "$dir") >"$tmp/log" 2>&1
	if grep -q "$dir.sh" "$tmp/log"; then
		fail "make would remake the directory $dir from $dir.sh:"
		cat "$tmp/log"
	else
		pass
	fi
done

if ! (cd "$builddir" && $make distdir distdir="$src") >"$tmp/log" 2>&1; then
	fail "make distdir failed:"
	tail -20 "$tmp/log"
	finish
	exit
fi
mkdir "$build"
# Unoptimised: the copy is built only to run a few commands.
if ! (cd "$build" && "$src/configure" --quiet --prefix="$inst" CFLAGS=-O0 &&
	$make -j2) >"$tmp/log" 2>&1; then
	fail "the copy does not build:"
	tail -20 "$tmp/log"
	finish
	exit
fi

# build_ok WHAT: make in the copy's build directory must succeed.
build_ok() {
	if (cd "$build" && $make) >"$tmp/log" 2>&1; then pass; else
		fail "$1: make failed:"
		tail -20 "$tmp/log"
	fi
}

# A new language (Esperanto, which po/LINGUAS does not list), as the
# doc/translators.md says, with two messages translated.
grep -qx eo "$src/po/LINGUAS" && fail "po/LINGUAS lists eo already: take another language here"
"$build/statusgen" po --data "$src/data" --po-dir "$src/po" --locale eo \
	-o "$src/po/eo.po" 2>"$tmp/err" || { fail "statusgen po --locale eo failed"; cat "$tmp/err"; }
translate() {
	awk -v ctxt="msgctxt \"$1\"" -v text="$2" '
		$0 == ctxt { found = 1 }
		found && /^msgstr / { $0 = "msgstr \"" text "\""; found = 0 }
		{ print }' "$src/po/eo.po" >"$src/po/eo.po.new" && mv "$src/po/eo.po.new" "$src/po/eo.po"
}
translate "status 404 reason" "Ne trovita"
translate "class 4" "Klienta eraro"
echo eo >>"$src/po/LINGUAS"
build_ok "after adding eo"

out="$build/out"
jq -e '.locales | index("eo")' "$out/http-status.json" >/dev/null && pass ||
	fail "eo is not among the locales of out/http-status.json"
[ "$(jq -r '.statuses[] | select(.code == 404) | .translations.eo.reason' "$out/http-status.json")" = "Ne trovita" ] &&
	pass || fail "out/http-status.json has no eo reason for 404"
expect_grep '"eo"' "$out/http_status.c" "out/http_status.c names eo"
expect_grep '"Ne trovita"' "$out/http_status.c" "out/http_status.c has the eo reason"
expect_grep 'Ne trovita' "$out/http-status.eo.md" "out/http-status.eo.md"
mo="$build/locale/eo/LC_MESSAGES/http-status.mo"
if [ -f "$mo" ] && [ "$(TEXTDOMAINDIR="$build/locale" LC_ALL=C.UTF-8 LANGUAGE=eo \
	gettext -d http-status --context="status 404 reason" "Not Found")" = "Ne trovita" ]; then
	pass
else
	fail "no eo translation of 404 in $mo"
fi

# The translator edits the catalog: the next make takes the new text.
translate "status 404 reason" "Paĝo ne trovita"
build_ok "after editing eo.po"
[ "$(jq -r '.statuses[] | select(.code == 404) | .translations.eo.reason' "$out/http-status.json")" = "Paĝo ne trovita" ] &&
	pass || fail "the edit of eo.po did not reach out/http-status.json"
expect_grep 'Paĝo ne trovita' "$out/http-status.eo.md" "the edit in out/http-status.eo.md"
expect_grep 'Pa\\304\\235o ne trovita' "$out/http_status.c" "the edit in out/http_status.c"
[ "$(TEXTDOMAINDIR="$build/locale" LC_ALL=C.UTF-8 LANGUAGE=eo \
	gettext -d http-status --context="status 404 reason" "Not Found")" = "Paĝo ne trovita" ] &&
	pass || fail "the edit of eo.po did not reach $mo"

# Installed: the catalog, its .mo and its page, beside the LINGUAS that
# names it; the installed program then works with its defaults.
if (cd "$build" && $make install DESTDIR="$tmp/stage") >"$tmp/log" 2>&1; then pass; else
	fail "make install DESTDIR=... failed:"; tail -20 "$tmp/log"; fi
stage="$tmp/stage$inst"
for f in share/statusgen/po/eo.po share/statusgen/po/zh_CN.po share/statusgen/po/LINGUAS \
	share/statusgen/http-status.eo.md share/statusgen/http-status.zh_CN.md \
	share/locale/eo/LC_MESSAGES/http-status.mo share/locale/zh_CN/LC_MESSAGES/http-status.mo; do
	[ -f "$stage/$f" ] && pass || fail "make install DESTDIR=... installed no $f"
done
cmp -s "$src/po/eo.po" "$stage/share/statusgen/po/eo.po" && pass ||
	fail "the installed eo.po is not the edited one"
if (cd "$build" && $make install) >"$tmp/log" 2>&1; then pass; else
	fail "make install failed:"; tail -20 "$tmp/log"; fi
expect_status 0 "$inst/bin/statusgen" check
expect_grep '/po/eo\.po: note: 2 translated' "$tmp/err" "installed 'statusgen check' reads the eo catalog"
if (cd "$build" && $make uninstall) >"$tmp/log" 2>&1; then pass; else
	fail "make uninstall failed:"; tail -20 "$tmp/log"; fi
left=$(find "$inst" -type f | sed "s|^$inst/||")
[ -z "$left" ] && pass || fail "make uninstall left $left"

# The tarball carries every listed catalog.
if (cd "$build" && $make distdir distdir="$tmp/dist") >"$tmp/log" 2>&1 &&
	[ -f "$tmp/dist/po/eo.po" ]; then pass; else fail "make distdir did not copy po/eo.po"; fi

# A language listed without its catalog is an error that names the file.
echo xx >>"$src/po/LINGUAS"
if (cd "$build" && $make) >"$tmp/log" 2>&1; then
	fail "make succeeded with po/xx.po missing"
else
	expect_grep "po/LINGUAS:[0-9]*: error: .xx. is listed, but its catalog .*/po/xx\.po. does not exist" "$tmp/log" "make names the missing po/xx.po"
fi

# So are a catalog for the source language, a name that is a path and a
# line with a NUL byte, each at its line, as statusgen says it.
sed -i '$d' "$src/po/LINGUAS"
cp "$src/po/eo.po" "$src/po/en.po"
for case in "en|'en' is the source language" "./../eo|'./../eo' is not a locale name" \
	"eo\\0x|a NUL byte in the line"; do
	line=${case%%|*}
	printf "$line\\n" >>"$src/po/LINGUAS"
	n=$(($(wc -l <"$src/po/LINGUAS")))
	if (cd "$build" && $make) >"$tmp/log" 2>&1; then
		fail "make succeeded with '$line' in po/LINGUAS"
	else
		expect_grep "po/LINGUAS:$n: error: ${case#*|}" "$tmp/log" "make with '$line' in po/LINGUAS"
	fi
	sed -i '$d' "$src/po/LINGUAS"
done

finish
