#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/update-po never empties, truncates or half-replaces a catalog: a
# fault at any of its steps, on a small tmpfs, makes it fail (exit status
# 1, or go on where the step is best effort), keep the catalog byte for
# byte, and leave no temporary file, in po/ or in TMPDIR.  TMPDIR is a
# full file system throughout, as in issue 19's reproduction (a
# translator's typo and a full TMPDIR used to empty the catalog, with
# exit status 0).  Each command the script runs fails in turn through a
# wrapper on PATH, msgmerge in every way it can (failing, killed, exiting
# 0 after writing nothing or half of the merge); the real faults are a
# full po/ file system, one out of inodes and a file-size limit.
. "$srcdir/tests/lib.sh"
for tool in msgmerge msgcmp flock; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: needs $tool"
		exit 77
	fi
done
if [ "$(id -u)" != 0 ]; then
	echo "SKIP: needs root, to mount a small tmpfs"
	exit 77
fi
fs="$tmp/fs"
full="$tmp/full"
inodes="$tmp/inodes"
mkdir "$fs" "$full" "$inodes"
if ! mount -t tmpfs -o size=512k tmpfs "$fs" 2>/dev/null; then
	echo "SKIP: cannot mount a tmpfs"
	exit 77
fi
trap 'umount "$fs" "$full" "$inodes" 2>/dev/null; rm -rf "$tmp"' EXIT
mount -t tmpfs -o size=64k tmpfs "$full" && mount -t tmpfs -o size=512k,nr_inodes=16 tmpfs "$inodes" || {
	fail "cannot mount the other tmpfs"
	finish
	exit
}
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
update_po="$srcdir/po/update-po"

# TMPDIR: full.
head -c 64k /dev/zero >"$full/filler" 2>/dev/null
TMPDIR=$full
export TMPDIR
expect_tmpdir_untouched() {
	[ "$(ls -A "$full")" = filler ] && pass ||
		fail "$1: TMPDIR holds $(ls -A "$full" | tr '\n' ' ')"
}

# catalogs DIR: DIR holds LINGUAS, the template and a zh_CN.po the merge
# changes (a message the template no longer has becomes obsolete), and a
# copy DIR.before.
catalogs() {
	rm -rf "$1" "$1.before"
	mkdir -p "$1"
	cp "$srcdir/po/zh_CN.po" "$1/"
	echo zh_CN >"$1/LINGUAS"
	"$STATUSGEN" pot --data "$data" -o "$1/http-status.pot" 2>/dev/null || fail "statusgen pot failed"
	printf '\nmsgctxt "status 999 reason"\nmsgid "Gone"\nmsgstr "已删除"\n' >>"$1/zh_CN.po"
	chmod 644 "$1"/*
	cp -Rp "$1" "$1.before"
}

# expect_unchanged DIR WHAT: every file of DIR.before is in DIR, byte for
# byte, and nothing else is (no temporary file).
expect_unchanged() {
	for f in "$1.before"/*; do
		expect_same "$f" "$1/${f##*/}" "$2: ${f##*/}"
	done
	expect_no_temps "$1" "$2"
}
expect_no_temps() {
	[ "$(ls -A "$1")" = "$(ls -A "$1.before")" ] && pass ||
		fail "$2: $1 holds $(ls -A "$1" | tr '\n' ' ')"
}

# The catalog a complete merge gives, to compare with.
catalogs "$tmp/ref"
expect_status 0 sh "$update_po" "$STATUSGEN" "$data" "$tmp/ref"
cmp -s "$tmp/ref/zh_CN.po" "$tmp/ref.before/zh_CN.po" && fail "the merge does not change the catalog"
grep -q '^#~ msgstr "已删除"$' "$tmp/ref/zh_CN.po" && pass || fail "the merge kept no obsolete message"
expect_tmpdir_untouched "a complete merge"

# ---- issue 19's reproduction: a translator's typo, TMPDIR full ----------
catalogs "$fs/P"
printf '\nmsgid "x\n' >>"$fs/P/zh_CN.po"
cp -p "$fs/P/zh_CN.po" "$fs/P.before/zh_CN.po"
expect_status 1 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
expect_grep "^update-po: msgmerge failed on '$fs/P/zh_CN.po' (exit status 1); it is unchanged\$" \
	"$tmp/err" "a typo, TMPDIR full"
