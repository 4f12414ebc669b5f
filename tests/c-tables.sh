# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by tests/c-gcc.sh and tests/c-clang.sh with CC set: the
# generated C pair, compiled as a vendoring project would compile it,
# and the API's promises checked on the compiled program.
. "$srcdir/tests/lib.sh"
if ! command -v "$CC" >/dev/null 2>&1; then
	echo "SKIP: $CC is not installed"
	exit 77
fi
SOURCE_DATE_EPOCH=1795392000
export SOURCE_DATE_EPOCH
STRICT="-std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wcast-qual -Werror"

build() { # DIR: compile DIR's pair and the consumer into DIR/consumer
	if $CC $STRICT -I"$1" -c "$1/http_status.c" -o "$1/http_status.o" 2>"$tmp/cc.err" &&
	   $CC -std=c99 -I"$1" "$srcdir/tests/c/consumer.c" "$1/http_status.o" \
		-o "$1/consumer" 2>>"$tmp/cc.err"; then
		pass
	else
		fail "$CC could not build the tables in $1:"
		cat "$tmp/cc.err"
	fi
}

"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$srcdir/po" --output-dir "$tmp/gen" 2>/dev/null ||
	fail "generate failed"
build "$tmp/gen"
LC_ALL=C grep -q '[^ -~	]' "$tmp/gen/http_status.h" "$tmp/gen/http_status.c" &&
	fail "generated C is not pure ASCII" || pass

# The API's promises, asserted inside the program.
expect_status 0 "$tmp/gen/consumer" check
expect_grep '^ok$' "$tmp/out" "consumer check"

# Every registered code, as the JSON has it.
expect_status 0 "$tmp/gen/consumer" list
if command -v jq >/dev/null 2>&1; then
	jq -r '.statuses[] | [.code, .class, ((if .unused then 1 else 0 end) + (if .obsolete then 2 else 0 end) + (if .temporary then 4 else 0 end) + (if .expired then 8 else 0 end) + (if .cacheable then 32 else 0 end) + (if .retry_after then 64 else 0 end)), (.reason // "")] | @tsv' \
		"$tmp/gen/http-status.json" >"$tmp/list.expected"
	expect_same "$tmp/list.expected" "$tmp/out" "code table"
fi

# Only codes are members of the enum: a switch with a case for each code's
# own name, and no default, compiles under -Werror (-Wswitch-enum too).
# Former names are deprecated, and say so where one is used, unless
# HTTP_STATUS_NO_DEPRECATED is defined; a document's variant ("Move
# Temporarily", a typo of the seeds) makes no enumerator.
grep -v '_DEPRECATED(' "$tmp/gen/http_status.h" |
	sed -n 's/^	\(HTTP_STATUS_[A-Z0-9_]*\) = [0-9]*.*/\1/p' | grep -v '_CLASS_' >"$tmp/names"
{
	echo '#include "http_status.h"'
	echo 'const char *name(enum http_status s);'
	echo 'const char *name(enum http_status s)'
	echo '{'
	echo '	switch (s) {'
	sed 's/.*/	case &: return "&";/' "$tmp/names"
	echo '	}'
	echo '	return "";'
	echo '}'
} >"$tmp/switch.c"
$CC $STRICT -Wswitch-enum -I"$tmp/gen" -c "$tmp/switch.c" -o "$tmp/switch.o" 2>"$tmp/cc.err" && pass ||
	fail "a switch over every code does not compile: $(head -3 "$tmp/cc.err")"
[ "$(wc -l <"$tmp/names")" -eq 63 ] && pass || fail "expected 63 codes with a name of their own"
printf '#include "http_status.h"\nint f(void);\nint f(void) { return HTTP_STATUS_MOVED_TEMPORARILY; }\n' >"$tmp/former.c"
if $CC $STRICT -I"$tmp/gen" -c "$tmp/former.c" -o "$tmp/former.o" 2>"$tmp/cc.err"; then
	fail "a former name is not deprecated"
