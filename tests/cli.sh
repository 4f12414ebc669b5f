#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line: help, version, usage errors, exit statuses, outputs.
. "$srcdir/tests/lib.sh"
data="$srcdir/data"

expect_status 0 "$STATUSGEN" --help
expect_grep '^Usage: statusgen COMMAND' "$tmp/out" "--help"
expect_grep 'generate' "$tmp/out" "--help lists generate"
[ -s "$tmp/err" ] && fail "--help wrote to stderr" || pass
expect_status 0 "$STATUSGEN" --version
expect_grep '^statusgen 0' "$tmp/out" "--version"
expect_status 0 "$STATUSGEN" check --help
expect_grep '^Usage:' "$tmp/out" "check --help"

# Every command has its own --help, and it lists exactly the options the
# command accepts: each listed one is taken, each unlisted one refused.
all_options=$("$STATUSGEN" --help | sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z-]*\).*/\2/p')
commands=$("$STATUSGEN" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
[ "$(echo $commands)" = "check extract json generate pot po c markdown lint update-registry" ] && pass ||
	fail "--help lists commands '$(echo $commands)'"
for cmd in $commands; do
	expect_status 0 "$STATUSGEN" "$cmd" --help
	expect_grep "^Usage: statusgen $cmd \[OPTION\]" "$tmp/out" "$cmd --help"
	expect_grep "^  statusgen $cmd " "$tmp/out" "$cmd --help example"
	listed=$(sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z-]*\).*/\2/p' "$tmp/out")
	for o in $all_options; do
		case " $(echo $listed) " in *" $o "*) want=taken ;; *) want=refused ;; esac
		"$STATUSGEN" "$cmd" "$o" >/dev/null 2>"$tmp/opt-err" </dev/null
		if grep -q "does not apply to '$cmd'" "$tmp/opt-err"; then got=refused; else got=taken; fi
		[ "$got" = "$want" ] && pass || fail "$cmd --help: $o is $got but help says $want"
	done
done

# The examples of --help work as printed, right after the Quick start:
# run from an empty directory, the build tree's program (uninstalled)
# reads the source tree's data/ and po/ by default.
"$STATUSGEN" --help | sed -n '/^Examples:/,/^$/s/^  statusgen //p' >"$tmp/examples"
[ "$(wc -l <"$tmp/examples")" -ge 2 ] && pass || fail "--help shows no examples"
mkdir "$tmp/examples.d"
while read -r args; do
	# shellcheck disable=SC2086 # the example's words, as a shell splits them
	(cd "$tmp/examples.d" && "$STATUSGEN" $args) >"$tmp/out" 2>"$tmp/err"
	status=$?
	[ "$status" -eq 0 ] && pass || {
		fail "'statusgen $args' (the help's example) exited $status:"
		sed 's/^/    /' "$tmp/err"
	}
done <"$tmp/examples"
grep -qx 'generate --output-dir out' "$tmp/examples" && grep -qx 'check' "$tmp/examples" &&
	pass || fail "the help's examples changed: $(tr '\n' ';' <"$tmp/examples")"
if command -v jq >/dev/null 2>&1; then
	linguas=$(sed 's/#.*//' "$srcdir/po/LINGUAS" | tr -s ' \t' '\n\n' | grep . | sort | tr '\n' ' ')
	jq -e --arg l "$linguas" '(.locales | sort | join(" ")) + " " == $l and (.statuses | length) == 64' \
		"$tmp/examples.d/out/http-status.json" \
		>/dev/null && pass || fail "generate with no flags did not use the source tree's data and po"
fi
expect_status 0 sh -c 'cd "$1" && "$2" check' sh "$tmp/examples.d" "$STATUSGEN"
expect_grep "^$srcdir/data/sources/zh_CN/status-codes.md:61: warning: 302 is called" "$tmp/err" \
	"check with no flags reads the source tree's data"
