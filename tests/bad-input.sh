#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bad input, table-driven: every tests/bad/NAME has NAME.expect with
#   exit N              the exit status
#   first LINE          the first diagnostic line (@FILE@ stands for the
#                       path); no such line: nothing may be printed
#   args ARGS...        optional: more options (--lossy, --max-input-size=N)
#   mode check          optional, for a document: read it as
#                       data/sources/zh_CN/NAME (with the project's
#                       registry) with 'check' instead of 'extract NAME'
# How NAME is read depends on its extension: a document (.html, .md)
# with 'extract'; a registry (.xml) as DATA/registry/http-status-codes.xml
# with 'check'; a catalog (.po) as PO/zh_CN.po with 'json --po-dir PO'.
# Each run must finish, in time, without a crash.
. "$srcdir/tests/lib.sh"

# A date before the registry's one temporary registration expires, so
# that no expiry warning comes first.
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH

# A hang is a failure, not a stalled test suite.
limit=
limit=$(time_limit 60)

# A data directory with the English document alone.
make_data() {
	rm -rf "$tmp/data" "$tmp/po"
	mkdir -p "$tmp/data/sources/en" "$tmp/data/registry"
	cp "$srcdir/data/sources/en/http-status.md" "$tmp/data/sources/en/"
}

run_case() { # INPUT EXPECT-FILE
	input=$1
	expect=$2
	want_exit=$(sed -n 's/^exit //p' "$expect")
	want_first=$(sed -n 's/^first //p' "$expect")
	mode=$(sed -n 's/^mode //p' "$expect")
	# Words, split where they are used.
	args=$(sed -n 's/^args //p' "$expect")
	case $input in
	*.po)
		make_data
		cp "$srcdir/data/registry/http-status-codes.xml" "$tmp/data/registry/"
		mkdir "$tmp/po"
		echo zh_CN >"$tmp/po/LINGUAS"
		cp "$input" "$tmp/po/zh_CN.po"
		shown="$tmp/po/zh_CN.po"
		set -- json $args --data "$tmp/data" --po-dir "$tmp/po"
		;;
	*.xml)
		make_data
		cp "$input" "$tmp/data/registry/http-status-codes.xml"
		shown="$tmp/data/registry/http-status-codes.xml"
		set -- check $args --data "$tmp/data"
		;;
	*)
		if [ "$mode" = check ]; then
			rm -rf "$tmp/data"
			mkdir -p "$tmp/data/sources/zh_CN"
			cp -R "$srcdir/data/registry" "$tmp/data/"
			cp "$input" "$tmp/data/sources/zh_CN/"
			shown="$tmp/data/sources/zh_CN/$(basename "$input")"
			set -- check $args --data "$tmp/data"
		else
			shown=$input
			set -- extract $args "$input"
		fi
		;;
	esac
	$limit "$STATUSGEN" "$@" >"$tmp/out" 2>"$tmp/err"
	got_exit=$?
	# Nothing from outside (an external entity) reaches any output.
	if grep -q 'root:.*:0:0:' "$tmp/out" "$tmp/err"; then
		fail "$(basename "$input"): /etc/passwd in the output"
		return
	fi
	got_first=$(head -n 1 "$tmp/err")
	want_first=$(printf '%s\n' "$want_first" | sed "s|@FILE@|$shown|")
	if [ "$got_exit" != "$want_exit" ]; then
		fail "$(basename "$input"): exit $got_exit, expected $want_exit"
		sed 's/^/    /' "$tmp/err" | head -5
	elif [ "$got_first" != "$want_first" ]; then
		fail "$(basename "$input"): first diagnostic
    got:      $got_first
    expected: $want_first"
	else
		pass
	fi
}