else
	expect_grep "HTTP_STATUS_MOVED_TEMPORARILY.* is deprecated: a former name of 302 (RFC 1945); use HTTP_STATUS_FOUND" \
		"$tmp/cc.err" "deprecation warning"
fi
$CC $STRICT -DHTTP_STATUS_NO_DEPRECATED -I"$tmp/gen" -c "$tmp/former.c" -o "$tmp/former.o" 2>"$tmp/cc.err" &&
	pass || fail "HTTP_STATUS_NO_DEPRECATED does not silence it: $(head -3 "$tmp/cc.err")"
grep -q 'MOVE_TEMPORARILY' "$tmp/gen/http_status.h" && fail "a document's variant became an enumerator" || pass
grep -q 'MAX_' "$tmp/gen/http_status.h" && fail "a member that is no code" || pass

# Localized lookups: every spelling of the locale, and the fallbacks.
l10n() { # WHAT CODE LOCALE EXPECTED (index: CODE is "")
	if [ "$1" = index ]; then
		got=$("$tmp/gen/consumer" index "$3")
	else
		got=$("$tmp/gen/consumer" "$1" "$2" "$3")
	fi
	[ "$got" = "$4" ] && pass || fail "$1 $2 in '$3': got '$got', expected '$4'"
}
# What the JSON says of a code (jq_status CODE FILTER), and the index of
# a locale among the embedded ones (every language of po/LINGUAS).
jq_status() {
	jq -r --argjson c "$1" ".statuses[] | select(.code == \$c) | $2" "$tmp/gen/http-status.json"
}
hans=$(jq '.locales | index("zh_CN")' "$tmp/gen/http-status.json")
hant=$(jq '.locales | index("zh_TW")' "$tmp/gen/http-status.json")
for locale in zh_CN zh_CN.UTF-8 zh_CN.utf8@variant zh-CN zh zh_cn ZH_CN; do
	l10n reason 404 "$locale" "没有找到"
done
l10n reason 404 de_DE "$(jq_status 404 .translations.de.reason)"
l10n reason 404 pt-BR "$(jq_status 404 .translations.pt_BR.reason)"
l10n reason 404 fi_FI "Not Found"
l10n reason 404 - "Not Found"
l10n reason 404 "" "Not Found"
l10n reason 404 C "Not Found"
# Traditional Chinese gets the zh_TW catalog's text, never Simplified;
# zh_SG and zh-Hans are Simplified.
for locale in zh_TW zh_HK.UTF-8 zh_MO zh-Hant zh-Hant-CN zh_tw zh-hant; do
	l10n reason 429 "$locale" "$(jq_status 429 .translations.zh_TW.reason)"
	l10n index "" "$locale" "$hant zh_TW"
done
for locale in zh_SG zh-Hans zh-Hans-SG zh_SG.GB18030 zh-Hans-TW; do
	l10n reason 429 "$locale" "请求过多"
	l10n index "" "$locale" "$hans zh_CN"
done
l10n index "" zh_CN.UTF-8 "$hans zh_CN"
l10n index "" - "-1 (null)"
l10n index "" C "-1 (null)"
l10n index "" POSIX "-1 (null)"
l10n reason 999 zh_CN "(null)"
l10n reason 306 zh_CN ""
l10n reason 418 zh_CN ""
l10n reason 306 en ""
l10n description 404 zh_CN "源服务器没有所请求资源的当前表示形式，或者不愿透露是否存在这样的表示形式。它不表明这种情况是暂时的还是永久的。"
l10n description 429 zh_CN "$(jq -r '.statuses[] | select(.code == 429) | .translations.zh_CN.description' "$tmp/gen/http-status.json")"
l10n description 429 fi_FI "$(jq_status 429 .description)"
l10n class 4 zh "客户端错误"
l10n class 4 en_US "Client Error"
l10n class 9 zh "(null)"