# A copy of the program elsewhere is not the build tree's: it reads the
# installed data, as an installed program does.
installed=$("$STATUSGEN" --help | sed -n 's/^Default data directory: //p')
mkdir "$tmp/bin"
cp "$STATUSGEN" "$tmp/bin/statusgen"
if [ ! -e "$installed" ]; then
	expect_status 1 "$tmp/bin/statusgen" check
	expect_grep "error: cannot open '$installed/sources'" "$tmp/err" "a copy elsewhere reads the installed data"
fi

# Misuse exits 2 and points at --help.
expect_status 2 "$STATUSGEN"
expect_grep "Try 'statusgen --help'" "$tmp/err" "no command"
expect_status 2 "$STATUSGEN" frobnicate
expect_grep "unknown command 'frobnicate'" "$tmp/err" "unknown command"
expect_status 2 "$STATUSGEN" check --no-such-option
expect_grep "unrecognized option '--no-such-option'" "$tmp/err" "unknown option"
expect_status 2 "$STATUSGEN" generate --data "$data"
expect_grep "generate needs --output-dir" "$tmp/err" "generate without --output-dir"
expect_status 2 "$STATUSGEN" extract
expect_status 2 "$STATUSGEN" extract "$srcdir/README.md.txt"
expect_status 2 "$STATUSGEN" extract --format pdf x.pdf
expect_status 2 "$STATUSGEN" check --data "$data" extra-argument
expect_status 2 "$STATUSGEN" check --data
expect_grep "option '--data' requires an argument" "$tmp/err" "missing argument"
expect_status 2 "$STATUSGEN" check -o x.json
expect_grep "option '-o' does not apply to 'check'" "$tmp/err" "option of another command"
# Options may follow FILE; a usage error names the option, not the FILE
# before it (nor an argument of an earlier option).
printf '%s\n' "statusgen: option '-o' does not apply to 'extract'" \
	"Try 'statusgen --help' for more information." >"$tmp/want-err"
expect_status 2 "$STATUSGEN" extract x.md -o y
expect_same "$tmp/want-err" "$tmp/err" "extract x.md -o y"
expect_status 2 "$STATUSGEN" extract --locale en x.md z.md -o y
expect_same "$tmp/want-err" "$tmp/err" "extract --locale en x.md z.md -o y"
printf '%s\n' "statusgen: option '--output=y' does not apply to 'extract'" \
	"Try 'statusgen --help' for more information." >"$tmp/want-err"
expect_status 2 "$STATUSGEN" extract x.md --output=y
expect_same "$tmp/want-err" "$tmp/err" "extract x.md --output=y"
printf '%s\n' "statusgen: unrecognized option '--no-such-option'" \
	"Try 'statusgen --help' for more information." >"$tmp/want-err"
expect_status 2 "$STATUSGEN" extract x.md --no-such-option
expect_same "$tmp/want-err" "$tmp/err" "extract x.md --no-such-option"
printf '%s\n' "statusgen: option '--locale' requires an argument" \
	"Try 'statusgen --help' for more information." >"$tmp/want-err"
expect_status 2 "$STATUSGEN" extract x.md --locale
expect_same "$tmp/want-err" "$tmp/err" "extract x.md --locale"
expect_status 2 "$STATUSGEN" extract --locale '../etc' x.md
expect_grep "'../etc' is not a locale name like 'zh_CN'" "$tmp/err" "bad locale"

# check: warnings alone pass; --werror turns them into failure.
expect_status 0 "$STATUSGEN" check --data "$data"
expect_status 1 "$STATUSGEN" check --data "$data" --werror
expect_status 1 "$STATUSGEN" check --data "$tmp/no-such-dir"
expect_grep "error: cannot open '$tmp/no-such-dir/sources': No such file or directory" "$tmp/err" "missing data dir"

