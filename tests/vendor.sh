#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/vendor/codes.xml: vendor codes are kept apart from the registry.
# One the registry assigns is an error naming both, in 'check' (and every
# command that reads the data directory) and in 'update-registry', which
# then changes nothing; a malformed entry is an error at its line.
# --vendor adds the named vendors' codes to the outputs, marked.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: jq is not installed"
	exit 77
fi
mkdir -p "$tmp/d/sources/en"
cp -R "$srcdir/data/registry" "$srcdir/data/vendor" "$tmp/d/"
chmod -R u+w "$tmp/d"
printf '## Success\n\n### 200 OK\n\nFine.\n' >"$tmp/d/sources/en/x.md"
expect_status 0 "$STATUSGEN" check --data "$tmp/d"

# --vendor adds a vendor's codes, marked: JSON, C, Markdown.
expect_status 0 "$STATUSGEN" json --data "$tmp/d" --vendor nginx,aws-elb -o "$tmp/v.json"
[ "$(jq -c '[.statuses[] | select(.vendor) | [.code, .vendor, .registered, .reason]] | .[0, 8]' "$tmp/v.json")" = \
'[444,"nginx",false,"No Response"]
[499,"nginx",false,"Client Closed Request"]' ] && pass || fail "--vendor: $(jq -c '[.statuses[] | select(.vendor) | .code]' "$tmp/v.json")"
[ "$(jq '[.statuses[] | select(.vendor)] | length' "$tmp/v.json")" = 10 ] && pass || fail "--vendor nginx,aws-elb: not 10 codes"
jq -e '.inputs | index("vendor/codes.xml")' "$tmp/v.json" >/dev/null && pass || fail "vendor/codes.xml is not an input"
expect_status 0 "$STATUSGEN" json --data "$tmp/d" -o "$tmp/none.json"
[ "$(jq '[.statuses[] | select(.vendor or .code == 499)] | length' "$tmp/none.json")" = 0 ] && pass ||
	fail "vendor codes without --vendor"
expect_status 0 "$STATUSGEN" c --data "$tmp/d" --vendor cloudflare --header "$tmp/v.h" --source "$tmp/v.c"
expect_grep '^	HTTP_STATUS_WEB_SERVER_IS_DOWN = 521, /\* not in the IANA registry \*/$' "$tmp/v.h" "C: 521's enumerator"
expect_grep '16u }, /\* not registered: a code of cloudflare \*/$' "$tmp/v.c" "C: the vendor in the table"
expect_status 0 "$STATUSGEN" markdown --data "$tmp/d" --vendor iis --locale en -o "$tmp/v.md"
expect_grep '^### 449 Retry With$' "$tmp/v.md" "Markdown: 449"
expect_status 0 "$STATUSGEN" check --data "$tmp/d" --vendor iis
expect_status 1 "$STATUSGEN" check --data "$tmp/d" --vendor nginx,bogus
expect_grep "^$tmp/d/vendor/codes.xml: error: no vendor 'bogus' in the vendor list (--vendor)\$" "$tmp/err" \
	"an unknown vendor"
if python3 -c 'import jsonschema' 2>/dev/null; then
	expect_status 0 python3 "$srcdir/tests/validate-json.py" "$srcdir/data/http-status.schema.json" "$tmp/v.json"
	jq '(.statuses[] | select(.code == 499) | .registered) = true' "$tmp/v.json" >"$tmp/v-bad.json"
	expect_status 1 python3 "$srcdir/tests/validate-json.py" "$srcdir/data/http-status.schema.json" "$tmp/v-bad.json"
	jq '(.statuses[] | select(.code == 499) | .vendor) = 7' "$tmp/v.json" >"$tmp/v-bad.json"
	expect_status 1 python3 "$srcdir/tests/validate-json.py" "$srcdir/data/http-status.schema.json" "$tmp/v-bad.json"
fi

# The registry assigns 499, which nginx's list holds: a clash.
sed 's|<value>452-499</value>|<value>452-498</value>|' "$srcdir/data/registry/http-status-codes.xml" |
	sed 's|^  </registry>|    <record><value>499</value><description>Client Gone</description><xref type="rfc" data="rfc9999"/></record>\n  </registry>|' \
	>"$tmp/new.xml"
grep -q '<value>499</value>' "$tmp/new.xml" || fail "the test's registry has no 499"
line=$(grep -n 'value="499"' "$srcdir/data/vendor/codes.xml" | cut -d: -f1)
cp "$tmp/new.xml" "$tmp/d/registry/http-status-codes.xml"
expect_status 1 "$STATUSGEN" check --data "$tmp/d"
expect_grep "^$tmp/d/vendor/codes.xml:$line: error: nginx's code 499 ('Client Closed Request') is assigned by the registry '$tmp/d/registry/http-status-codes.xml' (line [0-9]*) as 'Client Gone'\$" \
	"$tmp/err" "check: a clash"

# update-registry refuses a registry that assigns a vendor's code.
cp "$srcdir/data/registry/http-status-codes.xml" "$tmp/d/registry/http-status-codes.xml"
expect_status 1 "$STATUSGEN" update-registry --data "$tmp/d" "$tmp/new.xml"
expect_grep "^$tmp/d/vendor/codes.xml:$line: error: nginx's code 499 ('Client Closed Request') is assigned by the registry '$tmp/new.xml' (line [0-9]*) as 'Client Gone'\$" \
	"$tmp/err" "update-registry: a clash"
expect_grep "error: the new registry assigns a code a vendor uses; '$tmp/d/registry/http-status-codes.xml' is unchanged" \
	"$tmp/err" "update-registry: unchanged"
cmp -s "$srcdir/data/registry/http-status-codes.xml" "$tmp/d/registry/http-status-codes.xml" && pass ||
	fail "update-registry changed the registry"

# Malformed entries.
cat >"$tmp/d/vendor/codes.xml" <<'XML'
<vendors>
  <vendor name="x">
    <code value="49x" reference="https://example.org/">Odd</code>
    <code value="498">No Reference</code>
  </vendor>
</vendors>
XML
expect_status 1 "$STATUSGEN" check --data "$tmp/d"
expect_grep "^$tmp/d/vendor/codes.xml:3: error: '49x' is not a status code\$" "$tmp/err" "a bad code"
expect_grep "^$tmp/d/vendor/codes.xml:4: error: a vendor code needs a phrase and a 'reference'\$" "$tmp/err" \
	"no reference"
finish