# With the Simplified catalog alone, Traditional Chinese falls back to
# English, never to Simplified text.
mkdir -p "$tmp/hans/po"
cp "$srcdir/po/zh_CN.po" "$tmp/hans/po/"
echo zh_CN >"$tmp/hans/po/LINGUAS"
"$STATUSGEN" generate --data "$srcdir/data" --po-dir "$tmp/hans/po" --output-dir "$tmp/hans/gen" \
	2>/dev/null || fail "generate with zh_CN alone"
build "$tmp/hans/gen"
for locale in zh_TW zh_HK.UTF-8 zh_MO zh-Hant zh-Hant-CN zh_tw zh-hant; do
	got="$("$tmp/hans/gen/consumer" reason 429 "$locale") / $("$tmp/hans/gen/consumer" index "$locale")"
	[ "$got" = "Too Many Requests / -1 (null)" ] && pass ||
		fail "429 in '$locale' with zh_CN alone: got '$got', expected English and no index"
done
"$tmp/hans/gen/consumer" check >/dev/null && pass || fail "consumer check with zh_CN alone"

# With a Traditional catalog embedded beside the Simplified one (these
# two alone), each Chinese locale gets its own script's text.
mkdir -p "$tmp/hant/po"
cp -R "$srcdir/data" "$tmp/hant/data"
cp "$srcdir/po/zh_CN.po" "$tmp/hant/po/"
echo zh_CN >"$tmp/hant/po/LINGUAS"
chmod -R u+w "$tmp/hant"
"$STATUSGEN" po --data "$tmp/hant/data" --po-dir "$tmp/hant/po" --locale zh_TW \
	-o "$tmp/hant/zh_TW.po" 2>/dev/null || fail "po --locale zh_TW"
awk '$0 == "msgctxt \"status 404 reason\"" { found = 1 }
	found && /^msgstr / { print "msgstr \"找不到資源\""; found = 0; next }
	{ print }' "$tmp/hant/zh_TW.po" >"$tmp/hant/po/zh_TW.po"
echo zh_TW >>"$tmp/hant/po/LINGUAS"
"$STATUSGEN" generate --data "$tmp/hant/data" --po-dir "$tmp/hant/po" --output-dir "$tmp/hant/gen" \
	2>/dev/null || fail "generate with zh_TW"
build "$tmp/hant/gen"
hant() { # LOCALE EXPECTED-404-REASON EXPECTED-INDEX
	got="$("$tmp/hant/gen/consumer" reason 404 "$1") / $("$tmp/hant/gen/consumer" index "$1")"
	[ "$got" = "$2 / $3" ] && pass || fail "404 in '$1': got '$got', expected '$2 / $3'"
}
for locale in zh_TW zh_HK zh_MO.UTF-8 zh-Hant zh-Hant-HK; do
	hant "$locale" "找不到資源" "1 zh_TW"
done
for locale in zh zh_CN zh_SG zh-Hans zh-Hans-TW; do
	hant "$locale" "没有找到" "0 zh_CN"
done
"$tmp/hant/gen/consumer" check >/dev/null && pass || fail "consumer check with zh_TW"

