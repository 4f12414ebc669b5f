#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# translate-toolkit's pofilter on every catalog of po/LINGUAS, with every
# filter but those po/pofilter-accepted excludes (each with its reason):
# each finding must be one the reviewed list po/pofilter-accepted accepts
# (LL, check, msgctxt or a glob of it, reason), and each line of the list
# must still match a finding.  Without pofilter the test is skipped,
# but under CI (CI=true) it fails: ./bootstrap installs translate-toolkit.
. "$srcdir/tests/lib.sh"
if ! command -v pofilter >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		echo "FAIL: pofilter (translate-toolkit) is not installed; ./bootstrap installs it"
		exit 1
	fi
	echo "SKIP: pofilter (translate-toolkit) is not installed; ./bootstrap installs it"
	exit 77
fi
accepted="$srcdir/po/pofilter-accepted"
tab=$(printf '\t')

lls=$(sh "$srcdir/po/linguas" "$srcdir/po/LINGUAS") || { fail "po/linguas failed"; finish; exit; }

# The excluded filters, each with a reason.
excludes=
while IFS= read -r line; do
	case $line in
	"# exclude "*) ;;
	*) continue ;;
	esac
	line=${line#"# exclude "}
	name=${line%%:*}
	reason=${line#*: }
	if [ "$name" = "$line" ] || [ -z "$reason" ] || [ "$reason" = "$line" ]; then
		fail "po/pofilter-accepted: an excluded filter without its reason: '# exclude $line'"
		continue
	fi
	excludes="$excludes --excludefilter=$name"
done <"$accepted"
[ -n "$excludes" ] && pass || fail "po/pofilter-accepted names no excluded filter"

# The accepted findings: four fields, a reason, each line once.
grep -v -e '^#' -e '^$' "$accepted" >"$tmp/accepted"
n=0
while IFS= read -r line; do
	n=$((n + 1))
	fields=$(printf '%s\n' "$line" | awk -F '\t' '{ print NF }')
	reason=$(printf '%s\n' "$line" | cut -f4)
	if [ "$fields" != 4 ] || [ -z "$reason" ]; then
		fail "po/pofilter-accepted: not 'LL<TAB>check<TAB>msgctxt<TAB>reason': $line"
	fi
done <"$tmp/accepted"
dups=$(cut -f1-3 "$tmp/accepted" | sort | uniq -d)
[ -z "$dups" ] && pass || fail "po/pofilter-accepted lists these twice: $dups"

# pofilter on each catalog, two at a time; its findings as
# "LL<TAB>check<TAB>msgctxt" ("(header)" for the header's).
mkdir "$tmp/pf"
# shellcheck disable=SC2086 # $excludes is a list of options
printf '%s\n' $lls | xargs -P 2 -I '{}' sh -c '
	pofilter --language="$1" --progress=none -i "$2/po/$1.po" -o "$3/$1.po" '"$excludes"' \
		2>"$3/$1.err"
	echo $? >"$3/$1.status"' sh '{}' "$srcdir" "$tmp/pf"
: >"$tmp/findings"
for ll in $lls; do
	if [ "$(cat "$tmp/pf/$ll.status" 2>/dev/null)" != 0 ] || [ -s "$tmp/pf/$ll.err" ]; then
		fail "pofilter on po/$ll.po failed: $(cat "$tmp/pf/$ll.err" 2>/dev/null)"
		continue
	fi
	pass
	[ -f "$tmp/pf/$ll.po" ] || continue
	awk -v ll="$ll" '
		function flush() {
			for (i = 0; i < n; i++)
				print ll "\t" checks[i] "\t" (ctx == "" ? "(header)" : ctx)
			n = 0
			ctx = ""
		}
		/^# \(pofilter\) / { c = $0; sub(/^# \(pofilter\) /, "", c); sub(/:.*/, "", c); checks[n++] = c; next }
		/^msgctxt "/ { ctx = $0; sub(/^msgctxt "/, "", ctx); sub(/"$/, "", ctx); next }
		/^$/ { flush() }
		END { flush() }' "$tmp/pf/$ll.po" >>"$tmp/findings"
done

# Each finding accepted; each accepted line used.
: >"$tmp/used"
while IFS="$tab" read -r ll check ctx; do
	ok=no
	k=0
	while IFS="$tab" read -r a_ll a_check a_ctx a_reason; do
		k=$((k + 1))
		[ "$a_ll" = "$ll" ] && [ "$a_check" = "$check" ] || continue
		# shellcheck disable=SC2254 # the accepted msgctxt is a glob
		case $ctx in
		$a_ctx) ok=yes; echo "$k" >>"$tmp/used" ;;
		esac
	done <"$tmp/accepted"
	[ $ok = yes ] && pass ||
		fail "po/$ll.po: pofilter's '$check' in '$ctx' is not in po/pofilter-accepted (fix it, or add '$ll<TAB>$check<TAB>$ctx<TAB>why it is right')"
done <"$tmp/findings"
k=0
while IFS= read -r line; do
	k=$((k + 1))
	grep -qx "$k" "$tmp/used" && pass ||
		fail "po/pofilter-accepted: no finding matches '$(printf '%s' "$line" | cut -f1-3 | tr '\t' ' ')' any more: remove the line"
done <"$tmp/accepted"
echo "$(wc -l <"$tmp/findings") findings of pofilter, $(sort -u "$tmp/used" | wc -l) of $n accepted lines used"
finish
