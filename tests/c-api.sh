#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The C API that consumers reach for, probed from the inside by
# tests/c/api_probe.c, built with gcc and with clang (C99, -Wall -Wextra
# -Werror) against C tables generated from data/ and po/: every class
# predicate on every int that matters, both flags of every registered
# code, and http_status_from_reason() and _l10n() on every name, former
# name and translation, their case, spacing and punctuation variants,
# misspellings and NULL.  The expectations come from the JSON of the
# same run; the folding from tests/c/fold-cases, the table the program's
# own folding is checked on (tests/unit/test_loose).
. "$srcdir/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
	echo "SKIP: jq is not installed"
	exit 77
fi
compilers=
for cc in gcc clang; do
	command -v $cc >/dev/null 2>&1 && compilers="$compilers $cc"
done
if [ -z "$compilers" ]; then
	echo "SKIP: neither gcc nor clang is installed"
	exit 77
fi
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH

"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$srcdir/po" --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate failed"
json="$tmp/gen/http-status.json"

# What each mode reads: the names, then the former names, in the order
# that decides a phrase two codes share (a code's own name first, then
# the lower code); the zh_CN phrases; each code's flags.
{
	jq -r '.statuses[] | select(.reason != null) | "\(.code)\t\(.reason)"' "$json"
	jq -r '.statuses[] | .code as $c | .former_names[] | "\($c)\t\(.)"' "$json"
} >"$tmp/names"
{
	cat "$tmp/names"
	echo locale
	jq -r '.statuses[] | select(.translations.zh_CN.reason != null) |
		"\(.code)\t\(.translations.zh_CN.reason)"' "$json"
} >"$tmp/l10n"
jq -r '.statuses[] | "\(.code)\t\((if .unused then 1 else 0 end) + (if .obsolete then 2 else 0 end) +
	(if .temporary then 4 else 0 end) + (if .expired then 8 else 0 end) +
	(if .registered then 0 else 16 end) + (if .cacheable then 32 else 0 end) +
	(if .retry_after then 64 else 0 end))"' "$json" >"$tmp/flags"
# The JSON's semantics are the specifications' (issue 24): heuristically
# cacheable, RFC 9110 section 15.1; Retry-After defined: every 3xx in use
# (10.2.3), 413 (15.5.14), 429 (RFC 6585, 4), 503 (15.6.4).
[ "$(jq -c '[.statuses[] | select(.cacheable) | .code]' "$json")" = \
	'[200,203,204,206,300,301,308,404,405,410,414,501]' ] && pass ||
	fail "cacheable: $(jq -c '[.statuses[] | select(.cacheable) | .code]' "$json")"
[ "$(jq -c '[.statuses[] | select(.retry_after) | .code]' "$json")" = \
	'[300,301,302,303,304,305,307,308,413,429,503]' ] && pass ||
	fail "retry_after: $(jq -c '[.statuses[] | select(.retry_after) | .code]' "$json")"
[ "$(wc -l <"$tmp/names")" -ge 75 ] && pass || fail "fewer names than expected in the JSON"

# probe CC MODE [ARG] <INPUT: run the probe built by CC; it must say "ok".
probe() {
	cc=$1
	shift
	"$tmp/probe-$cc" "$@" >"$tmp/probe.out" 2>&1
	if [ $? -eq 0 ] && grep -q '^ok [0-9]' "$tmp/probe.out"; then
		pass
	else
		fail "$cc probe $*:"
		head -20 "$tmp/probe.out"
	fi
}

for cc in $compilers; do
	if $cc -std=c99 -Wall -Wextra -Werror -I"$tmp/gen" "$srcdir/tests/c/api_probe.c" \
		-o "$tmp/probe-$cc" 2>"$tmp/cc.err"; then
		pass
	else
		fail "$cc could not build tests/c/api_probe.c:"
		head -20 "$tmp/cc.err"
		continue
	fi
	probe $cc predicates </dev/null
	probe $cc fold "$srcdir/tests/c/fold-cases" </dev/null
	probe $cc names <"$tmp/names"
	probe $cc l10n zh_CN.UTF-8 <"$tmp/l10n"
	probe $cc l10n zh <"$tmp/l10n"
	probe $cc flags <"$tmp/flags"
done

# The same code under another prefix: every new name is renamed.
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$srcdir/po" --prefix myapp_status \
	--header "$tmp/myapp.h" --source "$tmp/myapp.c" 2>/dev/null || fail "c --prefix failed"
cat >"$tmp/myapp-main.c" <<'EOF'
#include "myapp.h"
int main(void)
{
	return !(MYAPP_STATUS_IS_CLIENT_ERROR(404) && MYAPP_STATUS_IS_ERROR(503) &&
		 !MYAPP_STATUS_IS_SUCCESS(600) && myapp_status_from_reason("request time-out") == 408 &&
		 myapp_status_from_reason_l10n("Not Found", "zh_CN") == 404 &&
		 MYAPP_STATUS_REGISTRY_UPDATED[0] == '2');
}
EOF
for cc in $compilers; do
	if $cc -std=c99 -Wall -Wextra -Werror -I"$tmp" "$tmp/myapp-main.c" "$tmp/myapp.c" \
		-o "$tmp/myapp" 2>"$tmp/cc.err" && "$tmp/myapp"; then
		pass
	else
		fail "$cc: the API under --prefix myapp_status:"
		head -10 "$tmp/cc.err"
	fi
done
grep -q 'http_status\|HTTP_STATUS' "$tmp/myapp.h" "$tmp/myapp.c" &&
	fail "a name kept the default prefix: $(grep -o '[a-zA-Z_]*\(http_status\|HTTP_STATUS\)[a-zA-Z_]*' "$tmp/myapp.h" "$tmp/myapp.c" | sort -u | head -5)" ||
	pass

# The registry's date is the header's, and the JSON's.
grep -q "^#define HTTP_STATUS_REGISTRY_UPDATED \"$(jq -r .registry_updated "$json")\"\$" "$tmp/gen/http_status.h" &&
	pass || fail "HTTP_STATUS_REGISTRY_UPDATED is not the registry's date"
# Without a registry there is none to give.
mkdir -p "$tmp/noreg/sources/en"
printf '## Client Error\n\n### 404 Not Found\n\nGone.\n' >"$tmp/noreg/sources/en/x.md"
"$STATUSGEN" c --data "$tmp/noreg" --header "$tmp/noreg.h" --source "$tmp/noreg.c" 2>/dev/null ||
	fail "c without a registry failed"
grep -q 'define HTTP_STATUS_REGISTRY_UPDATED' "$tmp/noreg.h" &&
	fail "HTTP_STATUS_REGISTRY_UPDATED without a registry" || pass
finish
