#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make update-registry, from file:// URLs, on a copy of data/: a new
# registry is reported and installed, and a renamed phrase becomes a former
# name; a truncated, malformed or unsuitable download, or a failed write,
# leaves the registry and its former names byte for byte as they were.
. "$srcdir/tests/lib.sh"
unset MAKEFLAGS MFLAGS MAKELEVEL
make=${MAKE:-make}
if ! command -v curl >/dev/null 2>&1; then
	echo "SKIP: make update-registry needs curl (Debian package 'curl')"
	exit 77
fi
data="$tmp/data"
reg="$data/registry/http-status-codes.xml"
former="$data/registry/former-names.xml"
cp -R "$srcdir/data" "$data" && chmod -R u+w "$data" || exit 1

# update URL: make update-registry from URL into the copy; exit status,
# standard output in $tmp/out, standard error in $tmp/err.
update() {
	(cd "$builddir" && $make -s update-registry REGISTRY_URL="$1" REGISTRY_DATADIR="$data") \
		>"$tmp/out" 2>"$tmp/err"
}

# unchanged WHAT: the registry and the former names are as they were.
unchanged() {
	cmp -s "$tmp/registry.before" "$reg" && pass || fail "$1: the registry changed"
	cmp -s "$tmp/former.before" "$former" && pass || fail "$1: former-names.xml changed"
	left=$(ls "$data/registry")
	[ "$(echo $left)" = "former-names.xml http-status-codes.xml semantics.xml" ] && pass ||
		fail "$1: data/registry/ holds $(echo $left)"
}

# (a) IANA renames 413 and registers 105.
old_date=$(sed -n 's|.*<updated>\(.*\)</updated>.*|\1|p' "$reg" | head -n 1)
sed -e 's|<updated>[^<]*</updated>|<updated>2099-01-01</updated>|' \
    -e 's|<description>Content Too Large</description>|<description>Payload Limit Exceeded</description>|' \
    -e 's|<value>105-199</value>|<value>105</value><description>Resumable Upload Pending</description></record><record><value>106-199</value>|' \
    "$reg" >"$tmp/new.xml"
cp "$former" "$tmp/former.before"
if update "file://$tmp/new.xml"; then pass; else fail "update from a new registry failed:"; cat "$tmp/err"; fi
cat >"$tmp/expected" <<EOF
Changes from the registry of $old_date to that of 2099-01-01:
  added:    105 'Resumable Upload Pending'
  renamed:  413 'Content Too Large' -> 'Payload Limit Exceeded'
Former names added to '$former':
  413 'Content Too Large' (RFC 9110)
'$reg' replaced: 2 codes changed
EOF
sed 1d "$tmp/out" >"$tmp/report"
expect_same "$tmp/expected" "$tmp/report" "the update report"
expect_grep "^[^ ]*curl .*file://$tmp/new.xml" "$tmp/out" "the download is shown"
cmp -s "$tmp/new.xml" "$reg" && pass || fail "the registry is not the new one"
diff "$tmp/former.before" "$former" | grep '^[<>]' >"$tmp/former.diff"
printf '%s\n' '>   <name code="413" source="RFC 9110">Content Too Large</name>' >"$tmp/expected"
expect_same "$tmp/expected" "$tmp/former.diff" "former-names.xml's change"
# ... inserted where it belongs: the codes stay in order.
sed -n 's/.*<name code="\([0-9]*\)".*/\1/p' "$former" | sort -c -n 2>/dev/null && pass ||
	fail "former-names.xml is no longer in code order"

# The data directory reads back, the old phrase now a former name.
expect_status 0 "$STATUSGEN" check --data "$data"
expect_grep "/en/http-status.md:[0-9]*: note: 413 is called 'Content Too Large' here, its former name (RFC 9110); the registry now calls it 'Payload Limit Exceeded'" \
	"$tmp/err" "the old name is a former name"
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/ds.json"
[ "$(jq -r '.statuses[] | select(.code == 105) | .reason' "$tmp/ds.json")" = "Resumable Upload Pending" ] &&
	pass || fail "105 is not in the dataset"
jq -e '.statuses[] | select(.code == 413) | .former_names | index("Content Too Large")' "$tmp/ds.json" \
	>/dev/null && pass || fail "413's old name is not among its former names"

