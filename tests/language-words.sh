#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/languages/LL.words, the words each language's pages use for status
# codes (format in data/languages/README.md): every file well-formed, and
# a checker that refuses a malformed one, shown on one bad file per fault.
#
#   tests/language-words.sh            the test (make check sets srcdir)
#   tests/language-words.sh FILE...    check only these files, against the
#                                      catalogs in $srcdir/po
#
# A file is well-formed when it is UTF-8 with LF line ends; every line
# that is not blank or a comment is "KEY: TEXT" with a known KEY and some
# TEXT; 'language:' is there once and names the file; each of class 1 to
# 5 has an entry; no text names two classes (in this file or in another
# one checked with it) nor two header roles; no entry is there twice;
# 'common' words are single words, 25 to 40 of them or none; and the
# class names and unused label of po/LL.po, when there is one, are among
# the file's entries.  Texts are compared as the readers compare them, as
# far as awk can: white space collapsed, ASCII case and a trailing colon
# ignored.
set -u
srcdir=${srcdir:-.}
LC_ALL=C
export LC_ALL

# check_words PODIR FILE...: the faults of FILEs on standard error,
# 'path:line: error: message'; status 1 if there is any.
check_words() {
	podir=$1
	shift
	bad=0
	for f in "$@"; do
		if ! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
			line=$(iconv -c -f UTF-8 -t UTF-8 "$f" 2>/dev/null |
				cmp "$f" - 2>/dev/null |
				sed -n 's/.*line \([0-9][0-9]*\).*/\1/p')
			echo "$f:${line:-1}: error: not valid UTF-8" >&2
			bad=1
		fi
	done
	awk -v podir="$podir" '
	function err(line, msg) {
		printf "%s:%d: error: %s\n", FILENAME, line, msg > "/dev/stderr"
		status = 1
	}
	function norm(s) {
		gsub(/[ \t]+/, " ", s)
		sub(/^ /, "", s)
		sub(/ $/, "", s)
		sub(/(:|\357\274\232)$/, "", s)
		sub(/ $/, "", s)
		return tolower(s)
	}
	function po_unquote(s) {
		sub(/^[ \t]*"/, "", s)
		sub(/"[ \t]*$/, "", s)
		gsub(/\\"/, "\"", s)
		return s
	}
	# The catalog po/LL.po: class names into po_class[N], the unused
	# label into po_unused, with their lines; fuzzy and empty entries
	# are not used, so they are not asked for.
	function po_flush() {
		if (ctx != "" && str != "" && !fuzzy) {
			if (ctx ~ /^class [1-5]$/) {
				po_class[substr(ctx, 7)] = str
				po_class_line[substr(ctx, 7)] = ctxline
			} else if (ctx == "unused label") {
				po_unused = str
				po_unused_line = ctxline
			}
		}
		ctx = ""; str = ""; fuzzy = 0; part = ""
	}
	function read_po(path,    l, n) {
		split("", po_class); split("", po_class_line)
		po_unused = ""; ctx = ""; str = ""; fuzzy = 0; part = ""; n = 0
		while ((getline l < path) > 0) {
			n++
			if (l ~ /^#,.*fuzzy/) {
				po_flush(); fuzzy = 1
			} else if (l ~ /^msgctxt /) {
				if (!fuzzy) po_flush()
				ctx = po_unquote(substr(l, 9)); ctxline = n; part = "ctx"
			} else if (l ~ /^msgid /) {
				part = "id"
			} else if (l ~ /^msgstr /) {
				str = po_unquote(substr(l, 8)); part = "str"
			} else if (l ~ /^[ \t]*"/) {
				if (part == "ctx") ctx = ctx po_unquote(l)
				else if (part == "str") str = str po_unquote(l)
			} else if (l ~ /^[ \t]*$/) {
				po_flush()
			}
		}
		po_flush()
		close(path)
		return n > 0
	}
	function end_err(msg) {
		printf "%s:%d: error: %s\n", file, lines, msg > "/dev/stderr"
		status = 1
	}
	function end_file(    n, popath, t) {
		if (file == "")
			return
		if (!seen_language)
			end_err("no '"'"'language: " lang "'"'"' line")
		for (n = 1; n <= 5; n++)
			if (!(n in has_class))
				end_err("no '"'"'class " n "'"'"' entry")
		if (ncommon != 0 && (ncommon < 25 || ncommon > 40))
			end_err(ncommon " '"'"'common'"'"' words; want 25 to 40, or none")
		popath = podir "/" lang ".po"
		if (podir == "" || !read_po(popath))
			return
		for (n = 1; n <= 5; n++)
			if ((n in po_class) && !((n SUBSEP norm(po_class[n])) in class_of_text))
				end_err("the catalog names class " n " '"'"'" po_class[n] "'"'"' (" popath ":" po_class_line[n] "), but no '"'"'class " n "'"'"' entry is that")
		if (po_unused != "" && !(norm(po_unused) in unused_text))
			end_err("the catalog labels an unused code '"'"'" po_unused "'"'"' (" popath ":" po_unused_line "), but no '"'"'unused'"'"' entry is that")
	}
	FNR == 1 {
		end_file()
		file = FILENAME
		lang = FILENAME
		sub(/.*\//, "", lang)
		if (lang !~ /\.words$/)
			err(0, "the name of a words file ends in '"'"'.words'"'"'")
		sub(/\.words$/, "", lang)
		seen_language = 0; ncommon = 0
		split("", has_class); split("", entry_line)
		split("", class_of_text)
		split("", unused_text)
	}
	{ lines = FNR }
	/\r/ {
		err(FNR, "a carriage return: lines end in LF alone")
		gsub(/\r/, "")
	}
	/^[ \t]*(#|$)/ { next }
	{
		colon = index($0, ":")
		key = colon ? substr($0, 1, colon - 1) : ""
		text = colon ? substr($0, colon + 1) : ""
		if (!colon || (text != "" && text !~ /^[ \t]/)) {
			err(FNR, "not '"'"'KEY: TEXT'"'"'")
			next
		}
		sub(/^[ \t]+/, "", text)
		sub(/[ \t]+$/, "", text)
		if (key !~ /^(language|class [1-5]|header(-word)? (code|reason|l10n|description|class)|unused|common)$/) {
			err(FNR, "unknown key '"'"'" key "'"'"'")
			next
		}
		if (text == "") {
			err(FNR, "'"'"'" key "'"'"' with no text")
			next
		}
		if (text ~ /[ \t]#/) {
			err(FNR, "'"'"'#'"'"' inside an entry: a comment takes a line of its own")
			next
		}
		t = norm(text)
		if ((key SUBSEP t) in entry_line) {
			err(FNR, "'"'"'" key ": " text "'"'"' again (line " entry_line[key, t] ")")
			next
		}
		entry_line[key, t] = FNR
		if (key == "language") {
			if (seen_language)
				err(FNR, "a second '"'"'language'"'"' line")
			else if (text != lang)
				err(FNR, "'"'"'language: " text "'"'"' in a file named for '"'"'" lang "'"'"'")
			seen_language = 1
		} else if (key ~ /^class /) {
			n = substr(key, 7)
			has_class[n] = 1
			class_of_text[n, t] = FNR
			if ((t in text_class) && text_class[t] != n)
				err(FNR, "'"'"'" text "'"'"' names class " n " here and class " text_class[t] " at " text_where[t])
			else if (!(t in text_class)) {
				text_class[t] = n
				text_where[t] = FILENAME ":" FNR
			}
		} else if (key ~ /^header /) {
			role = key
			sub(/^header(-word)? /, "", role)
			t = substr(key, 1, index(key, " ")) t
			if ((t in text_role) && text_role[t] != role)
				err(FNR, "header '"'"'" text "'"'"' is a " role " here and a " text_role[t] " at " role_where[t])
			else if (!(t in text_role)) {
				text_role[t] = role
				role_where[t] = FILENAME ":" FNR
			}
		} else if (key == "unused") {
			unused_text[t] = 1
		} else if (key == "common") {
			if (t ~ / /)
				err(FNR, "common word '"'"'" text "'"'"' is more than one word")
			else
				ncommon++
		}
	}
	END {
		end_file()
		exit status
	}' "$@" || bad=1
	return $bad
}

if [ $# -gt 0 ]; then
	check_words "$srcdir/po" "$@"
	exit
fi

failures=0
checks=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/statusgen-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}
pass() {
	checks=$((checks + 1))
}

# The shipped files: one for English and one for each catalog, all
# well-formed and in step with the catalogs.
dir="$srcdir/data/languages"
for l in en $(cd "$srcdir/po" && ls *.po | sed 's/\.po$//'); do
	if [ -f "$dir/$l.words" ]; then pass; else fail "no $dir/$l.words"; fi
done
if check_words "$srcdir/po" "$dir"/*.words 2>"$tmp/err"; then
	pass
else
	fail "the files in $dir are not well-formed:"
	sed 's/^/    /' "$tmp/err"
fi

# One fault a file.  A well-formed file first, then each bad file is it
# with one change, so that each refusal is for that change alone.
mkdir "$tmp/po" "$tmp/ok" "$tmp/bad"
good() {
	printf '# A made-up language.\nlanguage: %s\n' "$1"
	printf 'class 1: Ein\nclass 2: Zwo\nclass 3: Drei\nclass 4: Vier\nclass 5: Fuenf\n'
	printf 'header code: Kode\nheader-word description: beschr\nunused: frei\n'
}
cat >"$tmp/po/xx.po" <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "class 1"
msgid "Informational"
msgstr "Ein"

msgctxt "class 4"
msgid "Client Error"
msgstr ""
"Vi"
"er"

#, fuzzy
msgctxt "class 5"
msgid "Server Error"
msgstr "Fuzzy"

msgctxt "unused label"
msgid "Unused"
msgstr "frei"
EOF
good xx >"$tmp/ok/xx.words"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
	echo "common: w$i"
done >>"$tmp/ok/xx.words"
if check_words "$tmp/po" "$tmp/ok/xx.words" 2>"$tmp/err"; then
	pass
else
	fail "a well-formed file refused:"
	sed 's/^/    /' "$tmp/err"
fi

# NAME | how the good file of language xx is changed (a sed script, or
# '!' and a shell command on $f) | the error expected, exactly
cat >"$tmp/cases" <<'EOF'
language|s/^language: xx$/language: yy/|xx.words:2: error: 'language: yy' in a file named for 'xx'
no-language|/^language:/d|xx.words:9: error: no 'language: xx' line
two-languages|$a\
language: xx|xx.words:11: error: 'language: xx' again (line 2)
key|$a\
klass 1: Eins|xx.words:11: error: unknown key 'klass 1'
class-6|$a\
class 6: Sechs|xx.words:11: error: unknown key 'class 6'
role|s/^header code:/header name:/|xx.words:8: error: unknown key 'header name'
no-space|s/^header code: /header code:/|xx.words:8: error: not 'KEY: TEXT'
no-colon|$a\
unused frei|xx.words:11: error: not 'KEY: TEXT'
empty|$a\
unused:|xx.words:11: error: 'unused' with no text
no-class|/^class 5:/d|xx.words:9: error: no 'class 5' entry
two-classes|$a\
class 2: ein|xx.words:11: error: 'ein' names class 2 here and class 1 at xx.words:3
two-roles|$a\
header reason: KODE|xx.words:11: error: header 'KODE' is a reason here and a code at xx.words:8
duplicate|$a\
class 3:   drei|xx.words:11: error: 'class 3: drei' again (line 5)
comment|s/^header code: Kode$/header code: Kode   # the code/|xx.words:8: error: '#' inside an entry: a comment takes a line of its own
common|$a\
common: ab\
common: cd|xx.words:12: error: 2 'common' words; want 25 to 40, or none
common-words|$a\
common: a b|xx.words:11: error: common word 'a b' is more than one word
catalog-class|s/^class 4: Vier$/class 4: Fier/|xx.words:10: error: the catalog names class 4 'Vier' (PO:9), but no 'class 4' entry is that
catalog-unused|s/^unused: frei$/unused: belegt/|xx.words:10: error: the catalog labels an unused code 'frei' (PO:20), but no 'unused' entry is that
crlf|!printf 'class 1: Eins\r\n' >>"$f"|xx.words:11: error: a carriage return: lines end in LF alone
utf-8|!printf 'unused: \377frei\n' >>"$f"|xx.words:11: error: not valid UTF-8
EOF
while IFS='|' read -r name change want; do
	# A sed script of two lines ('$a\' and the text) continues on the next.
	while case $change in *\\) true ;; *) false ;; esac; do
		IFS='|' read -r more want
		change="$change
$more"
	done
	mkdir "$tmp/bad/$name"
	f="$tmp/bad/$name/xx.words"
	good xx >"$f"
	case $change in
	!*) eval "${change#!}" ;;
	*) good xx | sed "$change" >"$f" ;;
	esac
	want=$(echo "$want" | sed "s|PO|$tmp/po/xx.po|")
	if check_words "$tmp/po" "$f" 2>"$tmp/err"; then
		fail "$name: a bad file passed"
		continue
	fi
	sed "s|$tmp/bad/$name/||g" "$tmp/err" >"$tmp/got"
	if [ "$(cat "$tmp/got")" = "$want" ]; then
		pass
	else
		fail "$name: expected '$want', got:"
		sed 's/^/    /' "$tmp/got"
	fi
done <"$tmp/cases"

# A text that names one class in one file and another in a second file,
# each file well-formed alone.
good xx >"$tmp/bad/xx.words"
good zz | sed 's/^class 2: Zwo$/class 2: Drei/; s/^class 3: Drei$/class 3: Dri/' >"$tmp/bad/zz.words"
if check_words "" "$tmp/bad/zz.words" 2>/dev/null &&
	! check_words "" "$tmp/bad/xx.words" "$tmp/bad/zz.words" 2>"$tmp/err" &&
	grep -q "zz.words:4: error: 'Drei' names class 2 here and class 3 at .*xx.words:5" "$tmp/err"; then
	pass
else
	fail "a text naming two classes in two files passed, or failed otherwise:"
	sed 's/^/    /' "$tmp/err"
fi

echo "$checks passed, $failures failed"
[ "$failures" -eq 0 ]
