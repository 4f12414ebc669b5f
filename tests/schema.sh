#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# data/http-status.schema.json describes http-status.json exactly: what
# statusgen writes is valid (the seeds, a data directory without a
# registry, an unregistered code kept), and each deliberately broken
# variant is rejected at the place that is wrong.  The validator is
# python3-jsonschema's Draft202012Validator, with formats checked.
. "$srcdir/tests/lib.sh"
schema="$srcdir/data/http-status.schema.json"

python=
for py in ${PYTHON3:-} python3 /usr/bin/python3; do
	if "$py" -c 'import jsonschema; jsonschema.Draft202012Validator' >/dev/null 2>&1; then
		python=$py
		break
	fi
done
if [ -z "$python" ]; then
	echo "SKIP: no python3 with jsonschema 4 (install the Debian package 'python3-jsonschema')"
	exit 77
fi
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: jq is not installed"
	exit 77
fi
validate() { "$python" "$srcdir/tests/validate-json.py" "$schema" "$@"; }

# What statusgen writes is valid.
"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$srcdir/po" --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate failed"
json="$tmp/gen/http-status.json"
expect_status 0 validate "$json"
[ "$(jq -r '."$schema"' "$json")" = "$(jq -r '."$id"' "$schema")" ] && pass ||
	fail "the JSON's \$schema is not the schema's \$id"
