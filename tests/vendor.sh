#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/vendor/codes.xml: vendor codes are kept apart from the registry.
# One the registry assigns is an error naming both, in 'check' (and every
# command that reads the data directory) and in 'update-registry', which
# then changes nothing; a malformed entry is an error at its line.
. "$srcdir/tests/lib.sh"
mkdir -p "$tmp/d/sources/en"
cp -R "$srcdir/data/registry" "$srcdir/data/vendor" "$tmp/d/"
chmod -R u+w "$tmp/d"
printf '## Success\n\n### 200 OK\n\nFine.\n' >"$tmp/d/sources/en/x.md"
expect_status 0 "$STATUSGEN" check --data "$tmp/d"

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