# The program and the compiled C read every locale name of
# tests/c/locale-cases alike (the program's reading is checked by
# tests/unit/test_locale_name), and the C picks the embedded locale the
# table says, from tables that embed the locales of the 'embedded' line
# its block starts with: the shipped catalog of each where po/ has one,
# else a new one.
cases="$srcdir/tests/c/locale-cases"
blocks=$(grep -c '^embedded ' "$cases")
b=0
while [ "$b" -lt "$blocks" ]; do
	b=$((b + 1))
	agree="$tmp/agree$b"
	mkdir -p "$agree/gen"
	: >"$agree/LINGUAS"
	for ll in $(sed -n 's/^embedded //p' "$cases" | sed -n "${b}p"); do
		if [ -f "$srcdir/po/$ll.po" ]; then
			cp "$srcdir/po/$ll.po" "$agree/"
		else
			"$STATUSGEN" po --data "$srcdir/data" --po-dir "$agree" --locale "$ll" \
				-o "$agree/$ll.po" 2>/dev/null || fail "po --locale $ll"
		fi
		echo "$ll" >>"$agree/LINGUAS"
	done
	# Exactly those: the seeds' zh_CN is in the dataset whatever po/ has.
	"$STATUSGEN" c --data "$srcdir/data" --po-dir "$agree" \
		--locales "$(sed -n 's/^embedded //p' "$cases" | sed -n "${b}p" | tr ' ' ,)" \
		--header "$agree/gen/http_status.h" --source "$agree/gen/http_status.c" 2>/dev/null ||
		fail "c with the locales of block $b of $cases"
	build "$agree/gen"
	awk -v b="$b" '/^embedded / { n++; next } /^#/ { next } n == b { print $1, $2, $3, $4, $5, $6 }' \
		"$cases" >"$agree/expected"
	if $CC $STRICT -I"$agree/gen" "$srcdir/tests/c/locale_parts.c" -o "$agree/locale_parts" \
		2>"$tmp/cc.err"; then
		awk '{ print $1 }' "$agree/expected" | sed 's/^""$//' | tr '\n' '\0' |
			xargs -0 "$agree/locale_parts" | awk '{ print $1, $2, $3, $4, $5, $6 }' >"$agree/got"
		expect_same "$agree/expected" "$agree/got" \
			"the compiled C's reading of the locale names of block $b"
		# The generated matcher and the usual shapes' reading agree
		# with the general ones on names made of pieces of names.
		"$agree/locale_parts" --fuzz 20000 >"$agree/fuzz" && pass ||
			fail "the matcher of block $b disagrees: $(head -5 "$agree/fuzz")"
	else
		fail "$CC could not build tests/c/locale_parts.c:"
		cat "$tmp/cc.err"
	fi
done
[ "$blocks" -ge 3 ] && pass || fail "$cases has $blocks blocks"

# The code the generated C holds compiles as it is in src/emit, where it
# stands in for the tables itself, under the same warnings.
$CC $STRICT -c "$srcdir/src/emit/c_runtime.c" -o "$tmp/c_runtime.o" 2>"$tmp/cc.err" && pass ||
	fail "$CC could not build src/emit/c_runtime.c: $(head -5 "$tmp/cc.err")"

# The header is C++ too, and so is the source.
case $CC in
clang) CXX=clang++ ;;
*) CXX=g++ ;;
esac
CXXSTRICT="-std=c++11 -Wall -Wextra -Wpedantic -Wconversion -Wcast-qual -Werror"
build_cxx() { # DIR: compile DIR's pair as C++
	if ! command -v $CXX >/dev/null 2>&1; then
		echo "SKIP: $CXX is not installed (the C++ checks)"
		return
	fi
	printf '#include "http_status.h"\nint main() { return http_status_lookup(404) == 0; }\n' >"$tmp/cxx.cc"
	if $CXX $CXXSTRICT -I"$1" -c "$tmp/cxx.cc" -o "$tmp/cxx.o" 2>"$tmp/cxx.err" &&
	   $CXX $CXXSTRICT -I"$1" -x c++ -c "$1/http_status.c" -o "$tmp/cxx-table.o" 2>>"$tmp/cxx.err"; then
		pass
	else
		fail "$CXX could not build the tables in $1 as C++:"
		head -20 "$tmp/cxx.err"
	fi
}
build_cxx "$tmp/gen"
for agree in "$tmp"/agree[0-9]*; do
	build_cxx "$agree/gen"
done
if command -v $CXX >/dev/null 2>&1; then
	$CXX $CXXSTRICT -x c++ -c "$srcdir/src/emit/c_runtime.c" -o "$tmp/c_runtime-cxx.o" 2>"$tmp/cxx.err" &&
		pass || fail "$CXX could not build src/emit/c_runtime.c: $(head -5 "$tmp/cxx.err")"
fi

