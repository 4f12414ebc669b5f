#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# translate-toolkit's pofilter on every catalog of po/LINGUAS (the data,
# domain http-status) and of po/statusgen/LINGUAS (the program's own
# messages, domain statusgen), with every filter but those the domain's
# reviewed list excludes (each with its reason): po/pofilter-accepted and
# po/statusgen/pofilter-accepted.  Each finding must be one the list
# accepts (LL, check, the message's msgctxt, for the UI its msgid, or a
# glob of it, reason), and each line of the list must still match a
# finding.  Without pofilter the test is skipped, but under CI (CI=true)
# it fails: ./bootstrap installs translate-toolkit.
. "$srcdir/tests/lib.sh"
if ! command -v pofilter >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		echo "FAIL: pofilter (translate-toolkit) is not installed; ./bootstrap installs it"
		exit 1
	fi
	echo "SKIP: pofilter (translate-toolkit) is not installed; ./bootstrap installs it"
	exit 77
fi
tab=$(printf '\t')

# check_catalogs DIR KEY: the catalogs DIR/LL.po of DIR/LINGUAS against
# DIR/pofilter-accepted; KEY (msgctxt or msgid) names a message in it.
check_catalogs() {
	dir=$1
	key=$2
	list="$dir/pofilter-accepted"
	accepted="$srcdir/$list"
	work="$tmp/$(printf '%s' "$dir" | tr / -)"
	mkdir "$work"

	lls=$(sh "$srcdir/po/linguas" "$srcdir/$dir/LINGUAS") || { fail "po/linguas $dir/LINGUAS failed"; return; }

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
			fail "$list: an excluded filter without its reason: '# exclude $line'"
			continue
		fi
		excludes="$excludes --excludefilter=$name"
	done <"$accepted"
	[ -n "$excludes" ] && pass || fail "$list names no excluded filter"

	# The accepted findings: four fields, a reason, each line once.
	grep -v -e '^#' -e '^$' "$accepted" >"$work/accepted"
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		fields=$(printf '%s\n' "$line" | awk -F '\t' '{ print NF }')
		reason=$(printf '%s\n' "$line" | cut -f4)
		if [ "$fields" != 4 ] || [ -z "$reason" ]; then
			fail "$list: not 'LL<TAB>check<TAB>$key<TAB>reason': $line"
		fi
	done <"$work/accepted"
	dups=$(cut -f1-3 "$work/accepted" | sort | uniq -d)
	[ -z "$dups" ] && pass || fail "$list lists these twice: $dups"
	# The third field is a glob of the message as the catalog writes it,
	# escapes and all ('\n' is a backslash and an n): a backslash in it
	# is no glob quote.
	sed 's/\\/\\\\/g' "$work/accepted" >"$work/patterns"

	# pofilter on each catalog, two at a time; its findings as
	# "LL<TAB>check<TAB>KEY" ("(header)" for the header's), the KEY
	# joined from its lines as the catalog writes them.  Obsolete
	# entries ("#~", kept by msgmerge for the translators) are no
	# message of the program and are left out.
	# shellcheck disable=SC2086 # $excludes is a list of options
	printf '%s\n' $lls | xargs -P 2 -I '{}' sh -c '
		pofilter --language="$1" --progress=none -i "$2/$4/$1.po" -o "$3/$1.po" '"$excludes"' \
			2>"$3/$1.err"
		echo $? >"$3/$1.status"' sh '{}' "$srcdir" "$work" "$dir"
	: >"$work/findings"
	for ll in $lls; do
		if [ "$(cat "$work/$ll.status" 2>/dev/null)" != 0 ] || [ -s "$work/$ll.err" ]; then
			fail "pofilter on $dir/$ll.po failed: $(cat "$work/$ll.err" 2>/dev/null)"
			continue
		fi
		pass
		[ -f "$work/$ll.po" ] || continue
		awk -v ll="$ll" -v key="$key" '
			function flush() {
				k = key == "msgctxt" ? ctx : id
				if (!obsolete)
					for (i = 0; i < n; i++)
						print ll "\t" checks[i] "\t" (k == "" ? "(header)" : k)
				n = 0
				ctx = id = field = ""
				obsolete = 0
			}
			function text(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t]*$/, "", s); return s }
			/^# \(pofilter\) / { c = $0; sub(/^# \(pofilter\) /, "", c); sub(/:.*/, "", c); checks[n++] = c; next }
			/^#~/ { obsolete = 1; next }
			/^msgctxt "/ { field = "ctx"; ctx = text($0); next }
			/^msgid "/ { field = "id"; id = text($0); next }
			/^(msgid_plural|msgstr)/ { field = ""; next }
			/^"/ { if (field == "ctx") ctx = ctx text($0); else if (field == "id") id = id text($0); next }
			/^$/ { flush() }
			END { flush() }' "$work/$ll.po" >>"$work/findings"
	done

	# Each finding accepted; each accepted line used.
	: >"$work/used"
	while IFS="$tab" read -r ll check msg; do
		ok=no
		k=0
		while IFS="$tab" read -r a_ll a_check a_msg a_reason; do
			k=$((k + 1))
			[ "$a_ll" = "$ll" ] && [ "$a_check" = "$check" ] || continue
			# shellcheck disable=SC2254 # the accepted message is a glob
			case $msg in
			$a_msg) ok=yes; echo "$k" >>"$work/used" ;;
			esac
		done <"$work/patterns"
		[ $ok = yes ] && pass ||
			fail "$dir/$ll.po: pofilter's '$check' in '$msg' is not in $list (fix it, or add '$ll<TAB>$check<TAB>$msg<TAB>why it is right')"
	done <"$work/findings"
	k=0
	while IFS= read -r line; do
		k=$((k + 1))
		grep -qx "$k" "$work/used" && pass ||
			fail "$list: no finding matches '$(printf '%s' "$line" | cut -f1-3 | tr '\t' ' ')' any more: remove the line"
	done <"$work/accepted"
	echo "$dir: $(wc -l <"$work/findings") findings of pofilter, $(sort -u "$work/used" | wc -l) of $n accepted lines used"
}

check_catalogs po msgctxt
check_catalogs po/statusgen msgid
finish
