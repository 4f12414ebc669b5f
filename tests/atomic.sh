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
	left=$(ls -A "$1" | grep 'statusgen-tmp' || true)
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
	while [ $i -lt 300 ] && ! ls -A "$tmp/sig" | grep -q 'statusgen-tmp'; do
		sleep 0.1
		i=$((i + 1))
	done
	ls -A "$tmp/sig" | grep -q 'statusgen-tmp' && pass ||
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

# A path that stands for standard output is written to it, as '-' is:
# not opened anew, which would empty a file the shell opened with '>>'.
echo "what was there" >"$tmp/log"
sh -c 'exec "$@" >>"$0"' "$tmp/log" "$STATUSGEN" json --data "$data" -o /dev/stdout 2>/dev/null ||
	fail "json -o /dev/stdout >>log"
{ echo "what was there"; cat "$tmp/expected.json"; } >"$tmp/log.expected"
expect_same "$tmp/log.expected" "$tmp/log" "json -o /dev/stdout >>log"

# A symbolic link stays a link; the file it points to is replaced.
echo old >"$tmp/real.json"
ln -s real.json "$tmp/link.json"
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/link.json"
[ -L "$tmp/link.json" ] && pass || fail "the link output was replaced by a file"
expect_same "$tmp/expected.json" "$tmp/real.json" "the file behind the link"
# So does a link to a file not there yet (in another directory, through
# a second link): the file is created, as 'cat >link' would.
mkdir "$tmp/elsewhere"
ln -s elsewhere/link2.json "$tmp/dangling.json"
ln -s new.json "$tmp/elsewhere/link2.json"
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/dangling.json"
[ -L "$tmp/dangling.json" ] && [ -L "$tmp/elsewhere/link2.json" ] && pass ||
	fail "a link to a missing file was replaced by a file"
expect_same "$tmp/expected.json" "$tmp/elsewhere/new.json" "the file a dangling link names"
# A chain of links stays a chain; the file at its end is replaced.
echo old >"$tmp/end.json"
ln -s end.json "$tmp/chain2.json"
ln -s chain2.json "$tmp/chain1.json"
expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/chain1.json"
[ -L "$tmp/chain1.json" ] && [ -L "$tmp/chain2.json" ] && pass || fail "a chain of links was replaced"
expect_same "$tmp/expected.json" "$tmp/end.json" "the file at the end of a chain"
# A loop of links, or a chain longer than the 40 links the kernel
# follows, leads to no file: an error, and every link stays.
mkdir "$tmp/loop"
ln -s b "$tmp/loop/a"
ln -s a "$tmp/loop/b"
expect_status 1 "$STATUSGEN" json --data "$data" -o "$tmp/loop/a"
expect_grep "^statusgen: error: cannot write '$tmp/loop/a': Too many levels of symbolic links\$" \
	"$tmp/err" "a loop of links"
[ -L "$tmp/loop/a" ] && [ -L "$tmp/loop/b" ] && pass || fail "a link of a loop was replaced by a file"
i=0
while [ $i -lt 41 ]; do
	ln -s "l$((i + 1))" "$tmp/loop/l$i"
	i=$((i + 1))
done
expect_status 1 "$STATUSGEN" json --data "$data" -o "$tmp/loop/l0"
expect_grep "^statusgen: error: cannot write '$tmp/loop/l0': Too many levels of symbolic links\$" \
	"$tmp/err" "41 links to a missing file"
[ -L "$tmp/loop/l0" ] && [ ! -e "$tmp/loop/l41" ] && pass || fail "41 links: a file was made"
expect_no_temps "$tmp/loop"
# A link to a directory is a directory: nothing is written, the link stays.
ln -s elsewhere "$tmp/dirlink"
expect_status 1 "$STATUSGEN" json --data "$data" -o "$tmp/dirlink"
expect_grep "^statusgen: error: cannot open '$tmp/dirlink': Is a directory\$" "$tmp/err" "a link to a directory"
[ -L "$tmp/dirlink" ] && pass || fail "a link to a directory was replaced"

# Any descriptor named as a path (/dev/fd/N, /proc/self/fd/N, a link to
# one) is written where it stands, never opened anew: a log the shell
# opened with '>>' keeps what it held.
for path in /dev/fd/3 /proc/self/fd/3 "$tmp/fdlink"; do
	rm -f "$tmp/fdlink"
	ln -s /dev/fd/3 "$tmp/fdlink"
	echo "what was there" >"$tmp/log"
	sh -c 'exec "$@" 3>>"$0"' "$tmp/log" "$STATUSGEN" json --data "$data" -o "$path" 2>"$tmp/err" ||
		fail "json -o $path 3>>log: $(cat "$tmp/err")"
	expect_same "$tmp/log.expected" "$tmp/log" "json -o $path 3>>log"