# A code kept by --allow-unregistered is flagged, and nothing calls it
# registered.
mkdir -p "$tmp/unreg/sources/en"
cp -R "$srcdir/data/registry" "$tmp/unreg/"
printf '# HTTP status codes\n\n## Client Error\n\n### 499 Client Closed Request\n\nnginx: the client went away.\n' \
	>"$tmp/unreg/sources/en/x.md"
"$STATUSGEN" generate --allow-unregistered --data "$tmp/unreg" --output-dir "$tmp/unreg/out" 2>/dev/null ||
	fail "generate --allow-unregistered"
build "$tmp/unreg/out"
"$tmp/unreg/out/consumer" list >"$tmp/unreg.list"
expect_grep "^499	4	16	Client Closed Request$" "$tmp/unreg.list" "HTTP_STATUS_FLAG_UNREGISTERED on 499"
expect_grep "^404	4	32	Not Found$" "$tmp/unreg.list" "no flag on 404 but HTTP_STATUS_FLAG_CACHEABLE"
expect_grep "^	HTTP_STATUS_CLIENT_CLOSED_REQUEST = 499, /\* not in the IANA registry \*/$" \
	"$tmp/unreg/out/http_status.h" "499's enumerator"
grep -iw 'registered code' "$tmp/unreg/out/http_status.h" && fail "the header calls its codes registered" || pass

# Another prefix renames every symbol, macro and the header guard.
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$srcdir/po" --prefix myapp_status \
	--header "$tmp/myapp_status.h" --source "$tmp/myapp_status.c" 2>/dev/null || fail "c --prefix"
grep -q 'http_status\|HTTP_STATUS' "$tmp/myapp_status.h" "$tmp/myapp_status.c" &&
	fail "the default prefix is left in the renamed pair" || pass
printf '#include <string.h>\n#include "myapp_status.h"\nint main(void) { return !(MYAPP_STATUS_NOT_FOUND == 404 && myapp_status_lookup(404) && !strcmp(myapp_status_reason_l10n(404, "zh"), "\\346\\262\\241\\346\\234\\211\\346\\211\\276\\345\\210\\260")); }\n' >"$tmp/prefix.c"
if $CC $STRICT -I"$tmp" "$tmp/prefix.c" "$tmp/myapp_status.c" -o "$tmp/prefix" 2>"$tmp/cc.err" &&
   "$tmp/prefix"; then
	pass
else
	fail "the myapp_status pair:"
	cat "$tmp/cc.err"
fi
# Only the identifiers change, those of the code the generated C copies
# from src/emit too: the pair is the default one with every identifier
# that is or starts with http_status or HTTP_STATUS renamed.
mkdir -p "$tmp/pfx"
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$srcdir/po" --header "$tmp/pfx/http_status.h" \
	--source "$tmp/pfx/http_status.c" 2>/dev/null || fail "c into $tmp/pfx"
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$srcdir/po" --prefix MyApp \
	--header "$tmp/pfx/MyApp.h" --source "$tmp/pfx/MyApp.c" 2>/dev/null || fail "c --prefix MyApp"
for ext in h c; do
	sed -e 's/\<http_status\([^A-Za-z0-9]\)/MyApp\1/g' -e 's/\<HTTP_STATUS\([^A-Za-z0-9]\)/MYAPP\1/g' \
		"$tmp/pfx/http_status.$ext" >"$tmp/pfx/expected.$ext"
	expect_same "$tmp/pfx/expected.$ext" "$tmp/pfx/MyApp.$ext" "the MyApp pair's .$ext"
done
$CC $STRICT -c -I"$tmp/pfx" "$tmp/pfx/MyApp.c" -o "$tmp/pfx/MyApp.o" 2>"$tmp/cc.err" && pass ||
	fail "the MyApp pair: $(head -5 "$tmp/cc.err")"