# An empty data directory is an error, not an empty dataset.
mkdir -p "$tmp/empty/sources/zh_CN"
expect_status 1 "$STATUSGEN" check --data "$tmp/empty"
expect_grep "error: no source documents in '$tmp/empty/sources/LOCALE/'" "$tmp/err" "empty data"
# A file name that is not UTF-8 is no crash; the JSON shows U+FFFD.
name=$(printf 'bad\377.html')
cp "$data/sources/zh_CN/status-codes-table.html" "$tmp/$name"
expect_status 0 "$STATUSGEN" extract "$tmp/$name"
expect_grep 'bad\\ufffd.html\|bad�.html' "$tmp/out" "non-UTF-8 file name"
# A FIFO in the data directory is skipped, not read (which would hang).
if command -v mkfifo >/dev/null 2>&1; then
	mkdir -p "$tmp/fifo/sources/zh_CN"
	cp "$data/sources/zh_CN/status-codes.md" "$tmp/fifo/sources/zh_CN/"
	mkfifo "$tmp/fifo/sources/zh_CN/pipe.html"
	expect_status 0 "$STATUSGEN" check --data "$tmp/fifo"
	expect_grep "pipe.html: warning: ignored: not a regular file" "$tmp/err" "fifo skipped"
fi
# Control characters (here in a file name) never reach the terminal raw.
esc=$(printf 'a\033[2Jb.html')
expect_status 1 "$STATUSGEN" extract "$tmp/$esc"
expect_grep "cannot open '$tmp/a\\\\x1b\\[2Jb.html'" "$tmp/err" "escape byte shown as \\x1b"

# extract: every record of both seeds, in document order, as JSON.
expect_status 0 "$STATUSGEN" extract "$data/sources/zh_CN/status-codes-table.html" \
	"$data/sources/zh_CN/status-codes.md"
[ "$(grep -c '"code": ' "$tmp/out")" -eq 73 ] && pass ||
	fail "extract found $(grep -c '"code": ' "$tmp/out") records, expected 44 + 29"
expect_grep '"code": 404, "kind": "table-row", "locale": "zh_CN", "class_name": "客户端错误"' "$tmp/out" "extract 404"
expect_status 0 "$STATUSGEN" extract --locale zh_CN "$data/sources/zh_CN/status-codes.md"
expect_grep '"locale": "zh_CN"' "$tmp/out" "extract --locale"
# Front matter lang is the locale when --locale is not given.
printf -- '---\nlang: de\n---\n### 404 Not Found\n\nNicht gefunden\n' >"$tmp/de.md"
expect_status 0 "$STATUSGEN" extract "$tmp/de.md"
expect_grep '"locale": "de"' "$tmp/out" "locale from front matter"
# A file of another extension with --format.
cp "$data/sources/zh_CN/status-codes.md" "$tmp/page.txt"
expect_status 0 "$STATUSGEN" extract --format markdown "$tmp/page.txt"
# Duplicates are kept, marked, and warned about (capped).
{
	echo '<table>'
	i=0
	while [ $i -lt 30 ]; do echo '<tr><td>404</td><td>Not Found</td></tr>'; i=$((i + 1)); done
	echo '</table>'
} >"$tmp/dups.html"
expect_status 0 "$STATUSGEN" extract "$tmp/dups.html"
[ "$(grep -c '"duplicate": true' "$tmp/out")" -eq 29 ] && pass || fail "29 duplicates not marked"
[ "$(grep -c 'warning: duplicate code 404' "$tmp/err")" -eq 20 ] && pass || fail "duplicate warnings not capped at 20"
expect_grep 'warning: 9 more duplicate codes not shown' "$tmp/err" "duplicate summary"

# lint: the registry's checks on any document, each on its own.
printf '%s\n' '## Successful' '' '### 200 OK' '' '### 404 Not Fuond' '' \
	'## Client Error' '' '### 413 Payload Too Large' '' "### 418 I'm a teapot" '' \
	'### 499 Client Closed Request' >"$tmp/doc.md"