done
[ -L "$tmp/fdlink" ] && pass || fail "a link to /dev/fd/3 was replaced"
# A descriptor open for reading only is not written, nor its file emptied.
echo "what was there" >"$tmp/log"
expect_status 1 sh -c 'exec "$@" 3<"$0"' "$tmp/log" "$STATUSGEN" json --data "$data" -o /dev/fd/3
expect_grep "^statusgen: error: cannot write '/dev/fd/3': Bad file descriptor\$" "$tmp/err" \
	"json -o /dev/fd/3 3<log"
[ "$(cat "$tmp/log")" = "what was there" ] && pass || fail "json -o /dev/fd/3 3<log changed the log"

# A replaced file keeps its mode (and owner and group, as root); a new
# one gets the umask's.
mkdir "$tmp/mode"
"$STATUSGEN" generate --data "$data" --output-dir "$tmp/mode" 2>/dev/null
chmod 600 "$tmp/mode/http-status.json"
chmod 640 "$tmp/mode/http_status.c"
if [ "$(id -u)" = 0 ]; then chown 4321:4322 "$tmp/mode/http-status.json"; fi
before=$(ls -ln "$tmp/mode/http-status.json" "$tmp/mode/http_status.c" | awk '{ print $1, $3, $4 }')
rm "$tmp/mode/http_status.h"
expect_status 0 sh -c 'umask 027 && exec "$@"' sh \
	"$STATUSGEN" generate --data "$data" --output-dir "$tmp/mode"
after=$(ls -ln "$tmp/mode/http-status.json" "$tmp/mode/http_status.c" | awk '{ print $1, $3, $4 }')
[ "$after" = "$before" ] && pass || fail "modes and owners '$after', expected '$before'"
got=$(ls -ln "$tmp/mode/http_status.h" | awk '{ print $1 }')
[ "$got" = "-rw-r-----" ] && pass || fail "new file's mode $got, expected -rw-r----- (umask 027)"

if command -v mkfifo >/dev/null 2>&1; then
	# Writers of one directory take turns: a run blocked on a FIFO there
	# holds the directory's lock, and a second run into the directory
	# waits until the first is done.
	mkdir "$tmp/lock"
	mkfifo "$tmp/lock/pipe.c"
	"$STATUSGEN" c --data "$data" --header "$tmp/lock/http_status.h" \
		--source "$tmp/lock/pipe.c" 2>/dev/null &
	first=$!
	i=0
	while [ $i -lt 300 ] && ! ls -A "$tmp/lock" | grep -q 'statusgen-tmp'; do
		sleep 0.1
		i=$((i + 1))
	done
	"$STATUSGEN" json --data "$data" -o "$tmp/lock/http-status.json" 2>/dev/null &
	second=$!
	sleep 1
	if [ -e "$tmp/lock/http-status.json" ]; then
		fail "a second run wrote into a directory while the first held it"
	else
		pass
	fi
	cat "$tmp/lock/pipe.c" >/dev/null
	wait "$first" && pass || fail "first writer failed"
	wait "$second" && pass || fail "second writer failed"
	[ -f "$tmp/lock/http_status.h" ] && [ -f "$tmp/lock/http-status.json" ] && pass ||
		fail "after the two runs: $(ls -A "$tmp/lock" | tr '\n' ' ')"
	expect_no_temps "$tmp/lock"

	# A run killed by SIGKILL leaves its temporary file; the next run
	# into the directory removes it, and any other file of our naming
	# (but none that merely looks alike).  The header must change, or it
	# would be left alone and get no temporary file.
	printf 'old\n' >"$tmp/lock/http_status.h"
	"$STATUSGEN" c --data "$data" --header "$tmp/lock/http_status.h" \
		--source "$tmp/lock/pipe.c" 2>/dev/null &
	pid=$!
	i=0
	while [ $i -lt 300 ] && ! ls -A "$tmp/lock" | grep -q 'statusgen-tmp'; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -KILL "$pid"
	wait "$pid"
	ls -A "$tmp/lock" | grep -q 'statusgen-tmp' && pass ||
		fail "SIGKILL left no temporary file to clean up"
	for f in .http_status.h.statusgen-tmp.Ab12Cd .x.statusgen-tmp.Ab12C \
		x.statusgen-tmp.Ab12Cd .x.tmpAb12Cd; do
		echo keep >"$tmp/lock/$f"
	done
	expect_status 0 "$STATUSGEN" json --data "$data" -o "$tmp/lock/http-status.json"
	left=$(ls -A "$tmp/lock" | tr '\n' ' ')
	[ "$left" = ".x.statusgen-tmp.Ab12C .x.tmpAb12Cd http-status.json http_status.h pipe.c x.statusgen-tmp.Ab12Cd " ] &&
		pass || fail "after a run into a directory with stale files: $left"