expect_status 2 "$STATUSGEN" c --prefix 9lives --header "$tmp/x.h" --source "$tmp/x.c"
expect_status 2 "$STATUSGEN" c --prefix 'a-b' --header "$tmp/x.h" --source "$tmp/x.c"
expect_status 1 "$STATUSGEN" c --data "$srcdir/data" --locales fr --header "$tmp/x.h" --source "$tmp/x.c"
mkdir -p "$tmp/none"
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$srcdir/po" --locales none \
	--header "$tmp/none/http_status.h" --source "$tmp/none/http_status.c" 2>/dev/null ||
	fail "c --locales none"
build "$tmp/none"
[ "$("$tmp/none/consumer" reason 404 zh_CN)" = "Not Found" ] && pass || fail "--locales none"

# --fields=reason,class: with every shipped catalog embedded, the pair
# compiles, its object holds no description and no reference, in any
# language, and the lookups give "" for them; reasons and class names
# are all there.  A list without reason and class, or with a field of
# no name, is a usage error.
mkdir -p "$tmp/fields/po" "$tmp/fields/all" "$tmp/fields/short"
cp "$srcdir"/po/*.po "$tmp/fields/po/"
(cd "$tmp/fields/po" && ls *.po | sed 's/\.po$//') >"$tmp/fields/po/LINGUAS"
"$STATUSGEN" json --data "$srcdir/data" --po-dir "$tmp/fields/po" -o "$tmp/fields/all.json" 2>/dev/null ||
	fail "json with every shipped catalog"
for fields in all short; do
	opt=
	[ "$fields" = short ] && opt=--fields=reason,class
	"$STATUSGEN" c --data "$srcdir/data" --po-dir "$tmp/fields/po" $opt \
		--header "$tmp/fields/$fields/http_status.h" --source "$tmp/fields/$fields/http_status.c" \
		2>/dev/null || fail "c $opt"
	build "$tmp/fields/$fields"
done
jq -r '.statuses[] | (.description // empty), (.reference // empty),
	(.translations[] | .description // empty)' "$tmp/fields/all.json" | grep . >"$tmp/fields/texts"
[ "$(wc -l <"$tmp/fields/texts")" -gt 1000 ] && pass || fail "too few descriptions to look for"
LC_ALL=C grep -q -F -f "$tmp/fields/texts" "$tmp/fields/all/http_status.o" && pass ||
	fail "the full tables hold no description"
LC_ALL=C grep -a -o -F -f "$tmp/fields/texts" "$tmp/fields/short/http_status.o" >"$tmp/fields/found" &&
	fail "--fields=reason,class kept $(wc -l <"$tmp/fields/found") texts: $(head -c 200 "$tmp/fields/found")" ||
	pass
expect_grep '^ \* Without descriptions or references (--fields): every one is "".  Do not edit' \
	"$tmp/fields/short/http_status.c" "the banner of --fields=reason,class"
for locale in de_DE.UTF-8 zh_TW C; do
	for what in description; do
		got=$("$tmp/fields/short/consumer" "$what" 404 "$locale")
		[ -z "$got" ] && pass || fail "$what 404 in '$locale' with --fields=reason,class: '$got'"
	done
	for what in "reason 404" "class 4"; do
		[ "$("$tmp/fields/short/consumer" $what "$locale")" = "$("$tmp/fields/all/consumer" $what "$locale")" ] &&
			pass || fail "$what in '$locale' changed with --fields=reason,class"
	done
done
[ "$("$tmp/fields/short/consumer" reason 404 de_DE.UTF-8)" = "$(jq -r '.statuses[] | select(.code == 404) | .translations.de.reason' "$tmp/fields/all.json")" ] &&
	pass || fail "404 in German with --fields=reason,class"
"$tmp/fields/short/consumer" list >"$tmp/fields/list" && pass || fail "consumer list with --fields"
"$STATUSGEN" c --data "$srcdir/data" --po-dir "$tmp/fields/po" --fields=reason,class,description \
	--header "$tmp/fields/d.h" --source "$tmp/fields/d.c" 2>/dev/null || fail "c --fields=reason,class,description"
grep -q 'RFC9110' "$tmp/fields/d.c" && fail "references with --fields=reason,class,description" || pass
expect_grep '^ \* Without references (--fields)' "$tmp/fields/d.c" "the banner without references"
expect_status 2 "$STATUSGEN" c --fields=reason,description --header "$tmp/x.h" --source "$tmp/x.c"
expect_grep "^statusgen: --fields must name 'reason' and 'class': the C tables always hold them$" \
	"$tmp/err" "--fields without class"
expect_status 2 "$STATUSGEN" c --fields=reason,class,descriptions --header "$tmp/x.h" --source "$tmp/x.c"
expect_grep "^statusgen: unknown field 'descriptions' (use reason, class, description, reference)$" \
	"$tmp/err" "--fields with an unknown field"

# A hostile translation comes back byte for byte from the compiled table.
cp -R "$srcdir/data" "$tmp/data"
cp -R "$srcdir/po" "$tmp/po"
chmod -R u+w "$tmp/po"
NEW='\"q\" \\ back\nslash */ ??/ ??= %n' awk '
	BEGIN { text = ENVIRON["NEW"] }
	$0 == "msgctxt \"status 404 reason\"" { found = 1 }
	found && /^msgstr / { print "msgstr \"" text "\""; found = 0; next }
	{ print }' "$srcdir/po/zh_CN.po" >"$tmp/po/zh_CN.po"