expect_status 0 "$STATUSGEN" lint --data "$data" "$tmp/doc.md"
{
	echo "$tmp/doc.md:5: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]"
	echo "$tmp/doc.md:5: warning: 404 is listed under 'Successful' (line 1), which names class 2xx here [wrong-class]"
	echo "$tmp/doc.md:9: note: 413 is called 'Payload Too Large' here, its former name (RFC 7231); the registry now calls it 'Content Too Large' [former-name]"
	echo "$tmp/doc.md:11: warning: 418 is unused, but is called 'I'm a teapot' here (its former name, RFC 2324) as if it were in use [unused-code-in-use]"
	echo "$tmp/doc.md:13: note: 499 is not registered; nginx uses it for 'Client Closed Request' [vendor-code]"
} >"$tmp/lint.expected"
expect_same "$tmp/lint.expected" "$tmp/err" "lint diagnostics"
expect_status 1 "$STATUSGEN" lint --werror --data "$data" "$tmp/doc.md"
printf '### 413 Payload Too Large\n' >"$tmp/former.md"
expect_status 1 "$STATUSGEN" lint --werror --data "$data" "$tmp/former.md"
printf '### 404 Not Found\n\n### 200 OK\n' >"$tmp/clean.md"
expect_status 0 "$STATUSGEN" lint --werror --data "$data" "$tmp/clean.md"
[ -s "$tmp/err" ] && fail "lint of a clean page printed something" || pass
expect_status 2 "$STATUSGEN" lint --data "$data"
# A heading named like a class is that class, whatever stands under it;
# IANA's own markers are no misspelling.
printf '%s\n' '## Server Error' '' '### 404 Not Found' '' '## Redirection' '' '### 306 (Unused)' '' \
	'## Server Error' '' '### 510 Not Extended (OBSOLETED)' >"$tmp/classes.md"
expect_status 0 "$STATUSGEN" lint --data "$data" "$tmp/classes.md"
echo "$tmp/classes.md:3: warning: 404 is listed under 'Server Error' (line 1), which names class 5xx here [wrong-class]" >"$tmp/classes.expected"
expect_same "$tmp/classes.expected" "$tmp/err" "lint of class headings"
mkdir -p "$tmp/noreg/sources/en"
expect_status 1 "$STATUSGEN" lint --data "$tmp/noreg" "$tmp/classes.md"
expect_grep "error: lint needs the registry" "$tmp/err" "lint without a registry"
expect_status 2 "$STATUSGEN" lint --output-dir x "$tmp/clean.md"
echo "statusgen: error: lint needs the registry, and there is none at '$tmp/noreg/registry/http-status-codes.xml' (without --data, lint uses the one built into statusgen)" \
	>"$tmp/noreg.expected"
expect_status 1 "$STATUSGEN" lint --data "$tmp/noreg" "$tmp/classes.md"
expect_same "$tmp/noreg.expected" "$tmp/err" "lint --data without a registry says what to pass"

# lint needs no flags: the registry is built in.  Run from another
# directory, with HOME elsewhere, it gives what it gives with --data.
mkdir -p "$tmp/elsewhere" "$tmp/home"
cp "$tmp/doc.md" "$tmp/elsewhere/page.md"
expect_status 0 env HOME="$tmp/home" sh -c 'cd "$1" && exec "$2" lint page.md' sh \
	"$tmp/elsewhere" "$STATUSGEN"
sed "s|^$tmp/doc.md:|page.md:|" "$tmp/lint.expected" >"$tmp/elsewhere.expected"
expect_same "$tmp/elsewhere.expected" "$tmp/err" "lint with the built-in registry"

# Options may follow the file names; '--' ends the options.
expect_status 0 "$STATUSGEN" lint "$tmp/doc.md" --data "$data"
expect_same "$tmp/lint.expected" "$tmp/err" "lint FILE --data DIR"
expect_status 1 "$STATUSGEN" lint "$tmp/former.md" --werror
expect_status 0 "$STATUSGEN" extract "$tmp/clean.md" --locale de
expect_grep '"locale": "de"' "$tmp/out" "extract FILE --locale"
cp "$tmp/clean.md" "$tmp/-dash.md"
expect_status 2 sh -c 'cd "$1" && exec "$2" lint -dash.md' sh "$tmp" "$STATUSGEN"
expect_status 0 sh -c 'cd "$1" && exec "$2" lint --werror -- -dash.md' sh "$tmp" "$STATUSGEN"

