#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Outputs are replaced all together or not at all: failures, full disks,
# file-size limits and signals leave the old files byte for byte and no
# temporary file; outputs that are not regular files are written
# directly, never replaced.
. "$srcdir/tests/lib.sh"
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH

# expect_no_temps DIR: no temporary file of ours is left in DIR.
expect_no_temps() {
	left=$(ls -A "$1" | grep '\.tmp' || true)
	if [ -n "$left" ]; then fail "temporary files left in $1: $left"; else pass; fi
}

# old_outputs DIR: DIR with an old file of each artifact 'generate' writes.
old_outputs() {
	rm -rf "$1"
	mkdir -p "$1"
	for f in http-status.json http-status.pot http_status.c http-status.en.md; do
		printf 'old %s\n' "$f" >"$1/$f"
	done
	cp -R "$1" "$1.before"
}

# A run that fails on its third output (http_status.h is a directory)
# keeps the first two outputs' old contents.
old_outputs "$tmp/third"
mkdir "$tmp/third/http_status.h" "$tmp/third.before/http_status.h"
expect_status 1 "$STATUSGEN" generate --data "$data" --output-dir "$tmp/third"
expect_grep "^statusgen: error: cannot open '$tmp/third/http_status.h': Is a directory\$" \
	"$tmp/err" "third output is a directory"
expect_same "$tmp/third.before/http-status.json" "$tmp/third/http-status.json" "first output"
expect_same "$tmp/third.before/http-status.pot" "$tmp/third/http-status.pot" "second output"
[ "$(ls -A "$tmp/third")" = "$(ls -A "$tmp/third.before")" ] && pass ||
	fail "failed run changed the directory: $(ls -A "$tmp/third")"
expect_no_temps "$tmp/third"

# The same in a directory below /dev (a tmpfs): only /dev itself and
# /proc hold descriptors' links, so this one is replaced atomically too.
if shm=$(mktemp -d /dev/shm/statusgen-test.XXXXXX 2>/dev/null); then
	old_outputs "$shm/out"
	mkdir "$shm/out/http_status.h" "$shm/out.before/http_status.h"
	expect_status 1 "$STATUSGEN" generate --data "$data" --output-dir "$shm/out"
	expect_same "$shm/out.before/http-status.json" "$shm/out/http-status.json" "/dev/shm output"
	expect_no_temps "$shm/out"
	rm -rf "$shm"
fi

# A file-size limit (ulimit -f, in blocks of 512 or 1024 bytes) is a
# write error: reported, exit 1, old files kept.
old_outputs "$tmp/limit"
expect_status 1 sh -c 'ulimit -f 8 && exec "$@"' sh \
	"$STATUSGEN" generate --data "$data" --output-dir "$tmp/limit"
expect_grep "^statusgen: error: cannot write '$tmp/limit/http-status.json': File too large\$" \
	"$tmp/err" "ulimit -f"
for f in http-status.json http-status.pot http_status.c http-status.en.md; do
	expect_same "$tmp/limit.before/$f" "$tmp/limit/$f" "$f after ulimit -f"
done
expect_no_temps "$tmp/limit"
expect_status 1 sh -c 'ulimit -f 8 && exec "$@" >"$0"' "$tmp/limit/stdout.json" \
	"$STATUSGEN" json --data "$data"
expect_grep "^statusgen: error: cannot write 'standard output': File too large\$" \
	"$tmp/err" "ulimit -f, standard output"

# A FIFO is written directly: it is still a FIFO afterwards, and what
# came through it is the whole output.
if command -v mkfifo >/dev/null 2>&1; then
	"$STATUSGEN" json --data "$data" >"$tmp/expected.json" 2>/dev/null
	mkfifo "$tmp/pipe.json"
	cat "$tmp/pipe.json" >"$tmp/through-pipe.json" &
	reader=$!
	expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/pipe.json"
	wait "$reader"
	expect_same "$tmp/expected.json" "$tmp/through-pipe.json" "json through a FIFO"
	[ -p "$tmp/pipe.json" ] && pass || fail "the FIFO output was replaced"
	expect_no_temps "$tmp"

	# SIGTERM while blocked opening a FIFO (nobody reads it): the
	# temporary file of the output before it is removed, the old header
	# is kept, and the run dies of the signal.
	old_outputs "$tmp/sig"
	mkfifo "$tmp/sig/pipe.c"
	"$STATUSGEN" c --data "$data" --header "$tmp/sig/http_status.c" \
		--source "$tmp/sig/pipe.c" 2>"$tmp/sig.err" &
	pid=$!
	i=0
	while [ $i -lt 300 ] && ! ls -A "$tmp/sig" | grep -q '\.tmp'; do
		sleep 0.1
		i=$((i + 1))
	done
	ls -A "$tmp/sig" | grep -q '\.tmp' && pass ||
		fail "no temporary file while blocked on the FIFO"
	kill -TERM "$pid"
	wait "$pid"
	got=$?
	[ "$got" -eq 143 ] && pass || fail "SIGTERM: exit status $got, expected 143"
	expect_same "$tmp/sig.before/http_status.c" "$tmp/sig/http_status.c" "header after SIGTERM"
	expect_no_temps "$tmp/sig"
fi

# Paths in /dev are never replaced by a rename.  /dev/fd/1 is safe to try
# anywhere: no temporary file can be made in /proc.  /dev/stdout is tried
# only by a user who could not replace it if this went wrong.
expect_status 0 sh -c 'exec "$@" -o /dev/fd/1' sh "$STATUSGEN" json --data "$data"
expect_same "$tmp/expected.json" "$tmp/out" "json -o /dev/fd/1"
if [ "$(id -u)" != 0 ]; then
	expect_status 0 "$STATUSGEN" json --data "$data" -o /dev/stdout
	expect_same "$tmp/expected.json" "$tmp/out" "json -o /dev/stdout"
fi

# A symbolic link stays a link; the file it points to is replaced.
echo old >"$tmp/real.json"
ln -s real.json "$tmp/link.json"
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/link.json"
[ -L "$tmp/link.json" ] && pass || fail "the link output was replaced by a file"
expect_same "$tmp/expected.json" "$tmp/real.json" "the file behind the link"

# A translator's catalog is on the disk before it replaces the old one.
# (LeakSanitizer, in a --enable-sanitizers build, cannot run under ptrace.)
if command -v strace >/dev/null 2>&1 &&
	strace -o /dev/null true >/dev/null 2>&1; then
	ASAN_OPTIONS=detect_leaks=0
	export ASAN_OPTIONS
	expect_status 0 strace -o "$tmp/trace" -e trace=fsync,rename,renameat,renameat2 \
		"$STATUSGEN" po --data "$data" --po-dir "$srcdir/po" --locale zh_CN -o "$tmp/zh_CN.po"
	if awk '/^fsync/ { synced = 1 } /^rename/ { renamed = 1; exit !synced }
		 END { exit !renamed }' "$tmp/trace"; then
		pass
	else
		fail "po: no fsync before the rename:"
		sed 's/^/    /' "$tmp/trace"
	fi
	expect_status 0 strace -o "$tmp/trace" -e trace=fsync \
		"$STATUSGEN" json --data "$data" -o "$tmp/x.json"
	if grep -q '^fsync' "$tmp/trace"; then fail "json (an artifact) was fsynced"; else pass; fi
fi
finish