# The same file again: nothing to do.
cp "$reg" "$tmp/registry.before"
cp "$former" "$tmp/former.before"
if update "file://$tmp/new.xml"; then pass; else fail "a second update failed"; fi
expect_grep "^'$reg' is up to date$" "$tmp/out" "a second update"
unchanged "a second update"

# (b) Downloads that are not a usable registry change nothing.
sed -e 's|<updated>[^<]*</updated>|<updated>2099-02-02</updated>|' "$tmp/new.xml" >"$tmp/newer.xml"
head -c 6000 "$tmp/newer.xml" >"$tmp/truncated.xml"
sed -e '0,/<\/record>/s|</record>|</recrd>|' "$tmp/newer.xml" >"$tmp/malformed.xml"
printf '<html><body><p>Service unavailable</p></body></html>\n' >"$tmp/error-page.xml"
sed -e 's|<value>201</value>|<value>200</value>|' "$tmp/newer.xml" >"$tmp/twice.xml"
: >"$tmp/empty.xml"
# A phrase of 10 KB (no phrase has over 200 characters), a date that is
# none, a code left with markers only.
x=$(awk 'BEGIN { for (i = 0; i < 10240; i++) printf "x" }')
sed -e "s|<description>Not Found</description>|<description>Not Found $x</description>|" \
	"$tmp/newer.xml" >"$tmp/long-phrase.xml"
sed -e 's|<updated>[^<]*</updated>|<updated>2025-02-30</updated>|' "$tmp/newer.xml" >"$tmp/no-date.xml"
sed -e 's|<description>Not Found</description>|<description>(OBSOLETED)</description>|' \
	"$tmp/newer.xml" >"$tmp/markers-only.xml"
for bad in truncated malformed error-page twice long-phrase no-date markers-only empty; do
	if update "file://$tmp/$bad.xml"; then fail "$bad download: exit status 0"; else pass; fi
	expect_grep "error: '.*' is not a usable registry; '$reg' is unchanged" "$tmp/err" "$bad download"
	unchanged "$bad download"
done
expect_grep "malformed XML" "$tmp/err" "the reader's own message" # (empty.xml)
update "file://$tmp/truncated.xml"
expect_grep ":[0-9]*: error: malformed XML: " "$tmp/err" "truncated download: the reader says where"
update "file://$tmp/twice.xml"
expect_grep "error: code 200 is listed twice" "$tmp/err" "a code listed twice"
update "file://$tmp/long-phrase.xml"
expect_grep ":[0-9]*: error: reason phrase of 404 is longer than 200 characters\$" "$tmp/err" \
	"a phrase of 10 KB"
grep -q 'code="404"' "$former" && fail "a refused phrase made 404's a former name" || pass
if update "file://$tmp/no-such-file.xml"; then fail "a failed download: exit status 0"; else pass; fi
unchanged "a failed download"

# A registry that no longer assigns a code with a former name would leave
# former-names.xml unreadable: refused, with the line to remove.
sed -e 's|<description>Found</description>|<description>Unassigned</description>|' \
    "$tmp/newer.xml" >"$tmp/no302.xml"
if update "file://$tmp/no302.xml"; then fail "removing 302: exit status 0"; else pass; fi
expect_grep "former-names.xml:[0-9]*: error: the new registry no longer assigns 302, which has the former name 'Moved Temporarily' here; remove it first" \
	"$tmp/err" "removing a code with a former name"
unchanged "removing a code with a former name"

# (c) A write that fails (a file-size limit below the registry's size)
# changes neither file and leaves no temporary file.
sed -e 's|<description>Payload Limit Exceeded</description>|<description>Content Too Big</description>|' \
    "$tmp/newer.xml" >"$tmp/renamed.xml"
expect_status 1 sh -c 'ulimit -f 8 && exec "$@"' sh \
	"$STATUSGEN" update-registry --data "$data" "$tmp/renamed.xml"
expect_grep "error: .*File too large" "$tmp/err" "ulimit -f"
expect_grep "error: '$reg' is unchanged" "$tmp/err" "ulimit -f: what was kept"
unchanged "ulimit -f"

# Usage: one FILE.
expect_status 2 "$STATUSGEN" update-registry --data "$data"
expect_grep "update-registry needs one FILE" "$tmp/err" "no FILE"
expect_status 2 "$STATUSGEN" update-registry --data "$data" "$tmp/new.xml" "$tmp/new.xml"
unchanged "usage errors"

finish