# A directory stands for every .md and .html below it, in sorted order
# (MDN's layout: status/404/index.md).
mkdir -p "$tmp/mdn/status/404" "$tmp/mdn/status/200" "$tmp/mdn/status/.git" "$tmp/mdn/status/418"
printf '### 404 Not Fuond\n' >"$tmp/mdn/status/404/index.md"
printf '<table><tr><td>200</td><td>Okay</td></tr></table>\n' >"$tmp/mdn/status/200/index.html"
printf '### 500 Internal Server Error\n' >"$tmp/mdn/status/.git/index.md"
printf '### 418\n' >"$tmp/mdn/status/418/notes.txt"
expect_status 0 "$STATUSGEN" lint "$tmp/mdn"
{
	echo "$tmp/mdn/status/200/index.html:1: warning: 200 is called 'Okay' here, but is registered as 'OK' [misspelled-phrase]"
	echo "$tmp/mdn/status/404/index.md:1: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]"
} >"$tmp/mdn.expected"
expect_same "$tmp/mdn.expected" "$tmp/err" "lint of a directory"
expect_status 0 "$STATUSGEN" extract "$tmp/mdn/"
[ "$(sed -n 's/.*"code": \([0-9]*\).*/\1/p' "$tmp/out" | tr '\n' ' ')" = "200 404 " ] && pass ||
	fail "extract of a directory gave codes $(sed -n 's/.*"code": \([0-9]*\).*/\1/p' "$tmp/out" | tr '\n' ' ')"
mkdir -p "$tmp/nodocs"
expect_status 1 "$STATUSGEN" lint "$tmp/nodocs"
echo "$tmp/nodocs: error: no .html or .md document below this directory" >"$tmp/nodocs.expected"
expect_same "$tmp/nodocs.expected" "$tmp/err" "lint of a directory without documents"

# --time works for every command, after the file names too.
mkdir -p "$tmp/timed"
for args in "check --data $data" "extract $tmp/clean.md" "json --data $data" \
	"generate --data $data --output-dir $tmp/timed" "pot --data $data -o $tmp/timed/t.pot" \
	"po --data $data --locale de -o $tmp/timed/de.po" \
	"c --data $data --header $tmp/timed/h.h --source $tmp/timed/c.c" \
	"markdown --data $data --locale en" "lint $tmp/clean.md"; do
	# Words: no path here has a space.
	expect_status 0 "$STATUSGEN" $args --time
	expect_grep '^statusgen: time: [a-z]*  *[0-9.]* ms$' "$tmp/err" "${args%% *} --time"
done

# A registry in an encoding it breaks: one diagnostic of ours, and none of
# the messages libxml2 prints itself ("encoding error : ...").
mkdir -p "$tmp/gbkreg/registry" "$tmp/gbkreg/sources/en"
printf '<?xml version="1.0" encoding="GBK"?>\n<registry><record><value>200</value><description>OK \277--</description></record></registry>\n' \
	>"$tmp/gbkreg/registry/http-status-codes.xml"
expect_status 1 "$STATUSGEN" check --data "$tmp/gbkreg"
echo "$tmp/gbkreg/registry/http-status-codes.xml:2: error: malformed XML: Premature end of data in tag description line 2" \
	>"$tmp/gbkreg.expected"
expect_same "$tmp/gbkreg.expected" "$tmp/err" "registry with an encoding error"

# Unregistered codes are left out unless asked for.
mkdir -p "$tmp/unreg/sources/en"
cp -R "$data/registry" "$tmp/unreg/"
printf '### 404 Not Found\n\nGone.\n\n### 499 Client Closed Request\n\nnginx.\n' \
	>"$tmp/unreg/sources/en/x.md"