expect_unchanged "$fs/P" "a typo, TMPDIR full"
expect_tmpdir_untouched "a typo"

# ---- every command of the script failing, through wrappers -------------
# FAULT=NAME makes the wrapper of NAME exit 1 without doing anything;
# msgmerge has more ways to fail.
bin="$tmp/bin"
mkdir "$bin"
for tool in awk tr dirname flock grep mktemp msgmerge msgfmt msgcmp cat cmp chown chgrp \
	chmod sync stat readlink mv; do
	real=$(command -v $tool) || { fail "no $tool"; continue; }
	{
		echo '#!/bin/sh'
		echo "case \${FAULT-} in $tool) exit 1 ;; esac"
		if [ $tool = msgmerge ]; then
			echo 'case ${FAULT-} in'
			echo 'msgmerge-empty) exit 0 ;;'
			# Half a catalog, cut inside a string, whatever its size.
			echo "msgmerge-half) $real \"\$@\" | $(command -v awk) 'NR > 200 && /^msgstr \"[^\"]/ { print substr(\$0, 1, 12); exit } { print }'; exit 0 ;;"
			echo 'msgmerge-killed) kill -9 $$ ;;'
			echo 'esac'
		fi
		echo "exec $real \"\$@\""
	} >"$bin/$tool"
	chmod +x "$bin/$tool"
done

# fault NAME STATUS MESSAGE: update-po with the fault exits STATUS; with
# 1, it says MESSAGE (a pattern, if not empty) and keeps every file; with
# 0 (a step that is best effort), the catalog is the complete merge.
fault() {
	catalogs "$fs/P"
	expect_status "$2" env FAULT="$1" PATH="$bin:$PATH" sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
	if [ "$2" = 0 ]; then
		expect_same "$tmp/ref/zh_CN.po" "$fs/P/zh_CN.po" "the merge with $1 failing"
		expect_no_temps "$fs/P" "$1 failing"
	else
		[ -z "$3" ] || expect_grep "$3" "$tmp/err" "$1 failing"
		expect_unchanged "$fs/P" "$1 failing"
	fi
	expect_tmpdir_untouched "$1 failing"
}
P="'$fs/P/zh_CN.po'"
# Reading LINGUAS (po/linguas: dirname, tr, awk).
fault dirname 1 ''
fault tr 1 "^update-po: '$fs/P/LINGUAS' is not a list of catalogs to merge; no catalog changed\$"
fault awk 1 "^update-po: '$fs/P/LINGUAS' is not a list of catalogs to merge; no catalog changed\$"
# The lock: without one, the run goes on.
fault flock 0
# The template's check.
fault msgfmt 1 "^update-po: '$fs/P/http-status.pot' is not a complete template; no catalog changed\$"
fault grep 1 "^update-po: '$fs/P/http-status.pot' is not a complete template; no catalog changed\$"
# The merge.
fault readlink 0
fault stat 1 "^update-po: cannot read $P; it is unchanged\$"
fault mktemp 1 "^update-po: cannot create a file beside $P; it is unchanged\$"
fault msgmerge 1 "^update-po: msgmerge failed on $P (exit status 1); it is unchanged\$"
fault msgmerge-killed 1 "^update-po: msgmerge failed on $P (exit status 137); it is unchanged\$"
fault msgmerge-empty 1 "^update-po: the merged $P is not a complete catalog; it is unchanged\$"
fault msgmerge-half 1 "^update-po: the merged $P is not a complete catalog; it is unchanged\$"
fault cat 1 "^update-po: cannot write the merged $P; it is unchanged\$"
fault msgcmp 1 "^update-po: the merged $P lacks messages of the template; it is unchanged\$"
# Replacing it.
fault cmp 0
fault chown 0
fault chgrp 0
fault chmod 1 "^update-po: cannot give the merged $P its mode; it is unchanged\$"
fault sync 1 "^update-po: cannot flush the merged $P to the disk; it is unchanged\$"
fault mv 1 "^update-po: cannot replace $P; it is unchanged\$"

