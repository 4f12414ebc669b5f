#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/update-po and the people and programs around it:
# - a translator's save while the catalog is being merged is kept, and
#   the run says so and fails, however the editor saved (a new file
#   renamed over it, or the same file rewritten, even to the same size
#   within the same second);
# - it takes turns with statusgen through the lock on po/ that
#   statusgen's writers take: statusgen's writers and readers of po/
#   wait for a run, and a run waits for them;
# - a run killed with SIGKILL leaves its temporary file behind, named as
#   statusgen names its own, and the next run, update-po's or
#   statusgen's, removes it; no run leaves a file in TMPDIR.
# A msgmerge wrapper on PATH holds the merge until the test lets it go.
. "$srcdir/tests/lib.sh"
for tool in msgmerge flock setsid; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: needs $tool"
		exit 77
	fi
done
data="$srcdir/data"
SOURCE_DATE_EPOCH=1735689600
export SOURCE_DATE_EPOCH
update_po="$srcdir/po/update-po"
mkdir "$tmp/tmpdir"
TMPDIR=$tmp/tmpdir
export TMPDIR

# A msgmerge that says it started ($tmp/started), then waits for $tmp/go
# (a minute at most) before it merges.
mkdir "$tmp/bin"
cat >"$tmp/bin/msgmerge" <<EOF
#!/bin/sh
: >"$tmp/started"
i=0
while [ ! -e "$tmp/go" ] && [ \$i -lt 600 ]; do sleep 0.1; i=\$((i + 1)); done
exec $(command -v msgmerge) "\$@"
EOF
chmod +x "$tmp/bin/msgmerge"