for expect in "$srcdir"/tests/bad/*.expect; do
	run_case "${expect%.expect}" "$expect"
done

# Inputs too large or too odd to keep in the tree are made here.
awk 'BEGIN { printf "<table>\n<tr><td>404</td><td>"; s = "0123456789abcdef";
	for (i = 0; i < 16; i++) s = s s; for (i = 0; i < 10; i++) printf "%s", s;
	printf "</td></tr>\n</table>\n" }' >"$tmp/huge-cell.html"
printf 'exit 1\nfirst @FILE@:2: error: table cell is longer than 65536 bytes\n' >"$tmp/huge-cell.expect"
run_case "$tmp/huge-cell.html" "$tmp/huge-cell.expect"

# A paragraph of 1,500 lines, 400 codes and then notes: past 1,024 line
# breaks the rest is one line, said at the line of the break past them.
awk 'BEGIN { printf "<p>"; for (i = 0; i < 1500; i++)
		if (i < 400) printf "%d Name %d - text<br>\n", 100 + i, i; else printf "note %d<br>\n", i;
	printf "</p>\n" }' >"$tmp/many-breaks.html"
printf 'exit 1\nfirst @FILE@:1025: error: paragraph has more than 1024 line breaks; the rest of it is read as one line\n' \
	>"$tmp/many-breaks.expect"
run_case "$tmp/many-breaks.html" "$tmp/many-breaks.expect"

# A hostile page: 64 cells of 60,000 bytes spanning every row below them,
# and 2,000 empty rows that each repeat them.  Each bad row is one error,
# its cell quoted in 80 bytes, and past 20 of them a count; the whole of
# stderr stays small.
awk 'BEGIN { x = "x"; while (length(x) < 60000) x = x x; x = substr(x, 1, 60000);
	printf "<table>\n<tr><th>Code</th>"; for (i = 1; i < 64; i++) printf "<th>h%d</th>", i;
	printf "</tr>\n<tr>"; for (i = 0; i < 64; i++) printf "<td rowspan=\"0\">%s</td>", x;
	printf "</tr>\n"; for (i = 0; i < 2000; i++) printf "<tr></tr>\n"; printf "</table>\n" }' \
	>"$tmp/spans-everywhere.html"
x80=$(awk 'BEGIN { for (i = 0; i < 80; i++) printf "x" }')
# The columns that hold nothing known are named once, in one note.
printf "exit 1\nfirst @FILE@:2: note: ignoring columns 3 ('h2'), 4 ('h3'), 5 ('h4') and 59 more of this table: not a code, reason, name, description or class\n" \
	>"$tmp/spans-everywhere.expect"
run_case "$tmp/spans-everywhere.html" "$tmp/spans-everywhere.expect"
expect_grep "^$tmp/spans-everywhere.html:3: error: '$x80...' is not a status code\$" \
	"$tmp/err" "spans-everywhere"
size=$(wc -c <"$tmp/err")
if [ "$size" -lt 65536 ]; then pass; else fail "spans-everywhere: $size bytes of diagnostics"; fi
expect_grep "^$tmp/spans-everywhere.html:3: error: 1981 more errors in this table not shown\$" \
	"$tmp/err" "spans-everywhere"

# An attribute of 300 KB (a data: URI) spans several read chunks.
awk 'BEGIN { printf "<p><img src=\"data:"; s = "0123456789abcdef";
	for (i = 0; i < 14; i++) s = s s; for (i = 0; i < 2; i++) printf "%s", s;
	printf "\"></p>\n<table>\n<tr><td>404</td><td>Not Found</td></tr>\n</table>\n" }' \
	>"$tmp/huge-attribute.html"
printf 'exit 0\n' >"$tmp/huge-attribute.expect"
run_case "$tmp/huge-attribute.html" "$tmp/huge-attribute.expect"

# Front matter in an HTML page must end within its first 64 KiB.
awk 'BEGIN { print "---"; print "title: long"; for (i = 0; i < 5000; i++)
	printf "key%d: some value or other\n", i; print "---";
	print "<table><tr><td>404</td><td>Not Found</td></tr></table>" }' \
	>"$tmp/long-front-matter.html"
printf 'exit 1\nfirst @FILE@:1: error: front matter does not end within the first 64 KiB\n' \
	>"$tmp/long-front-matter.expect"
run_case "$tmp/long-front-matter.html" "$tmp/long-front-matter.expect"

# Markdown tables that Debian's cmark-gfm would pad into millions of
# cells (doc/limits.md): each is refused before the parser sees it, at
# once.  2,000 columns by 2,000 rows took 20 s and 1.1 GB.
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "|a"; print "|";
	for (i = 0; i < 2000; i++) printf "|-"; print "|";
	for (i = 0; i < 2000; i++) print "|x" }' >"$tmp/table-wide.md"
printf 'exit 1\nfirst @FILE@:2: error: table has more than 64 columns\n' >"$tmp/table-wide.expect"
run_case "$tmp/table-wide.md" "$tmp/table-wide.expect"
# 64 columns, then short rows: the 7,814th line passes 500,000 cells.
awk 'BEGIN { for (i = 0; i < 64; i++) printf "|a"; print "|";
	for (i = 0; i < 64; i++) printf "|-"; print "|";
	for (i = 0; i < 1000000; i++) print "x" }' >"$tmp/table-tall.md"
printf 'exit 1\nfirst @FILE@:7814: error: the tables of this document have more than 500000 cells\n' \
	>"$tmp/table-tall.expect"
run_case "$tmp/table-tall.md" "$tmp/table-tall.expect"
# The same inside a block quote and a list, indented.
awk 'BEGIN { printf "> 1. "; for (i = 0; i < 64; i++) printf "| a "; print "|";
	printf ">    "; for (i = 0; i < 64; i++) printf "|:-:"; print "|";
	for (i = 0; i < 1000000; i++) print ">        x" }' >"$tmp/table-quoted.md"
run_case "$tmp/table-quoted.md" "$tmp/table-tall.expect"
# Many small tables count together: 4 cells each, 125,001 of them.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "a|b\n-|-\nx\n\n" }' >"$tmp/table-many.md"
printf 'exit 1\nfirst @FILE@:500002: error: the tables of this document have more than 500000 cells\n' \
	>"$tmp/table-many.expect"
run_case "$tmp/table-many.md" "$tmp/table-many.expect"

# 100,000 listings of one code in one document: the merge was quadratic
# in them (about 20 s here), and printed one error for each.  Now the
# first 20 are shown, then one line with the count, within seconds.  A
# sanitizer build, whose every malloc records a whole stack, checks the
# counts on a tenth as many: its time says nothing of the merge's.
many=$((100000 / ${TEST_TIME_FACTOR:-1}))
awk -v n="$many" 'BEGIN { print "## Client Error\n"; for (i = 0; i < n; i++) print "### 404 Not Found\n" }' \
	>"$tmp/duplicates.md"
printf 'exit 1\nmode check\nfirst @FILE@:5: error: duplicate code 404 (first at line 3)\n' \
	>"$tmp/duplicates.expect"
saved_limit=$limit
limit=$(time_limit 10)
run_case "$tmp/duplicates.md" "$tmp/duplicates.expect"
limit=$saved_limit
[ "$(grep -c 'error: duplicate code 404' "$tmp/err")" -eq 20 ] && pass ||
	fail "duplicates: $(grep -c 'error: duplicate code 404' "$tmp/err") errors shown, expected 20"
expect_grep "^$shown: error: $((many - 21)) more duplicate codes not shown\$" "$tmp/err" "duplicates"

# A registry of 5,000 bad records: the first 20 errors, then one line
# with the count (doc/limits.md), not 5,000 lines.
awk 'BEGIN { print "<?xml version=\"1.0\"?>\n<registry><registry>";
	for (i = 0; i < 5000; i++) print "<record><value>4x4</value><description>X</description></record>";
	print "</registry></registry>" }' >"$tmp/registry-many-errors.xml"
printf "exit 1\nfirst @FILE@:3: error: '4x4' is not a status code or a range within 100-599\n" \
	>"$tmp/registry-many-errors.expect"
run_case "$tmp/registry-many-errors.xml" "$tmp/registry-many-errors.expect"
[ "$(grep -c ': error: ' "$tmp/err")" -eq 21 ] && pass ||
	fail "registry-many-errors: $(grep -c ': error: ' "$tmp/err") errors shown, expected 21"
expect_grep "^$shown:23: error: 4980 more errors in this registry not shown\$" "$tmp/err" \
	"registry-many-errors"

# 100,000 small tables, each one row of the same code: 10.5 s in check
# against 0.76 s in extract before the merge found duplicates in linear
# time; now about as fast as extract.
awk -v n="$many" 'BEGIN { for (i = 0; i < n; i++) print "<table><tr><td>404</td><td>Not Found</td></tr></table>" }' \
	>"$tmp/small-tables.html"
printf 'exit 1\nmode check\nfirst @FILE@:2: error: duplicate code 404 (first at line 1)\n' \
	>"$tmp/small-tables.expect"
saved_limit=$limit
limit=$(time_limit 5)
run_case "$tmp/small-tables.html" "$tmp/small-tables.expect"
limit=$saved_limit
expect_grep "^$shown: error: $((many - 21)) more duplicate codes not shown\$" "$tmp/err" "small tables"

# Markdown is parsed in pieces of whole blocks (doc/limits.md): cmark-gfm
# held a whole document as a tree of 120 to 200 bytes per byte (6 MB of
# one-letter paragraphs took 0.9 GB, 60 MB 9.4 GB).  Each of these must
# finish in time within 1 GiB of address space.
# A sanitizer build reserves terabytes of address space and records a
# stack for every malloc: there these bounds say nothing, and the cases
# are skipped (test_md_split reads the same shapes under it).
run_bounded() { # INPUT EXPECT-FILE
	if [ "${TEST_TIME_FACTOR:-1}" -ne 1 ]; then
		rm -f "$1"
		return
	fi
	saved_limit=$limit
	command -v timeout >/dev/null 2>&1 && limit="timeout 30"
	( ulimit -v 1048576 2>/dev/null; run_case "$1" "$2"; echo "$checks $failures" >"$tmp/counts" )
	read -r checks failures <"$tmp/counts"
	limit=$saved_limit
}
[ "${TEST_TIME_FACTOR:-1}" -ne 1 ] &&
	echo "bad-input.sh: a sanitizer build: the Markdown time and memory bounds are checked by an ordinary build"
printf 'exit 1\nfirst @FILE@:1: error: no status table or code headings found\n' >"$tmp/nothing.expect"
awk 'BEGIN { for (i = 0; i < 3000000; i++) print "a\n" }' >"$tmp/paragraphs.md"
run_bounded "$tmp/paragraphs.md" "$tmp/nothing.expect"
awk 'BEGIN { for (i = 0; i < 1500000; i++) print "- a" }' >"$tmp/items.md"
run_bounded "$tmp/items.md" "$tmp/nothing.expect"
awk 'BEGIN { for (i = 0; i < 40000; i++) { for (j = 0; j < 100; j++) printf ">"; print " a\n" } }' \
	>"$tmp/quotes.md"
run_bounded "$tmp/quotes.md" "$tmp/nothing.expect"
awk 'BEGIN { for (i = 0; i < 120000; i++) printf "a|b\n-|-\n\n" }' >"$tmp/tables.md"
run_bounded "$tmp/tables.md" "$tmp/nothing.expect"
# A long table is cut between its rows: 240,000 rows, 13 MB.
awk 'BEGIN { print "| Code | Reason |\n|---|---|"; for (i = 0; i < 240000; i++)
	printf "| %d | Reason phrase number %d of a long table |\n", 100 + i % 500, i }' >"$tmp/long-table.md"
printf 'exit 0\nfirst @FILE@:503: warning: duplicate code 100 (first at line 3)\n' >"$tmp/long-table.expect"
run_bounded "$tmp/long-table.md" "$tmp/long-table.expect"
# Fenced code is held as one string: any size is read (here, 60 MB, an
# example under 404, which is no part of its description).
awk 'BEGIN { print "### 404 Not Found\n\n```"; for (i = 0; i < 6000000; i++) print "code 0123"; print "```" }' \
	>"$tmp/fence.md"
printf 'exit 0\nfirst \n' >"$tmp/fence.expect"
run_bounded "$tmp/fence.md" "$tmp/fence.expect"
# One block that cannot be cut is refused before it is parsed.
awk 'BEGIN { print "### 404 Not Found\n"; for (i = 0; i < 600000; i++) print "a" }' >"$tmp/one-paragraph.md"
printf 'exit 1\nfirst @FILE@:3: error: Markdown block is longer than 1048576 bytes\n' \
	>"$tmp/one-paragraph.expect"
run_bounded "$tmp/one-paragraph.md" "$tmp/one-paragraph.expect"
# Full size, just under the 64 MiB limit: paragraphs of 1,000 bytes.
awk 'BEGIN { x = "0123456789"; while (length(x) < 1000) x = x x; x = substr(x, 1, 1000);
	print "### 404 Not Found\n"; for (i = 0; i < 66000; i++) print x "\n" }' >"$tmp/full-size.md"
printf 'exit 1\nfirst @FILE@:133: error: description is longer than 65536 bytes\n' \
	>"$tmp/full-size.expect"
run_bounded "$tmp/full-size.md" "$tmp/full-size.expect"
rm -f "$tmp"/long-table.md "$tmp"/paragraphs.md "$tmp"/items.md "$tmp"/quotes.md "$tmp"/fence.md "$tmp"/full-size.md

# Documents full of findings (doc/limits.md).  lint held every finding
# of a file until its end, to print them in the order of their lines,
# and the merge kept every listing of a code: 16 MiB of '- 404 Not
# Fuond' took lint 330 MB and printed a million lines, and 64 MiB 1.3 GB.
# A code listed again is now checked as it is read and dropped, and 20
# findings of a kind are shown per file, then counted: each of these runs
# within 256 MiB of address space (the target for its peak memory) and
# prints a few dozen lines.  About 1 to 5 s each here.
many_findings() { # FILE COMMAND EXIT FIRST-LINE (@FILE@: the path shown)
	case $2 in
	check)
		rm -rf "$tmp/data"
		mkdir -p "$tmp/data/sources/en"
		cp -R "$srcdir/data/registry" "$tmp/data/"
		shown="$tmp/data/sources/en/$(basename "$1")"
		ln -s "$1" "$shown"
		set -- "$1" "$2" "$3" "$4" check --data "$tmp/data"
		;;
	*)
		shown=$1
		set -- "$1" "$2" "$3" "$4" "$2" "$1"
		;;
	esac
	command=$2
	what="$2 $(basename "$1")"
	want_exit=$3
	want_first=$(printf '%s\n' "$4" | sed "s|@FILE@|$shown|")
	shift 4
	( ulimit -v 262144 2>/dev/null; exec $limit "$STATUSGEN" "$@" ) >/dev/null 2>"$tmp/err"
	got_exit=$?
	got_first=$(head -n 1 "$tmp/err")
	if [ "$got_exit" != "$want_exit" ] || [ "$got_first" != "$want_first" ]; then
		fail "$what: exit $got_exit (expected $want_exit), first diagnostic
    got:      $got_first
    expected: $want_first"
	else
		pass
	fi
	lines=$(wc -l <"$tmp/err")
	if [ "$lines" -le 50 ]; then pass; else fail "$what: $lines lines of diagnostics"; fi
	if [ "$command" != extract ]; then
		expect_grep "^$shown:[0-9]*: warning: [0-9]* more findings like the one at line [0-9]* not shown\( \[[a-z-]*\]\)\{0,1\}\$" \
			"$tmp/err" "$what"
	fi
}
if [ "${TEST_TIME_FACTOR:-1}" -eq 1 ]; then
	saved_limit=$limit
	limit=$(time_limit 60)
	awk 'BEGIN { for (i = 0; i < 1048576; i++) print "- 404 Not Fuond" }' >"$tmp/fuond-list.md"
	many_findings "$tmp/fuond-list.md" lint 1 '@FILE@: error: 1048555 more duplicate codes not shown [duplicate-code]'
	many_findings "$tmp/fuond-list.md" check 1 '@FILE@:2: error: duplicate code 404 (first at line 1)'
	many_findings "$tmp/fuond-list.md" extract 0 '@FILE@:2: warning: duplicate code 404 (first at line 1)'
	rm -f "$tmp/fuond-list.md"
	awk 'BEGIN { for (i = 0; i < 880000; i++) print "### 404 Not Fuond\n" }' >"$tmp/fuond-headings.md"
	many_findings "$tmp/fuond-headings.md" lint 1 '@FILE@: error: 879979 more duplicate codes not shown [duplicate-code]'
	rm -f "$tmp/fuond-headings.md"
	# As long as the 500,000 cells of a Markdown document allow.
	awk 'BEGIN { print "| Code | Reason |\n|---|---|";
		for (i = 0; i < 240000; i++) print "| 404 | Not Fuond |" }' >"$tmp/fuond-table.md"
	many_findings "$tmp/fuond-table.md" lint 1 '@FILE@: error: 239979 more duplicate codes not shown [duplicate-code]'
	rm -f "$tmp/fuond-table.md"
	awk 'BEGIN { print "<ul>"; for (i = 0; i < 728000; i++) print "<li>404 Not Fuond</li>"; print "</ul>" }' \
		>"$tmp/fuond-list.html"
	many_findings "$tmp/fuond-list.html" lint 1 '@FILE@: error: 727979 more duplicate codes not shown [duplicate-code]'
	many_findings "$tmp/fuond-list.html" check 1 '@FILE@:3: error: duplicate code 404 (first at line 2)'
	many_findings "$tmp/fuond-list.html" extract 0 '@FILE@:3: warning: duplicate code 404 (first at line 2)'
	rm -f "$tmp/fuond-list.html"
	# One table: the rows' findings are 20 of each kind too.
	awk 'BEGIN { print "<table><tr><th>Code</th><th>Reason</th></tr>";
		for (i = 0; i < 419000; i++) print "<tr><td>404</td><td>Not Fuond</td></tr>"; print "</table>" }' \
		>"$tmp/fuond-table.html"
	many_findings "$tmp/fuond-table.html" lint 1 '@FILE@: error: 418979 more duplicate codes not shown [duplicate-code]'
	rm -f "$tmp/fuond-table.html"
	awk 'BEGIN { for (i = 0; i < 728000; i++) print "<h3>404 Not Fuond</h3>" }' >"$tmp/fuond-headings.html"
	many_findings "$tmp/fuond-headings.html" lint 1 '@FILE@: error: 727979 more duplicate codes not shown [duplicate-code]'
	rm -f "$tmp/fuond-headings.html"
	limit=$saved_limit
fi
# Markdown that Debian's cmark-gfm 0.29.0.gfm.6 took quadratic time on
# (doc/limits.md: a paragraph of 'a <? ' took it 19 s at 500 KB), and
# every other slow input cmark's and cmark-gfm's trackers and
# pathological tests list (tests/gen-pathological --list): each read, or
# refused, in blocks of 1 MB, one and eight of them.  Where they were
# measured, the slowest took 1.3 s of processor time at 1 MB and 3.1 s
# at 8 MB; the bounds are 10 and 40 s (scaled in a sanitizer build,
# which reads 1 MB alone), within 1 GiB of address space.
pathological_first() { # NAME BLOCKS: the first diagnostic expected
	case $1 in
	pi-cell | images-cell) echo '@FILE@:3: error: table cell is longer than 65536 bytes' ;;
	pi-heading) echo '@FILE@:1: error: heading is longer than 65536 bytes' ;;
	images-closed) echo "@FILE@:1: error: Markdown block has too many image openers ('![') left open around links for cmark-gfm" ;;
	images-ref) echo "@FILE@:3: error: Markdown block has too many image openers ('![') left open around links for cmark-gfm" ;;
	pipes-code | row-huge) echo '@FILE@:3: error: Markdown table row has more than 128 cells' ;;
	emph-nested | star-list | quotes-nested | gts) echo '@FILE@:1: error: Markdown nested more than 128 deep' ;;
	lists-nested) echo '@FILE@:64: error: Markdown nested more than 128 deep' ;;
	tables-cr)
		if [ "$2" = 1 ]; then
			echo '@FILE@:6: warning: control character in the document (ignored)'
		else
			echo '@FILE@:500006: error: the tables of this document have more than 500000 cells'
		fi ;;
	*) echo '@FILE@:1: error: no status table or code headings found' ;;
	esac
}
for name in $(sh "$srcdir/tests/gen-pathological" --list | cut -d' ' -f1); do
	for blocks in 1 8; do
		[ "$blocks" = 8 ] && [ "${TEST_TIME_FACTOR:-1}" -ne 1 ] && continue
		sh "$srcdir/tests/gen-pathological" "$name" 1000000 "$blocks" >"$tmp/$name.md"
		printf 'exit 1\nfirst %s\n' "$(pathological_first "$name" "$blocks")" >"$tmp/$name.expect"
		saved_limit=$limit
		limit=$(time_limit $((blocks == 1 ? 10 : 40)))
		if [ "${TEST_TIME_FACTOR:-1}" -eq 1 ]; then
			( ulimit -v 1048576 2>/dev/null; run_case "$tmp/$name.md" "$tmp/$name.expect"
			  echo "$checks $failures" >"$tmp/counts" )
			read -r checks failures <"$tmp/counts"
		else
			run_case "$tmp/$name.md" "$tmp/$name.expect"
		fi
		limit=$saved_limit
		rm -f "$tmp/$name.md"
	done
done

printf 'exit 1\nfirst statusgen: error: cannot open '"'"'@FILE@'"'"': No such file or directory\n' \
	>"$tmp/missing.expect"
run_case "$tmp/missing.html" "$tmp/missing.expect"

# A directory is read for the documents below it: here there are none.
mkdir "$tmp/dir.html"
printf 'exit 1\nfirst @FILE@: error: no .html or .md document below this directory\n' \
	>"$tmp/dir.expect"
run_case "$tmp/dir.html" "$tmp/dir.expect"
finish