[ "$(jq -r '."$schema"' "$schema")" = https://json-schema.org/draft/2020-12/schema ] && pass ||
	fail "the schema is not draft 2020-12"

# So is the JSON of a data directory without a registry (codes
# unregistered, no dates), and of one with an unregistered code kept.
mkdir -p "$tmp/d/sources/en" "$tmp/d/sources/de"
printf '## Client Error\n\n### 404 Not Found\n\nGone.\n\n### 499 Client Closed Request\n\nThe client left.\n' \
	>"$tmp/d/sources/en/codes.md"
printf '<table><tr><th>code</th><th>localized name</th><th>description</th></tr>\n<tr><td>404</td><td>Nicht gefunden</td><td></td></tr></table>\n' \
	>"$tmp/d/sources/de/codes.html"
"$STATUSGEN" json --data "$tmp/d" -o "$tmp/noreg.json" 2>/dev/null || fail "json without a registry"
expect_status 0 validate "$tmp/noreg.json"
cp -R "$srcdir/data/registry" "$tmp/d/registry"
"$STATUSGEN" json --data "$tmp/d" --allow-unregistered -o "$tmp/unreg.json" 2>/dev/null ||
	fail "json --allow-unregistered"
expect_status 0 validate "$tmp/unreg.json"
jq -e '.statuses[] | select(.code == 499) | .registered == false' "$tmp/unreg.json" >/dev/null &&
	pass || fail "499 is not kept unregistered"

# So is the JSON with vendors' codes (--vendor): "vendor" on those only.
"$STATUSGEN" json --data "$srcdir/data" --vendor nginx -o "$tmp/vendor.json" 2>/dev/null ||
	fail "json --vendor nginx"
expect_status 0 validate "$tmp/vendor.json"
at499='(.statuses[] | select(.code == 499))'
jq "$at499.vendor = 499" "$tmp/vendor.json" >"$tmp/vendor-number.json"
expect_status 1 validate "$tmp/vendor-number.json"
expect_grep ': \$.statuses\[[0-9]*\].vendor: ' "$tmp/out" "vendor-number"
jq "$at499.registered = true" "$tmp/vendor.json" >"$tmp/vendor-registered.json"
expect_status 1 validate "$tmp/vendor-registered.json"
expect_grep ': \$.statuses\[[0-9]*\].registered: ' "$tmp/out" "vendor-registered"

# broken NAME JQ-FILTER WHERE: the seeds' JSON changed by the filter is
# rejected, with an error at WHERE (a JSON path).  The JSON of the zh_CN
# catalog alone: the filters name zh_CN, and a JSON of every language
# would only make each validation longer.
mkdir "$tmp/zh_CN"
cp "$srcdir/po/zh_CN.po" "$tmp/zh_CN/"
echo zh_CN >"$tmp/zh_CN/LINGUAS"
"$STATUSGEN" json --data "$srcdir/data" --po-dir "$tmp/zh_CN" -o "$tmp/zh_CN.json" 2>/dev/null ||
	fail "json with zh_CN alone"
expect_status 0 validate "$tmp/zh_CN.json"
json="$tmp/zh_CN.json"
broken() {
	jq "$2" "$json" >"$tmp/$1.json" || { fail "jq filter for $1"; return; }
	expect_status 1 validate "$tmp/$1.json"
	if grep -qF ": $3: " "$tmp/out"; then
		pass
	else
		fail "$1: no error at $3:"
		sed 's/^/    /' "$tmp/out"
	fi
}
at104='(.statuses[] | select(.code == 104))'
broken code-string '.statuses[0].code = "404"' '$.statuses[0].code'
broken code-600 '.statuses[63].code = 600' '$.statuses[63].code'
broken code-99 '.statuses[0].code = 99' '$.statuses[0].code'
broken no-reference 'del(.statuses[0].reference)' '$.statuses[0]'
broken no-locales 'del(.locales)' '$'
broken extra-key '.statuses[0].status = "ok"' '$.statuses[0]'
broken extra-top-key '.extra = 1' '$'
broken extra-source-key '.statuses[0].sources[0].column = 1' '$.statuses[0].sources[0]'
broken class-7 '.statuses[0].class = 7' '$.statuses[0].class'
broken class-of-code '.statuses[0].class = 2' '$.statuses[0].class'
broken bad-date "$at104.expires = \"2026-02-30\"" '$.statuses[4].expires'
broken bad-date-form "$at104.registration_date = \"13 Nov 2024\"" '$.statuses[4].registration_date'
broken registry-date '.registry_updated = "2025-9-15"' '$.registry_updated'
broken temporary-no-date "$at104.expires = null" '$.statuses[4].expires'
broken date-not-temporary '.statuses[0].expires = "2026-11-13"' '$.statuses[0].expires'
broken flag-string '.statuses[0].unused = "false"' '$.statuses[0].unused'
broken unused-with-reason '(.statuses[] | select(.code == 306) | .reason) = "Switch Proxy"' '$.statuses[21].reason'
broken locale-key '.statuses[0].translations["zh-CN"] = {"reason": null, "description": null}' '$.statuses[0].translations'
broken translation-number '.statuses[0].translations.zh_CN.reason = 100' '$.statuses[0].translations.zh_CN.reason'
broken translation-key '.statuses[0].translations.zh_CN.name = "继续"' '$.statuses[0].translations.zh_CN'
broken class-translation '.classes[0].translations.zh_CN = ["消息"]' '$.classes[0].translations.zh_CN'
broken class-order '.classes |= reverse' '$.classes[0].class'
broken empty-reason '.statuses[0].reason = ""' '$.statuses[0].reason'
broken former-name-twice '.statuses[0].former_names = ["Go On", "Go On"]' '$.statuses[0].former_names'
broken no-variants 'del(.statuses[0].variants)' '$.statuses[0]'
broken unused-translated "(.statuses[] | select(.code == 306) | .translations.zh_CN.reason) = \"未使用\"" '$.statuses[21].translations.zh_CN.reason'
broken no-unused-label 'del(.unused_label)' '$'
broken unused-label-number '.unused_label.translations.zh_CN = 1' '$.unused_label.translations.zh_CN'
broken line-0 '.statuses[0].seen_in[0].line = 0' '$.statuses[0].seen_in[0].line'
broken field-name '.statuses[0].sources[0].field = "name"' '$.statuses[0].sources[0].field'
broken absolute-file '.statuses[0].sources[0].file = "/etc/passwd"' '$.statuses[0].sources[0].file'
broken cacheable-string '.statuses[0].cacheable = "true"' '$.statuses[0].cacheable'
broken cacheable-missing 'del(.statuses[0].cacheable)' '$.statuses[0]'
broken retry-after-number '.statuses[0].retry_after = 1' '$.statuses[0].retry_after'
broken retry-after-missing 'del(.statuses[0].retry_after)' '$.statuses[0]'
broken unused-cacheable "(.statuses[] | select(.code == 306) | .cacheable) = true" '$.statuses[21].cacheable'
broken schema-ref '."$schema" = "https://json-schema.org/draft/2020-12/schema"' '$.$schema'
finish