# wait_for FILE: until FILE exists (a minute at most).
wait_for() {
	i=0
	while [ ! -e "$1" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
	[ -e "$1" ]
}

# catalogs DIR: LINGUAS, the template of the data and a zh_CN.po the
# merge changes.
catalogs() {
	rm -rf "$1"
	mkdir -p "$1"
	cp "$srcdir/po/zh_CN.po" "$1/"
	echo zh_CN >"$1/LINGUAS"
	"$STATUSGEN" pot --data "$data" -o "$1/http-status.pot" 2>/dev/null || fail "statusgen pot failed"
	printf '\nmsgctxt "status 999 reason"\nmsgid "Gone"\nmsgstr "已删除"\n' >>"$1/zh_CN.po"
	chmod 644 "$1"/*
}

# start DIR: update-po on DIR in the background, with the held msgmerge,
# in a process group of its own ($run), once msgmerge has started.
start() {
	rm -f "$tmp/started" "$tmp/go"
	PATH="$tmp/bin:$PATH" setsid sh "$update_po" "$STATUSGEN" "$data" "$1" \
		>"$tmp/run.out" 2>"$tmp/run.err" &
	run=$!
	wait_for "$tmp/started" || fail "msgmerge did not start"
}
# finish_run: let msgmerge go; $run_status is the run's exit status.
finish_run() {
	: >"$tmp/go"
	wait "$run"
	run_status=$?
}

expect_no_temps() {
	left=$(ls -A "$1" | grep -v -x -e LINGUAS -e http-status.pot -e zh_CN.po)
	[ -z "$left" ] && pass || fail "$2: $1 holds $left"
}

# ---- a translator's save during the merge --------------------------------
# save_while_merging HOW WHAT: HOW (a command on $tmp/P/zh_CN.po) runs
# while the catalog is merged; the saved file is kept.
save_while_merging() {
	catalogs "$tmp/P"
	start "$tmp/P"
	eval "$1"
	cp -p "$tmp/P/zh_CN.po" "$tmp/saved.po"
	finish_run
	[ "$run_status" = 1 ] && pass || fail "$2: update-po exited $run_status, expected 1"
	expect_grep "^update-po: '$tmp/P/zh_CN.po' changed while it was merged (saved by a translator?); it is left as it is: run 'make update-po' again\$" \
		"$tmp/run.err" "$2"
	expect_same "$tmp/saved.po" "$tmp/P/zh_CN.po" "$2: the catalog"
	expect_no_temps "$tmp/P" "$2"
}
# An editor that writes a new file and renames it over the old one.
save_while_merging 'sed "s/^msgstr \"没有找到\"\$/msgstr \"找不到\"/" "$tmp/P/zh_CN.po" >"$tmp/P/.edit" &&
	mv "$tmp/P/.edit" "$tmp/P/zh_CN.po"' "a save by rename"
# One that rewrites the file in place, longer.
save_while_merging 'printf "\n# A translator'"'"'s note.\n" >>"$tmp/P/zh_CN.po"' "a save in place"
# The same size, at once (within the same second): only the time in
# nanoseconds, and the change time, tell.
save_while_merging 'printf Z | dd of="$tmp/P/zh_CN.po" bs=1 seek=2 conv=notrunc 2>/dev/null' \
	"a save of the same size"
# With no save, the same run replaces the catalog.
catalogs "$tmp/P"
start "$tmp/P"
finish_run
[ "$run_status" = 0 ] && pass || { fail "update-po with no save exited $run_status"; cat "$tmp/run.err"; }
expect_grep '^#~ msgstr "已删除"$' "$tmp/P/zh_CN.po" "the merge with no save"

# ---- taking turns with statusgen ------------------------------------------
# While update-po merges, statusgen's writers of po/ and its readers of
# po/ (generate, check) wait for it; then they run.
catalogs "$tmp/P"
start "$tmp/P"
"$STATUSGEN" check --data "$data" --po-dir "$tmp/P" >/dev/null 2>&1 &
reader=$!
"$STATUSGEN" generate --data "$data" --po-dir "$tmp/P" --output-dir "$tmp/gen" >/dev/null 2>&1 &
generate=$!
"$STATUSGEN" json --data "$data" -o "$tmp/P/written.json" 2>/dev/null &
writer=$!
sleep 2
for pid in $reader $generate $writer; do
	kill -0 $pid 2>/dev/null && pass || fail "a statusgen run (pid $pid) did not wait for update-po"
done
[ -e "$tmp/gen/http-status.json" ] && fail "generate wrote its outputs while update-po merged" || pass
[ -e "$tmp/P/written.json" ] && fail "json wrote into po/ while update-po merged" || pass
finish_run
[ "$run_status" = 0 ] && pass || fail "update-po exited $run_status while statusgen waited"
for pid in $reader $generate $writer; do
	wait $pid && pass || fail "the statusgen run (pid $pid) that waited failed"
done
[ -e "$tmp/gen/http-status.json" ] && [ -e "$tmp/P/written.json" ] && pass ||
	fail "the statusgen runs that waited wrote nothing"
rm -f "$tmp/P/written.json"

# While po/ is locked, as a statusgen writer locks it, update-po waits
# before it merges; a shared lock, a reader's, keeps it waiting too.  The
# lock is taken once update-po's statusgen has written the template
# (statusgen takes the lock itself for that).
cat >"$tmp/statusgen-then-wait" <<EOF
#!/bin/sh
"$STATUSGEN" "\$@" || exit
: >"$tmp/pot-done"
i=0
while [ ! -e "$tmp/go-on" ] && [ \$i -lt 600 ]; do sleep 0.1; i=\$((i + 1)); done
EOF
chmod +x "$tmp/statusgen-then-wait"
for mode in -x -s; do
	catalogs "$tmp/P"
	rm -f "$tmp/release" "$tmp/started" "$tmp/pot-done" "$tmp/go-on"
	: >"$tmp/go"
	PATH="$tmp/bin:$PATH" sh "$update_po" "$tmp/statusgen-then-wait" "$data" "$tmp/P" 2>"$tmp/run.err" &
	run=$!
	wait_for "$tmp/pot-done" || fail "update-po did not write the template"
	flock $mode "$tmp/P" sh -c ': >"$1/locked"; while [ ! -e "$1/release" ]; do sleep 0.1; done' \
		sh "$tmp" &
	holder=$!
	wait_for "$tmp/locked" || fail "flock $mode did not lock"
	: >"$tmp/go-on"
	sleep 2
	[ -e "$tmp/started" ] && fail "update-po merged while po/ was locked (flock $mode)" || pass
	: >"$tmp/release"
	wait $holder
	wait $run && pass || { fail "update-po after the lock (flock $mode) failed"; cat "$tmp/run.err"; }
	[ -e "$tmp/started" ] && pass || fail "update-po did not merge after the lock (flock $mode)"
	rm -f "$tmp/locked"
done

# ---- a run killed with SIGKILL ----------------------------------------------
catalogs "$tmp/P"
cp -p "$tmp/P/zh_CN.po" "$tmp/before.po"
start "$tmp/P"
kill -9 -"$run"
wait "$run" 2>/dev/null
set -- "$tmp/P"/.zh_CN.po.statusgen-tmp.??????
[ -f "$1" ] && pass || fail "the killed run left no temporary file to remove: $(ls -A "$tmp/P")"
expect_same "$tmp/before.po" "$tmp/P/zh_CN.po" "the catalog after a SIGKILL"
# The next update-po removes it...
expect_status 0 sh "$update_po" "$STATUSGEN" "$data" "$tmp/P"
expect_no_temps "$tmp/P" "the next update-po"
# ... and so does the next statusgen run that writes there.
catalogs "$tmp/P"
start "$tmp/P"
kill -9 -"$run"
wait "$run" 2>/dev/null
expect_status 0 "$STATUSGEN" pot --data "$data" -o "$tmp/P/http-status.pot"
expect_no_temps "$tmp/P" "the next statusgen pot"
# Beside a catalog that is a symbolic link to another directory, too.
catalogs "$tmp/P"
mkdir -p "$tmp/work"
mv "$tmp/P/zh_CN.po" "$tmp/work/zh_CN.po"
ln -s ../work/zh_CN.po "$tmp/P/zh_CN.po"
start "$tmp/P"
kill -9 -"$run"
wait "$run" 2>/dev/null
set -- "$tmp/work"/.zh_CN.po.statusgen-tmp.??????
[ -f "$1" ] && pass || fail "the killed run left no temporary file beside the linked catalog"
expect_status 0 sh "$update_po" "$STATUSGEN" "$data" "$tmp/P"
[ "$(ls -A "$tmp/work")" = zh_CN.po ] && pass ||
	fail "the next update-po left $(ls -A "$tmp/work" | tr '\n' ' ') beside the linked catalog"
[ -L "$tmp/P/zh_CN.po" ] && pass || fail "the linked catalog is no longer a link"

[ -z "$(ls -A "$tmp/tmpdir")" ] && pass || fail "update-po left files in TMPDIR: $(ls -A "$tmp/tmpdir")"
finish
