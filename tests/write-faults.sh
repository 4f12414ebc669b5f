#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Catalog and template writes are checked, libgettextpo's included: a
# file-size limit, a full device, a closed standard output and (as root)
# a full file system make 'pot', 'po' and po/update-po fail with exit
# status 1, keep every existing catalog byte for byte, leave no
# temporary file, and never run msgmerge on a template that was not
# finished.  No message ends in ": Success".
. "$srcdir/tests/lib.sh"
if ! command -v msgmerge >/dev/null 2>&1; then
	echo "SKIP: needs gettext's msgmerge"
	exit 77
fi
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH

# no_success WHAT: no message of the last command ends in ": Success".
no_success() {
	if grep -q ': Success$' "$tmp/err"; then
		fail "$1: a message ends in ': Success':"
		sed 's/^/    /' "$tmp/err"
	else
		pass
	fi
}

# expect_no_temps DIR: nothing but the files of DIR.before is in DIR.
expect_no_temps() {
	[ "$(ls -A "$1")" = "$(ls -A "$1.before")" ] && pass ||
		fail "$1 holds other files than before: $(ls -A "$1" | tr '\n' ' ')"
}

# expect_unchanged DIR WHAT: every file of DIR.before is in DIR, byte for
# byte, and nothing else is.
expect_unchanged() {
	for f in "$1.before"/*; do
		expect_same "$f" "$1/${f##*/}" "$2: ${f##*/}"
	done
	expect_no_temps "$1"
}

