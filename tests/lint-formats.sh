#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lint's report formats: every document of the corpus (tests/corpus/, as
# tests/corpus.sh runs it) and of tests/lint-cases/ linted in each format,
# gcc, json, sarif and github; tests/lint-formats.py checks that each
# reports the findings of the gcc lines (count, file, line, severity,
# rule, message), that the JSON is valid under
# data/lint-report.schema.json and the SARIF log has what SARIF 2.1.0
# requires, and that the exit status does not depend on the format.
# Then what the options do: -o FILE, --fail-on, --werror, --disable and
# --enable, --list-rules, and the program's own errors beside a report.
. "$srcdir/tests/lib.sh"

python=
for py in ${PYTHON3:-} /usr/bin/python3 python3; do
	if "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' >/dev/null 2>&1; then
		python=$py
		break
	fi
done
if [ -z "$python" ]; then
	echo "SKIP: no python3 with jsonschema 4 (install the Debian package 'python3-jsonschema')"
	exit 77
fi
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
corpus=$srcdir/tests/corpus
runs="$tmp/runs"
mkdir -p "$runs"
"$STATUSGEN" lint --list-rules >"$runs/rules" || fail "lint --list-rules failed"

# lint_all NAME DIR ARGS...: lint in DIR in every format into $runs/NAME.*
lint_all() {
	run_name=$1
	run_dir=$2
	shift 2
	(cd "$run_dir" && "$STATUSGEN" lint "$@" 2>"$runs/$run_name.gcc" >/dev/null)
	echo $? >"$runs/$run_name.status-gcc"
	for format in json sarif github; do
		(cd "$run_dir" && "$STATUSGEN" lint --output-format="$format" "$@" \
			>"$runs/$run_name.$format" 2>"$runs/$run_name.err-$format")
		echo $? >"$runs/$run_name.status-$format"
		# Machine formats leave standard error to the program's own errors.
		grep -v '^statusgen: ' "$runs/$run_name.err-$format" | grep -q . &&
			fail "$run_name: --output-format=$format printed findings on standard error"
	done
}

names=
for f in $(cd "$corpus" && ls); do
	case $f in
	*.records | *.lint | *.args | XFAIL | README.md) continue ;;
	esac
	# As tests/corpus.sh reads it: the page tells its language, or
	# NAME.args gives --locale.
	args=
	[ -f "$corpus/$f.args" ] && args=$(cat "$corpus/$f.args")
	# $args is split into words on purpose.
	lint_all "$f" "$corpus" --data "$srcdir/data" --po-dir "$srcdir/po" $args "$f"
	names="$names $f"
done
for f in $(cd "$srcdir/tests/lint-cases" && ls *.md *.html); do
	lint_all "case-$f" "$srcdir/tests/lint-cases" "$f"
	names="$names case-$f"
done
# Every document at once, as CI would run it.
lint_all all "$corpus" --data "$srcdir/data" --po-dir "$srcdir/po" lint-en.md reader-tables-en sections-zh_CN.md
names="$names all"
# shellcheck disable=SC2086 # one name a word
if "$python" "$srcdir/tests/lint-formats.py" "$runs" $names >"$tmp/check"; then
	pass
else
	fail "the formats disagree:"
	sed 's/^/    /' "$tmp/check" | head -40
fi
tail -n 1 "$tmp/check"

# The fixes the reports carry ("fix" in JSON, "fixes" in SARIF), applied
# by their byte offsets as another tool would, give the page 'lint --fix'
# writes (tests/lint-fix/NAME.fixed): the rules --list-rules marks 'fix',
# or those NAME.args names with --fix=.
for input in "$srcdir"/tests/lint-fix/*.md "$srcdir"/tests/lint-fix/*.html; do
	name=${input##*/}
	fix_rules=$(awk '$3 == "fix" { print $1 }' "$runs/rules")
	[ -f "$input.args" ] && fix_rules=$(sed -n 's/^--fix=//p' "$input.args" | tr ',' ' ')
	case $name in
	*gbk*) encoding=gbk ;;
	*) encoding=utf-8 ;;
	esac
	for format in json sarif; do
		"$STATUSGEN" lint --output-format=$format "$input" >"$tmp/report" 2>/dev/null
		# $fix_rules is split into words on purpose.
		# shellcheck disable=SC2086
		if "$python" "$srcdir/tests/lint-fixes-apply.py" $format "$tmp/report" "$input" \
			"$encoding" $fix_rules >"$tmp/applied" 2>"$tmp/err"; then
			cmp -s "$tmp/applied" "$input.fixed" && pass ||
				fail "$name: the fixes of the $format report do not give $name.fixed"
		else
			fail "$name: $format report: $(cat "$tmp/err")"
		fi
	done
done

# Every rule is documented, with its fix, in doc/lint.md and the man page.
for rule in $(cut -d' ' -f1 "$runs/rules"); do
	grep -q "^#### \`$rule\`" "$srcdir/doc/lint.md" && pass ||
		fail "doc/lint.md has no '#### \`$rule\`' section"
	grep -q "^\\\\fB$rule\\\\fR" "$srcdir/man/statusgen.x" && pass ||
		fail "man/statusgen.x does not document $rule"
done
[ "$(wc -l <"$runs/rules")" -eq "$(grep -c '^RULE(' "$srcdir/src/rules.def")" ] && pass ||
	fail "--list-rules does not list every rule of rules.def"

