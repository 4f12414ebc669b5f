#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make installcheck: what 'make install' put in place works for a user and
# for a consumer.  The Makefile passes bindir, pkgdatadir, localedir,
# pkgconfigdir, mandir, CC and srcdir.
set -u
failures=0
fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/statusgen-installcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
statusgen="$bindir/statusgen"

# The installed program, with no data options, from an empty directory.
if "$statusgen" generate --output-dir out 2>err; then
	for f in http-status.json http-status.pot http_status.h http_status.c \
	         http-status.en.md http-status.zh_CN.md; do
		[ -s "out/$f" ] || fail "generate wrote no out/$f"
	done
else
	fail "installed 'statusgen generate --output-dir out' failed:"
	cat err
fi
# lint needs no flags: the installed program has the registry built in.
printf '### 404 Not Fuond\n' >page.md
if "$statusgen" lint page.md 2>err; then
	echo "page.md:1: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' [misspelled-phrase]" >want
	cmp -s want err || { fail "installed 'statusgen lint page.md' printed:"; cat err; }
else
	fail "installed 'statusgen lint page.md' failed:"
	cat err
fi
[ -f "$mandir/man1/statusgen.1" ] || fail "no manual at $mandir/man1/statusgen.1"

# The pkg-config file, and what its variables point at.
pc() { PKG_CONFIG_PATH="$pkgconfigdir" pkg-config --variable="$1" statusgen; }
domain=$(pc domain)
[ "$domain" = http-status ] || fail "pkg-config --variable=domain statusgen gives '$domain'"
[ "$(pc localedir)" = "$localedir" ] || fail "localedir variable '$(pc localedir)' is not '$localedir'"
[ "$(pc datadir)" = "$pkgdatadir" ] || fail "datadir variable '$(pc datadir)' is not '$pkgdatadir'"
json="$(pc jsondir)/http-status.json"
[ -s "$json" ] || fail "no dataset at $json"
if "$statusgen" generate --output-dir out 2>/dev/null && ! cmp -s out/http-status.json "$json"; then
	# Only a registration expiring between build and now could differ.
	diff out/http-status.json "$json" | grep -v expire | grep -q '^[<>]' &&
		fail "installed $json differs from what the installed program generates"
fi

# The JSON Schema is installed beside the dataset, where the dataset's
# "$schema" (a reference relative to the JSON file) leads, and the
# installed dataset is valid under it.
schema="$(pc jsondir)/http-status.schema.json"
ref=$(jq -r '."$schema"' "$json")
if [ ! -s "$schema" ]; then
	fail "no JSON Schema at $schema"
elif [ "$(dirname "$json")/$ref" != "$schema" ]; then
	fail "the dataset's \$schema '$ref' does not lead to $schema"
else
	for py in ${PYTHON3:-} python3 /usr/bin/python3; do
		if "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' >/dev/null 2>&1; then
			"$py" "$srcdir/tests/validate-json.py" "$schema" "$json" ||
				fail "the installed dataset is not valid under the installed schema"
			break
		fi
	done
fi

# lint's JSON report is valid under the schema installed for it.
lint_schema="$pkgdatadir/lint-report.schema.json"
printf '### 404 Not Fuond\n' >lint-page.md
"$statusgen" lint --output-format=json lint-page.md >lint-report.json 2>/dev/null
if [ ! -s "$lint_schema" ]; then
	fail "no lint report schema at $lint_schema"
else
	for py in ${PYTHON3:-} python3 /usr/bin/python3; do
		if "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' >/dev/null 2>&1; then
			"$py" "$srcdir/tests/validate-json.py" "$lint_schema" lint-report.json ||
				fail "lint's JSON report is not valid under the installed schema"
			break
		fi
	done
fi

# A C program looks 404 up in the installed catalog, as doc/c-api.md shows,
# and gets the phrase the dataset gives zh_CN.
want=$(jq -r '.statuses[] | select(.code == 404) | .translations.zh_CN.reason' "$json")
gettext_h=$(dirname "$(command -v msgfmt)")/../share/gettext
if [ ! -f "$gettext_h/gettext.h" ]; then
	fail "no gettext.h in $gettext_h (Debian package 'gettext')"
elif ! ${CC:-cc} -DENABLE_NLS=1 -I"$gettext_h" -o consumer "$srcdir/tests/install/consumer.c"; then
	fail "the catalog consumer does not compile"
else
	LC_ALL=C.UTF-8 LANGUAGE=zh_CN ./consumer "$(pc localedir)" "$domain" >got
	printf '%s\n%s\n' "$want" "$want" >want
	if [ -z "$want" ] || [ "$want" = null ] || ! cmp -s want got; then
		fail "404 in the installed catalog: got '$(tr '\n' ' ' <got)', expected '$want' twice"
	fi
fi

# The program speaks the user's language from its installed catalog.
LC_ALL=C.UTF-8 LANGUAGE=zh_CN "$statusgen" --help >help
grep -q '^用法：' help || fail "LANGUAGE=zh_CN statusgen --help is not in Chinese"

[ "$failures" -eq 0 ] && echo "installcheck: all passed"
[ "$failures" -eq 0 ]
