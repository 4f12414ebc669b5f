#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The artifacts, as real consumers read them.  JSON: jq parses the
# generated http-status.json and checks the shape other tools rely on.
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: jq is not installed"
	exit 77
fi

"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$srcdir/po" --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate failed"
json="$tmp/gen/http-status.json"

jq_true() { # FILTER WHAT
	if [ "$(jq "$1" "$json")" = true ]; then pass; else fail "$2 ($1)"; fi
}

jq_true '.generator | startswith("statusgen ")' "generator names the tool"
jq_true '.inputs == ["registry/http-status-codes.xml", "registry/former-names.xml", "registry/semantics.xml", "sources/en/http-status.md", "sources/zh_CN/status-codes-table.html", "sources/zh_CN/status-codes.md"] + (.locales | map("po/" + . + ".po"))' "inputs listed"
jq_true '.registry_updated == "2025-09-15"' "registry date"
jq_true '.locales == ["ar", "cs", "de", "es", "fr", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt_BR", "ru", "sv", "th", "tr", "uk", "vi", "zh_CN", "zh_TW"]' "locales: every language of po/LINGUAS"
jq_true '[.classes[].class] == [1, 2, 3, 4, 5]' "five classes"
jq_true '[.classes[].translations.zh_CN] == ["信息", "成功", "重定向", "客户端错误", "服务器错误"]' "class names"
jq_true '.statuses | length == 64' "every registered code: 62 assigned, 2 unused"
jq_true '[.classes[].name] == ["Informational", "Successful", "Redirection", "Client Error", "Server Error"]' "English class names"
jq_true '[.statuses[] | select(.unused)] | map(.code) == [306, 418]' "unused codes"
jq_true '[.statuses[] | select(.obsolete)] | map(.code) == [510]' "obsolete codes"
jq_true '[.statuses[] | select(.temporary)] | map({code, expires}) == [{"code": 104, "expires": "2026-11-13"}]' "temporary codes"
jq_true 'all(.statuses[]; .registered and (.reference | type == "string"))' "every code registered, with a reference"
jq_true 'all(.statuses[] | select(.unused | not); .description | type == "string" and length > 20)' "English description for every assigned code"
jq_true '.statuses[] | select(.code == 413) | .reason == "Content Too Large" and .former_names == ["Request Entity Too Large", "Payload Too Large"] and .variants == []' "413 keeps its former names"
jq_true '[.statuses[] | select(.unused) | [.reason, .translations.zh_CN.reason]] == [[null, null], [null, null]]' "an unused code has no phrase, in any language"
line=$(grep -n '^msgctxt "unused label"$' "$srcdir/po/zh_CN.po" | cut -d: -f1)
jq_true '.unused_label.name == "Unused" and .unused_label.translations.zh_CN == "未使用" and .unused_label.sources[0] == {"file": "registry/http-status-codes.xml", "line": 133} and (.unused_label.sources[] | select(.locale == "zh_CN")) == {"locale": "zh_CN", "file": "po/zh_CN.po", "line": '"$line"'}' "the unused label, from the registry and the catalog"
jq_true '(.unused_label.translations | keys) == .locales and ([.unused_label.sources[1:][].locale] == .locales) and all(.unused_label.sources[1:][]; .file == "po/" + .locale + ".po")' "the unused label, in every language, from its catalog"
jq_true '[.statuses[].code] == ([.statuses[].code] | sort | unique)' "sorted by code, unique"
jq_true 'all(.statuses[]; .code >= 100 and .code <= 599 and .class == (.code / 100 | floor))' "code and class agree"
jq_true 'all(.statuses[]; (.translations.zh_CN | keys) == ["description", "reason"])' "fixed translation shape"
jq_true 'all(.statuses[] | select(.unused | not); .reason | type == "string")' "every assigned code has an English phrase"
jq_true '.statuses[] | select(.code == 404) | .reason == "Not Found" and .translations.zh_CN.reason == "没有找到"' "404"
jq_true '.statuses[] | select(.code == 302) | .reason == "Found" and .former_names == ["Moved Temporarily"] and .variants == ["Move Temporarily"]' "302: a former name, and a document's variant apart"
jq_true 'all(.statuses[]; (.former_names | type == "array") and (.variants | type == "array") and .variants == (.variants | sort) and (has("aliases") | not))' "former_names and variants, sorted variants"
jq_true '[.statuses[].sources[].field] | unique == ["description", "former_names", "reason", "reference", "variants"]' "provenance fields"
jq_true '.statuses[] | select(.code == 504) | .translations.zh_CN == {"reason": "网关超时", "description": "充当网关或代理的服务器需要上游服务器的响应才能完成请求，但未能及时收到。"}' "504"
jq_true '[.statuses[] | select(.translations.zh_CN.description != null) | .code] == [.statuses[] | select(.unused | not) | .code]' "a Chinese description for every assigned code"
jq_true 'all(.statuses[] | select(.unused | not); .translations.zh_CN.reason | type == "string")' "every assigned code has a Chinese reason"
jq_true 'all(.statuses[].sources[]; .file | test("^(sources|registry|po)/"))' "provenance is relative to the data or po directory"
finish