expect_status 0 "$STATUSGEN" json --data "$tmp/unreg"
expect_grep '499 is not a registered status code; left out' "$tmp/err" "unregistered left out"
if grep -q '"code": 499' "$tmp/out"; then fail "499 written without --allow-unregistered"; else pass; fi
expect_status 0 "$STATUSGEN" json --allow-unregistered --data "$tmp/unreg"
expect_grep '"code": 499' "$tmp/out" "--allow-unregistered keeps 499"

# SOURCE_DATE_EPOCH decides when a temporary registration has expired.
if command -v jq >/dev/null 2>&1; then
	expect_status 0 env SOURCE_DATE_EPOCH=1735689600 "$STATUSGEN" json --data "$data"
	[ "$(jq '.statuses[] | select(.code == 104) | .expired' "$tmp/out")" = false ] && pass ||
		fail "104 expired in 2025"
	expect_status 0 env SOURCE_DATE_EPOCH=1795392000 "$STATUSGEN" json --data "$data"
	[ "$(jq '.statuses[] | select(.code == 104) | .expired' "$tmp/out")" = true ] && pass ||
		fail "104 not expired after 2026-11-13"
	expect_grep "104's temporary registration expired on 2026-11-13" "$tmp/err" "expiry warning"
fi
expect_status 2 env SOURCE_DATE_EPOCH=yesterday "$STATUSGEN" check --data "$data"
expect_grep "SOURCE_DATE_EPOCH is not a number of seconds" "$tmp/err" "SOURCE_DATE_EPOCH=yesterday"
# Digits only, as 'date +%s' prints it.
for epoch in ' 5' '+5' '-5' '5 '; do
	expect_status 2 env SOURCE_DATE_EPOCH="$epoch" "$STATUSGEN" check --data "$data"
	expect_grep "SOURCE_DATE_EPOCH is not a number of seconds" "$tmp/err" "SOURCE_DATE_EPOCH='$epoch'"
done
# The last second of 9999 is the last date; after it, the message says so.
expect_status 0 env SOURCE_DATE_EPOCH=253402300799 "$STATUSGEN" pot --data "$data" -o "$tmp/9999.pot"
expect_grep '^"POT-Creation-Date: 9999-12-31 23:59+0000' "$tmp/9999.pot" "POT-Creation-Date in 9999"
for epoch in 253402300800 99999999999999999999999; do
	expect_status 2 env SOURCE_DATE_EPOCH=$epoch "$STATUSGEN" check --data "$data"
	expect_grep "^statusgen: SOURCE_DATE_EPOCH is after 9999-12-31, the last date statusgen can write\$" \
		"$tmp/err" "SOURCE_DATE_EPOCH=$epoch"
done
# Commands that use no date never read it.
printf '| Code | Reason |\n|---|---|\n| 404 | Not Found |\n' >"$tmp/dateless.md"
expect_status 0 env SOURCE_DATE_EPOCH=yesterday "$STATUSGEN" extract "$tmp/dateless.md"
expect_status 0 env SOURCE_DATE_EPOCH=253402300800 "$STATUSGEN" lint --data "$data" "$tmp/dateless.md"

# c: a header and a source that are one file would leave only the
# source there; that is a usage error, and nothing is written.
expect_status 2 "$STATUSGEN" c --data "$data" --header "$tmp/same.c" --source "$tmp/same.c"
expect_grep "^statusgen: --header and --source name the same file '$tmp/same.c'\$" "$tmp/err" "c into one file"
[ -e "$tmp/same.c" ] && fail "c wrote into the one file" || pass
echo old >"$tmp/same.c"
ln -s same.c "$tmp/other.c"
expect_status 2 "$STATUSGEN" c --data "$data" --header "$tmp/other.c" --source "$tmp/same.c"
[ "$(cat "$tmp/same.c")" = old ] && pass || fail "c replaced a file given twice"

# An empty output name is no file, and no temporary file is made for it.
expect_status 1 "$STATUSGEN" json --data "$data" -o ''
expect_grep "^statusgen: error: cannot open '': No such file or directory\$" "$tmp/err" "json -o ''"