# And a description the catalog leaves fuzzy (no document has 429's)
# falls back to English.
awk '$0 == "msgctxt \"status 429 description\"" { print "#, fuzzy" } { print }' \
	"$tmp/po/zh_CN.po" >"$tmp/po/zh_CN.po.new" && mv "$tmp/po/zh_CN.po.new" "$tmp/po/zh_CN.po"
"$STATUSGEN" generate --data "$tmp/data" --po-dir "$tmp/po" --output-dir "$tmp/hostile" 2>/dev/null ||
	fail "generate with a hostile translation"
build "$tmp/hostile"
"$tmp/hostile/consumer" reason 404 zh_CN >"$tmp/hostile.out"
[ "$("$tmp/hostile/consumer" description 429 zh_CN)" = \
  "$(jq -r '.statuses[] | select(.code == 429) | .description' "$tmp/gen/http-status.json")" ] &&
	pass || fail "a fuzzy description does not fall back to English"
printf '"q" \\ back\nslash */ ??/ ??= %%n\n' >"$tmp/hostile.expected"
cmp -s "$tmp/hostile.expected" "$tmp/hostile.out" && pass ||
	fail "hostile translation changed: $(od -c "$tmp/hostile.out" | head -3)"

# A text longer than a C99 literal may be, with bytes over 127, compiles
# without a warning (C and C++) and comes back byte for byte.
awk 'BEGIN { printf "\x27x\x27 ??/ "; for (i = 0; i < 1500; i++) printf "很"; print "" }' \
	</dev/null >"$tmp/long.expected"
LONG=$(cat "$tmp/long.expected") awk '
	BEGIN { text = ENVIRON["LONG"] }
	$0 == "msgctxt \"status 404 description\"" { found = 1 }
	found && /^msgstr / { print "msgstr \"" text "\""; found = 0; skip = 1; next }
	skip && /^"/ { next }
	{ skip = 0; print }' "$srcdir/po/zh_CN.po" >"$tmp/po/zh_CN.po"
"$STATUSGEN" generate --data "$tmp/data" --po-dir "$tmp/po" --output-dir "$tmp/long" 2>/dev/null ||
	fail "generate with a long translation"
build "$tmp/long"
build_cxx "$tmp/long"
"$tmp/long/consumer" description 404 zh_CN >"$tmp/long.out"
cmp -s "$tmp/long.expected" "$tmp/long.out" && pass ||
	fail "long translation changed: $(od -c "$tmp/long.out" | head -3)"