fi

# Two 'generate' runs into one directory, from catalogs that differ,
# leave the set of one or of the other, never a mix.  (zh_CN's catalog
# alone, with a LINGUAS of its own: one language shows it as well as 21.)
mkdir "$tmp/po1" "$tmp/po2"
for d in "$tmp/po1" "$tmp/po2"; do
	cp "$srcdir/po/zh_CN.po" "$d/" && chmod u+w "$d/zh_CN.po" && echo zh_CN >"$d/LINGUAS"
done
sed -e 's/^msgstr "没有找到"$/msgstr "找不到"/' "$srcdir/po/zh_CN.po" >"$tmp/po2/zh_CN.po"
"$STATUSGEN" generate --data "$data" --po-dir "$tmp/po1" --output-dir "$tmp/set1" 2>/dev/null
"$STATUSGEN" generate --data "$data" --po-dir "$tmp/po2" --output-dir "$tmp/set2" 2>/dev/null
if diff -r "$tmp/set1" "$tmp/set2" >/dev/null; then
	fail "the two catalogs give the same artifacts"
fi
mixed=0
round=0
while [ $round -lt 20 ]; do
	"$STATUSGEN" generate --data "$data" --po-dir "$tmp/po1" --output-dir "$tmp/both" 2>/dev/null &
	a=$!
	"$STATUSGEN" generate --data "$data" --po-dir "$tmp/po2" --output-dir "$tmp/both" 2>/dev/null &
	b=$!
	wait "$a"
	wait "$b"
	diff -r "$tmp/set1" "$tmp/both" >/dev/null || diff -r "$tmp/set2" "$tmp/both" >/dev/null ||
		mixed=$((mixed + 1))
	round=$((round + 1))
done
[ "$mixed" -eq 0 ] && pass || fail "two generate runs left a mixed set in $mixed of 20 rounds"

# Two po/update-po runs over one po directory both succeed, and leave
# a complete catalog and nothing else.
if command -v msgmerge >/dev/null 2>&1; then
	mkdir "$tmp/upo"
	cp "$srcdir/po/zh_CN.po" "$srcdir/po/http-status.pot" "$tmp/upo/"
	echo zh_CN >"$tmp/upo/LINGUAS"
	chmod -R u+w "$tmp/upo"
	ls -A "$tmp/upo" >"$tmp/upo.files"
	round=0
	while [ $round -lt 5 ]; do
		sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/upo" 2>"$tmp/upo.err1" &
		a=$!
		sh "$srcdir/po/update-po" "$STATUSGEN" "$data" "$tmp/upo" 2>"$tmp/upo.err2" &
		b=$!
		wait "$a" && pass || { fail "update-po (first of two) failed:"; cat "$tmp/upo.err1"; }
		wait "$b" && pass || { fail "update-po (second of two) failed:"; cat "$tmp/upo.err2"; }
		round=$((round + 1))
	done
	ls -A "$tmp/upo" | diff "$tmp/upo.files" - >/dev/null && pass ||
		fail "update-po runs left files: $(ls -A "$tmp/upo" | tr '\n' ' ')"
	msgfmt --check -o /dev/null "$tmp/upo/zh_CN.po" && pass ||
		fail "catalog after concurrent update-po runs fails msgfmt --check"
fi

# A translator's catalog is on the disk before it is put in place.
# (LeakSanitizer, in a --enable-sanitizers build, cannot run under ptrace.)
if command -v strace >/dev/null 2>&1 &&
	strace -o /dev/null true >/dev/null 2>&1; then
	ASAN_OPTIONS=detect_leaks=0
	export ASAN_OPTIONS
	expect_status 0 strace -o "$tmp/trace" -e trace=fsync,rename,renameat,renameat2,link,linkat \
		"$STATUSGEN" po --data "$data" --po-dir "$srcdir/po" --locale zh_CN -o "$tmp/zh_CN.po"
	if awk '/^fsync/ { synced = 1 } /^(rename|link)/ { renamed = 1; exit !synced }
		 END { exit !renamed }' "$tmp/trace"; then
		pass
	else
		fail "po: no fsync before the link or rename:"
		sed 's/^/    /' "$tmp/trace"
	fi
	expect_status 0 strace -o "$tmp/trace" -e trace=fsync \
		"$STATUSGEN" json --data "$data" -o "$tmp/x.json"
	if grep -q '^fsync' "$tmp/trace"; then fail "json (an artifact) was fsynced"; else pass; fi
fi
finish
