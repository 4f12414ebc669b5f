#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/registry/semantics.xml: what the specifications say of registered
# codes (heuristically cacheable; Retry-After defined) reaches the JSON,
# and a list naming a code the registry does not assign, or marks
# unused, or a property without a reference, is an error at its line.
. "$srcdir/tests/lib.sh"
mkdir -p "$tmp/d"
cp -R "$srcdir/data/registry" "$tmp/d/registry"
chmod -R u+w "$tmp/d"
mkdir -p "$tmp/d/sources/en"
printf '## Success\n\n### 200 OK\n\nFine.\n' >"$tmp/d/sources/en/x.md"

# write_semantics BODY: semantics.xml with BODY as its properties.
write_semantics() {
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<semantics>\n%s\n</semantics>\n' "$1" \
		>"$tmp/d/registry/semantics.xml"
}

write_semantics '<property name="cacheable" reference="RFC9110, Section 15.1" codes="200"/>'
expect_status 0 "$STATUSGEN" json --data "$tmp/d" -o "$tmp/ok.json"
grep -q '"cacheable": true' "$tmp/ok.json" && pass || fail "200 is not cacheable"
grep -q '"registry/semantics.xml"' "$tmp/ok.json" && pass || fail "semantics.xml is not an input"

write_semantics '<property name="retry-after" reference="RFC9110, Section 10.2.3" codes="300 306 599 30x"/>'
expect_status 1 "$STATUSGEN" json --data "$tmp/d" -o "$tmp/bad.json"
expect_grep "^$tmp/d/registry/semantics.xml:3: error: '306' is not a registered code in use\$" "$tmp/err" "306"
expect_grep "^$tmp/d/registry/semantics.xml:3: error: '599' is not a registered code in use\$" "$tmp/err" "599"
expect_grep "^$tmp/d/registry/semantics.xml:3: error: '30x' is not a registered code in use\$" "$tmp/err" "30x"
[ -e "$tmp/bad.json" ] && fail "a JSON was written" || pass

write_semantics '<property name="retryable" reference="x" codes="503"/>
<property name="cacheable" codes="200"/>'
expect_status 1 "$STATUSGEN" check --data "$tmp/d"
expect_grep "^$tmp/d/registry/semantics.xml:3: error: unknown property 'retryable'\$" "$tmp/err" "unknown property"
expect_grep "^$tmp/d/registry/semantics.xml:4: error: a property needs 'codes' and a 'reference'\$" "$tmp/err" "no reference"
finish