# ---- real faults ----------------------------------------------------------
page=$(stat -f -c %S "$fs")
# leave_free PAGES: fill the tmpfs until only PAGES pages are free.
leave_free() {
	rm -f "$fs/filler"
	avail=$(($(stat -f -c %a "$fs") * page))
	head -c $((avail - $1 * page)) /dev/zero >"$fs/filler" 2>/dev/null ||
		fail "cannot fill the tmpfs"
}

# po/ full: the template is as the data gives it (only its date would
# change, so it is kept), and the merged catalog does not fit.
catalogs "$fs/P"
leave_free 4
expect_status 1 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
expect_grep "^cat: write error: No space left on device\$" "$tmp/err" "po/ full"
expect_grep "^update-po: cannot write the merged $P; it is unchanged\$" "$tmp/err" "po/ full"
rm -f "$fs/filler"
expect_unchanged "$fs/P" "po/ full"
# The same with a typo in the catalog: msgmerge fails and the write too.
printf '\nmsgid "x\n' >>"$fs/P/zh_CN.po"
cp -p "$fs/P/zh_CN.po" "$fs/P.before/zh_CN.po"
leave_free 0
expect_status 1 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
rm -f "$fs/filler"
expect_unchanged "$fs/P" "po/ full and a typo"

# No room for the template: statusgen fails, msgmerge never runs.
catalogs "$fs/P"
{ echo '# An older template.'; cat "$srcdir/po/http-status.pot"; } >"$fs/P/http-status.pot"
cp -p "$fs/P/http-status.pot" "$fs/P.before/"
leave_free 2
expect_status 1 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
expect_grep "^statusgen: error: cannot write '$fs/P/http-status.pot': No space left on device\$" \
	"$tmp/err" "no room for the template"
expect_grep "^update-po: statusgen pot failed; no catalog changed\$" "$tmp/err" "no room for the template"
rm -f "$fs/filler"
expect_unchanged "$fs/P" "no room for the template"

# No inode left for the temporary file: mktemp fails.
catalogs "$inodes/P"
i=0
while touch "$inodes/i$i" 2>/dev/null; do i=$((i + 1)); done
expect_status 1 sh "$update_po" "$STATUSGEN" "$data" "$inodes/P"
expect_grep "^update-po: cannot create a file beside '$inodes/P/zh_CN.po'; it is unchanged\$" \
	"$tmp/err" "no inode left"
expect_unchanged "$inodes/P" "no inode left"

# A file-size limit the template fits in but the merged catalog does not.
block=$(sh -c 'ulimit -f 1 && exec printf "%2000s" x' 2>/dev/null | wc -c)
[ "$block" -gt 0 ] || block=512
pot_size=$(wc -c <"$srcdir/po/http-status.pot")
catalogs "$fs/P"
merged_size=$(wc -c <"$tmp/ref/zh_CN.po")
limit=$(((pot_size + merged_size) / 2 / block))
[ $((limit * block)) -gt "$pot_size" ] && [ $((limit * block)) -lt "$merged_size" ] ||
	fail "no limit between the template ($pot_size) and the merge ($merged_size)"
expect_status 1 sh -c 'ulimit -f "$0" && exec "$@"' "$limit" \
	sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
expect_grep "^update-po: cannot write the merged $P; it is unchanged\$" "$tmp/err" "ulimit -f"
expect_unchanged "$fs/P" "ulimit -f"

# And with room: the merge, TMPDIR still full; a second run has nothing
# to change, and leaves the file as it is, its inode and time too.
catalogs "$fs/P"
expect_status 0 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
expect_same "$tmp/ref/zh_CN.po" "$fs/P/zh_CN.po" "the merge on the tmpfs"
expect_no_temps "$fs/P" "the merge on the tmpfs"
state=$(stat -c '%i %.9Y' "$fs/P/zh_CN.po")
expect_status 0 sh "$update_po" "$STATUSGEN" "$data" "$fs/P"
[ "$(stat -c '%i %.9Y' "$fs/P/zh_CN.po")" = "$state" ] && pass ||
	fail "a merge that changes nothing replaced the catalog"
expect_tmpdir_untouched "the merges"

finish