# catalogs DIR: DIR holds LINGUAS, zh_CN.po and a template that differs
# from what the data gives (so that a run would replace it), and a copy
# DIR.before.
catalogs() {
	rm -rf "$1" "$1.before"
	mkdir -p "$1"
	cp "$srcdir/po/zh_CN.po" "$1/"
	echo zh_CN >"$1/LINGUAS"
	{ echo '# An older template.'; cat "$srcdir/po/http-status.pot"; } >"$1/http-status.pot"
	chmod u+w "$1"/*
	cp -Rp "$1" "$1.before"
}

# The size of a block of the shell's ulimit -f (512 in dash, 1024 in bash).
block=$(sh -c 'ulimit -f 1 && exec printf "%2000s" x' 2>/dev/null | wc -c)
[ "$block" -gt 0 ] || block=512
limit=$((20480 / block))

# ---- ulimit -f -----------------------------------------------------------
catalogs "$tmp/P"
expect_status 1 sh -c 'ulimit -f "$0" && exec "$@"' "$limit" \
	"$STATUSGEN" po --data "$data" --po-dir "$tmp/P" --locale zh_CN -o "$tmp/P/new.po"
expect_grep "^statusgen: error: cannot write '$tmp/P/new.po': File too large\$" \
	"$tmp/err" "po under ulimit -f"
[ -e "$tmp/P/new.po" ] && fail "po under ulimit -f left a catalog" || pass
expect_unchanged "$tmp/P" "po under ulimit -f"
no_success "po under ulimit -f"

expect_status 1 sh -c 'ulimit -f "$0" && exec "$@"' "$limit" \
	"$STATUSGEN" pot --data "$data" -o "$tmp/P/http-status.pot"
expect_grep "^statusgen: error: cannot write '$tmp/P/http-status.pot': File too large\$" \
	"$tmp/err" "pot under ulimit -f"
expect_unchanged "$tmp/P" "pot under ulimit -f"
no_success "pot under ulimit -f"

# po/update-po stops at the failing template; msgmerge never runs.
expect_status 1 sh -c 'ulimit -f "$0" && exec "$@"' "$limit" \
	sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/P"
expect_grep "cannot write '$tmp/P/http-status.pot': File too large" "$tmp/err" \
	"update-po under ulimit -f"
expect_unchanged "$tmp/P" "update-po under ulimit -f"

# ---- /dev/full and a closed standard output -------------------------------
expect_status 1 "$STATUSGEN" pot --data "$data" -o /dev/full
expect_grep "^statusgen: error: cannot write '/dev/full': No space left on device\$" \
	"$tmp/err" "pot -o /dev/full"
no_success "pot -o /dev/full"
expect_status 1 "$STATUSGEN" po --data "$data" --locale zh_CN -o /dev/full
expect_grep "^statusgen: error: cannot write '/dev/full': No space left on device\$" \
	"$tmp/err" "po -o /dev/full"
expect_status 1 sh -c 'exec "$@" >/dev/full' sh "$STATUSGEN" pot --data "$data"
expect_grep "^statusgen: error: cannot write 'standard output': No space left on device\$" \
	"$tmp/err" "pot >/dev/full"
no_success "pot >/dev/full"
expect_status 1 sh -c 'exec "$@" >&-' sh "$STATUSGEN" pot --data "$data"
expect_grep "^statusgen: error: cannot write 'standard output': Bad file descriptor\$" \
	"$tmp/err" "pot with standard output closed"
no_success "pot with standard output closed"
# A path that stands for the closed descriptor is no way round it: the
# output would go nowhere.  /dev/null itself is still fine.
for path in /dev/stdout /dev/fd/1 /proc/self/fd/1; do
	expect_status 1 sh -c 'exec "$@" >&-' sh "$STATUSGEN" json --data "$data" -o "$path"
	expect_grep "^statusgen: error: cannot write '$path': Bad file descriptor\$" \
		"$tmp/err" "json -o $path with standard output closed"
done
expect_status 1 sh -c 'exec "$@" 2>&-' sh "$STATUSGEN" json --data "$data" -o /dev/stderr
expect_status 0 sh -c 'exec "$@" >&-' sh "$STATUSGEN" json --data "$data" -o /dev/null

# ---- standard error that cannot be written ------------------------------
# Diagnostics that cannot be written (standard error on a full device, or
# closed) fail the run, exit status 1, as GNU close_stdout does for both
# streams: the messages are lost, the status says so.  Every command that
# prints findings, on input that gives some (the seeds give warnings), and
# the run writes no output, as any failed run.
printf '%s\n' '### 404 not found' '' '### 410 Gone' >"$tmp/note.md"
printf '%s\n' '### 404 Not Found' '' '### 404 Not Found' >"$tmp/dup.md"
printf '%s\n' '### 404 Not Found' '' '### 410 Gone' >"$tmp/clean.md"
o="$tmp/out-dir"
# stderr_fails CMD...: CMD prints findings and exits 0; with standard
# error on /dev/full or closed, it exits 1, and writes nothing into $o.
stderr_fails() {
	rm -rf "$o"
	mkdir "$o"
	expect_status 0 "$STATUSGEN" "$@"
	[ -s "$tmp/err" ] && pass || fail "'$1' printed no finding"
	for redirect in '2>/dev/full' '2>&-'; do
		rm -rf "$o"
		mkdir "$o"
		expect_status 1 sh -c "exec \"\$@\" $redirect" sh "$STATUSGEN" "$@"
		[ -z "$(ls -A "$o")" ] && pass || fail "'$1' $redirect wrote $(ls -A "$o")"
	done
}
stderr_fails check --data "$data" --po-dir "$srcdir/po"
stderr_fails lint "$tmp/note.md"
stderr_fails extract "$tmp/dup.md"
stderr_fails json --data "$data" --po-dir "$srcdir/po" -o "$o/x.json"
stderr_fails generate --data "$data" --po-dir "$srcdir/po" --output-dir "$o/gen"
stderr_fails pot --data "$data" -o "$o/x.pot"
stderr_fails po --data "$data" --po-dir "$srcdir/po" --locale zh_CN -o "$o/zh_CN.po"
stderr_fails c --data "$data" --po-dir "$srcdir/po" --header "$o/x.h" --source "$o/x.c"
stderr_fails markdown --data "$data" --po-dir "$srcdir/po" --locale zh_CN -o "$o/x.md"
# A closed standard error that nothing is written to is no failure.
expect_status 0 sh -c 'exec "$@" 2>&-' sh "$STATUSGEN" lint "$tmp/clean.md"
expect_status 0 sh -c 'exec "$@" 2>&-' sh "$STATUSGEN" --version

# ---- a full file system (root only: a small tmpfs) ------------------------
if [ "$(id -u)" != 0 ]; then
	echo "SKIP (part): the full file system cases need root, to mount a tmpfs"
	finish
	exit
fi
fs="$tmp/fs"
mkdir "$fs"
if ! mount -t tmpfs -o size=512k tmpfs "$fs" 2>/dev/null; then
	echo "SKIP (part): cannot mount a tmpfs"
	finish
	exit
fi
trap 'umount "$fs" 2>/dev/null; rm -rf "$tmp"' EXIT
page=$(stat -f -c %S "$fs")

# leave_free PAGES: fill the tmpfs until only PAGES pages are free.
leave_free() {
	rm -f "$fs/filler"
	avail=$(($(stat -f -c %a "$fs") * page))
	head -c $((avail - $1 * page)) /dev/zero >"$fs/filler" ||
		fail "cannot fill the tmpfs"
}
pages_of() { echo $((($(wc -c <"$1") + page - 1) / page)); }

catalogs "$fs/P"
pot_pages=$(pages_of "$fs/P/http-status.pot")

# A template that does not fit: pot fails and keeps the old one; a new
# catalog that does not fit is not created; update-po stops there.
leave_free 2
expect_status 1 "$STATUSGEN" pot --data "$data" -o "$fs/P/http-status.pot"
expect_grep "^statusgen: error: cannot write '$fs/P/http-status.pot': No space left on device\$" \
	"$tmp/err" "pot on a full file system"
no_success "pot on a full file system"
expect_unchanged "$fs/P" "pot on a full file system"
expect_status 1 "$STATUSGEN" po --data "$data" --po-dir "$fs/P" --locale zh_CN -o "$fs/P/new.po"
expect_grep "^statusgen: error: cannot write '$fs/P/new.po': No space left on device\$" \
	"$tmp/err" "po on a full file system"
[ -e "$fs/P/new.po" ] && fail "po on a full file system left a catalog" || pass
expect_status 1 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$fs/P"
expect_unchanged "$fs/P" "update-po with no room for the template"

# Room for the template but not for the merged catalog (a small catalog
# that the merge makes large): update-po fails and keeps the catalog.
printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' \
	'"Language: zh_CN\n"' '' 'msgctxt "status 404 reason"' 'msgid "Not Found"' \
	'msgstr "没有找到"' >"$fs/P/zh_CN.po"
awk 'BEGIN { for (i = 0; i < 100; i++) {
	printf "\n#~ msgctxt \"old %d\"\n#~ msgid \"An old English text, number %d, long", i, i
	printf " enough to take room.\"\n#~ msgstr \"旧的译文，第 %d 条，足够长，占用空间。", i
	printf "旧的译文，足够长，占用空间。旧的译文。\"\n" } }' >>"$fs/P/zh_CN.po"
cp -p "$fs/P/zh_CN.po" "$fs/P.before/zh_CN.po"
leave_free $((pot_pages + 2))
expect_status 1 sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$fs/P"
no_success "update-po with no room for the catalog"
rm -f "$fs/filler"
expect_same "$fs/P.before/zh_CN.po" "$fs/P/zh_CN.po" "catalog after update-po on a full disk"
expect_no_temps "$fs/P"

# The C pair: a header that does not fit, and a source on a device that
# fails too: each failure is reported, and no file is put in place.
mkdir "$fs/C"
leave_free 1
expect_status 1 "$STATUSGEN" c --data "$data" --header "$fs/C/x.h" --source /dev/full
expect_grep "^statusgen: error: cannot write '$fs/C/x.h': No space left on device\$" \
	"$tmp/err" "c with its header on a full file system"
expect_grep "^statusgen: error: cannot write '/dev/full': No space left on device\$" \
	"$tmp/err" "c with its source on /dev/full, after its header failed"
[ -z "$(ls -A "$fs/C")" ] && pass || fail "c on a full file system left $(ls -A "$fs/C")"
rm -f "$fs/filler"

umount "$fs"
trap 'rm -rf "$tmp"' EXIT
finish