# A locale named twice in --locales is embedded once.
"$STATUSGEN" c --data "$data" --po-dir "$srcdir/po" --locales zh_CN --header "$tmp/once.h" \
	--source "$tmp/once.c" 2>/dev/null || fail "c --locales zh_CN"
expect_status 0 "$STATUSGEN" c --data "$data" --po-dir "$srcdir/po" --locales zh_CN,zh_CN \
	--header "$tmp/once.h" --source "$tmp/twice.c"
expect_same "$tmp/once.c" "$tmp/twice.c" "c --locales zh_CN,zh_CN"

# json: to a file, and a write error is reported, not ignored.
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/x.json"
[ -s "$tmp/x.json" ] && pass || fail "json -o wrote nothing"
if [ -w /dev/full ]; then
	expect_status 1 "$STATUSGEN" json --data "$data" -o /dev/full
	expect_grep "cannot write '/dev/full'" "$tmp/err" "json -o /dev/full"
	expect_status 1 sh -c '"$1" json --data "$2" >/dev/full' sh "$STATUSGEN" "$data"
	expect_grep "No space left on device" "$tmp/err" "json >/dev/full"
fi

# generate: a failing run leaves the old artifacts alone.
mkdir -p "$tmp/bad/sources/zh_CN" "$tmp/outdir"
echo 'old' >"$tmp/outdir/http-status.json"
printf '<table><tr><td>4o4</td><td>Not Found</td></tr></table>\n' >"$tmp/bad/sources/zh_CN/x.html"
expect_status 1 "$STATUSGEN" generate --data "$tmp/bad" --output-dir "$tmp/outdir"
[ "$(cat "$tmp/outdir/http-status.json")" = old ] && pass || fail "failed generate replaced an artifact"
[ "$(ls -A "$tmp/outdir")" = http-status.json ] && pass || fail "failed generate left files behind: $(ls -A "$tmp/outdir")"
expect_status 0 "$STATUSGEN" generate --data "$data" --output-dir "$tmp/outdir"
# --time: one line per stage on standard error.
expect_status 0 "$STATUSGEN" generate --time --data "$data" --output-dir "$tmp/outdir"
for stage in read merge json pot c markdown commit; do
	expect_grep "^statusgen: time: $stage  *[0-9.]* ms$" "$tmp/err" "--time $stage"
done
expect_grep '"generator": "statusgen' "$tmp/outdir/http-status.json" "generate replaced the artifact"
touch "$tmp/not-a-dir"
expect_status 1 "$STATUSGEN" generate --data "$data" --output-dir "$tmp/not-a-dir"
expect_grep "cannot create directory '$tmp/not-a-dir': Not a directory" "$tmp/err" "output dir is a file"
# A document lacking many codes of its locale: 20 notes, then a count
# (the same rule as for every list of problems).
mkdir -p "$tmp/cover/sources/zh_CN"
cp -R "$data/registry" "$tmp/cover/"
awk 'BEGIN { print "| Code | Reason |"; print "|---|---|";
	for (c = 200; c < 206; c++) printf "| %d | x |\n", c;
	for (c = 400; c < 424; c++) printf "| %d | x |\n", c }' >"$tmp/cover/sources/zh_CN/a.md"
printf '| Code | Reason |\n|---|---|\n| 200 | OK |\n' >"$tmp/cover/sources/zh_CN/b.md"
"$STATUSGEN" check --data "$tmp/cover" >/dev/null 2>"$tmp/err"
[ "$(grep -c "note: [0-9]* is not in $tmp/cover/sources/zh_CN/b.md\$" "$tmp/err")" -eq 20 ] && pass ||
	fail "missing codes: $(grep -c 'is not in' "$tmp/err") notes, expected 20"
expect_grep "^$tmp/cover/sources/zh_CN/b.md: note: 7 more codes of its locale are not in this document\$" \
	"$tmp/err" "missing codes count"

finish