# The longest phrase a registry may give (200 characters), a former name
# whose source is far too long for a literal and holds "*/", "??/" and a
# quote, and a document whose name puts "/*" in the banner: the pair
# compiles under -std=c99 -Wpedantic -Werror (no literal over C99's 4095
# bytes, no comment inside a comment), and the phrase comes back whole.
mkdir -p "$tmp/longest"
cp -R "$srcdir/data" "$tmp/longest/data"
chmod -R u+w "$tmp/longest/data"
cp "$srcdir/data/sources/en/http-status.md" "$tmp/longest/data/sources/en/*x.md"
longest=$(awk 'BEGIN { s = "Not Found "; while (length(s) < 200) s = s "x"; printf "%s", s }')
source=$(awk 'BEGIN { s = "RFC */ ??/ \\ &quot; "; while (length(s) < 5000) s = s "y"; printf "%s", s }')
sed "s|<description>Not Found</description>|<description>$longest</description>|" \
	"$srcdir/data/registry/http-status-codes.xml" >"$tmp/longest/data/registry/http-status-codes.xml"
{
	grep -v '</former-names>' "$srcdir/data/registry/former-names.xml"
	printf '<name code="404" source="%s">Not Found</name>\n</former-names>\n' "$source"
} >"$tmp/longest/data/registry/former-names.xml"
"$STATUSGEN" generate --data "$tmp/longest/data" --po-dir "$srcdir/po" --output-dir "$tmp/longest/gen" \
	2>/dev/null || fail "generate with the longest phrase"
build "$tmp/longest/gen"
build_cxx "$tmp/longest/gen"
[ "$("$tmp/longest/gen/consumer" reason 404 C)" = "$longest" ] && pass ||
	fail "the longest phrase changed: $("$tmp/longest/gen/consumer" reason 404 C)"
awk 'length($0) > 4095 { bad = 1 } END { exit bad }' "$tmp/longest/gen/http_status.h" \
	"$tmp/longest/gen/http_status.c" && pass || fail "a line longer than 4095 characters"
printf '#include "http_status.h"\nint f(void);\nint f(void) { return HTTP_STATUS_NOT_FOUND; }\n' >"$tmp/former.c"
if $CC $STRICT -I"$tmp/longest/gen" -c "$tmp/former.c" -o "$tmp/former.o" 2>"$tmp/cc.err"; then
	fail "the former name 'Not Found' is not deprecated"
else
	expect_grep 'is deprecated: a former name of 404 (RFC \*/ ??/ \\ " yyyy*\.\.\.' "$tmp/cc.err" \
		"a long deprecation message, cut"
fi
# A phrase named like a macro of the code copied from src/emit makes no
# enumerator, and the pair compiles.
mkdir -p "$tmp/clash/gen"
cp -R "$srcdir/data" "$tmp/clash/data"
chmod -R u+w "$tmp/clash"
sed -e 's|<description>Not Found</description>|<description>Out Of Line</description>|' \
	-e 's|<description>Method Not Allowed</description>|<description>Flag Expired</description>|' \
	"$srcdir/data/registry/http-status-codes.xml" >"$tmp/clash/data/registry/http-status-codes.xml"
"$STATUSGEN" c --data "$tmp/clash/data" --header "$tmp/clash/gen/http_status.h" \
	--source "$tmp/clash/gen/http_status.c" 2>/dev/null || fail "c with clashing phrases"
grep -q 'HTTP_STATUS_OUT_OF_LINE =\|HTTP_STATUS_FLAG_EXPIRED =' "$tmp/clash/gen/http_status.h" &&
	fail "a phrase took a macro's name" || pass
$CC $STRICT -c -I"$tmp/clash/gen" "$tmp/clash/gen/http_status.c" -o "$tmp/clash/gen/http_status.o" \
	2>"$tmp/cc.err" && pass || fail "the pair with clashing phrases: $(head -5 "$tmp/cc.err")"
# A header the source cannot name in #include is refused.
expect_status 2 "$STATUSGEN" c --data "$srcdir/data" --header "$tmp/a\"b.h" --source "$tmp/x.c"
finish