# The exit status: findings of --fail-on's severity or worse (error by
# default; --werror: any), whatever the format.
doc="$srcdir/tests/lint-cases/spelling.md"         # notes, a warning, errors
printf '### 404 Not Fuond\n' >"$tmp/warning.md"     # one warning
printf '### 404 not found\n' >"$tmp/note.md"        # one note
for format in gcc json sarif github; do
	expect_status 0 "$STATUSGEN" lint --output-format=$format "$tmp/warning.md"
	expect_status 1 "$STATUSGEN" lint --output-format=$format --fail-on=warning "$tmp/warning.md"
	expect_status 0 "$STATUSGEN" lint --output-format=$format --fail-on=warning "$tmp/note.md"
	expect_status 1 "$STATUSGEN" lint --output-format=$format --fail-on=note "$tmp/note.md"
	expect_status 1 "$STATUSGEN" lint --output-format=$format --werror "$tmp/note.md"
	expect_status 1 "$STATUSGEN" lint --output-format=$format "$doc"
done
expect_status 2 "$STATUSGEN" lint --fail-on=fatal "$tmp/note.md"
expect_grep "unknown severity 'fatal' for --fail-on" "$tmp/err" "--fail-on=fatal"
expect_status 2 "$STATUSGEN" lint --output-format=xml "$tmp/note.md"
expect_grep "unknown output format 'xml'" "$tmp/err" "--output-format=xml"

# --disable leaves findings out, --enable brings them back; an unknown
# rule is a usage error.
expect_status 0 "$STATUSGEN" lint --fail-on=warning --disable=misspelled-phrase "$tmp/warning.md"
[ -s "$tmp/err" ] && fail "--disable=misspelled-phrase printed: $(cat "$tmp/err")" || pass
expect_status 1 "$STATUSGEN" lint --fail-on=warning --disable=all --enable=misspelled-phrase \
	"$tmp/warning.md"
expect_grep "\[misspelled-phrase\]$" "$tmp/err" "--disable=all --enable=misspelled-phrase"
expect_status 0 "$STATUSGEN" lint --disable=case-only,misspelled-phrase "$tmp/warning.md" "$tmp/note.md"
[ -s "$tmp/err" ] && fail "--disable=A,B printed: $(cat "$tmp/err")" || pass
expect_status 2 "$STATUSGEN" lint --disable=misspeled-phrase "$tmp/warning.md"
expect_grep "no rule is called 'misspeled-phrase'" "$tmp/err" "--disable of no rule"

# -o FILE: the same report, written through the output set.
expect_status 1 "$STATUSGEN" lint --output-format=json "$doc"
cp "$tmp/out" "$tmp/stdout.json"
expect_status 1 "$STATUSGEN" lint --output-format=json -o "$tmp/report.json" "$doc"
cmp -s "$tmp/stdout.json" "$tmp/report.json" && pass || fail "-o FILE differs from standard output"
[ -s "$tmp/out" ] && fail "-o FILE printed on standard output" || pass
expect_status 1 "$STATUSGEN" lint -o "$tmp/report.txt" "$doc"
grep -v '^statusgen:' "$tmp/err" | grep -q . && fail "gcc -o FILE printed findings" || pass
expect_grep "^$doc:5: error: duplicate code 404 (first at line 3) \[duplicate-code\]$" \
	"$tmp/report.txt" "gcc -o FILE"
expect_status 1 "$STATUSGEN" lint --output-format=json -o "$tmp/no/such/dir/r.json" "$doc"
expect_grep "^statusgen: error: " "$tmp/err" "-o into no directory"

# The program's own errors go to standard error; the report is still
# whole, and says it is not complete.
expect_status 1 "$STATUSGEN" lint --output-format=json "$tmp/warning.md" "$tmp/missing.md"
expect_grep "^statusgen: error: cannot open '$tmp/missing.md'" "$tmp/err" "missing file"
"$python" -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(r["summary"]["complete"] or len(r["findings"]) != 1)' \
	"$tmp/out" && pass || fail "json report with a missing file: $(cat "$tmp/out")"
expect_status 1 "$STATUSGEN" lint --output-format=sarif "$tmp/missing.md"
"$python" -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(r["runs"][0]["invocations"][0]["executionSuccessful"])' \
	"$tmp/out" && pass || fail "sarif report with a missing file says it succeeded"

# A machine report that cannot be written is an error.
if [ -w /dev/full ]; then
	"$STATUSGEN" lint --output-format=json "$tmp/note.md" >/dev/full 2>"$tmp/err"
	[ $? -eq 1 ] && pass || fail "json to /dev/full did not exit 1"
	expect_grep "write error" "$tmp/err" "json to /dev/full"
fi

# GitHub's escaping: a message or path with '%', ',' or ':' stays whole.
mkdir -p "$tmp/a,b:c%"
printf '### 404 Not Fuond\n' >"$tmp/a,b:c%/p.md"
expect_status 0 "$STATUSGEN" lint --output-format=github "$tmp/a,b:c%/p.md"
expect_grep "^::warning file=$tmp/a%2Cb%3Ac%25/p.md,line=1,col=9,endColumn=18,title=statusgen misspelled-phrase::404 is called 'Not Fuond' here" \
	"$tmp/out" "github escaping"

finish
