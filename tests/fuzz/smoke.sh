#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make fuzz-smoke: run each fuzz target for FUZZ_TIME seconds (30 unless
# set) on a copy of its seed corpus, one target at a time, in
# tests/fuzz/run/NAME/ of the build tree: the inputs libFuzzer adds never
# land in the source tree.  Fails if any target finds a crash, a leak,
# undefined behaviour, a timeout (10 s) or an input using over 2 GiB; the
# input and the log are left in tests/fuzz/run/NAME/.
#
#   smoke.sh FUZZ-SRCDIR TARGET...    (TARGET: tests/fuzz/fuzz_NAME)
set -u

fuzzdir=$1
shift
time=${FUZZ_TIME:-30}
count=$#
failed=

for target in "$@"; do
	name=$(basename "$target")
	name=${name#fuzz_}
	run=tests/fuzz/run/$name
	rm -rf "$run"
	mkdir -p "$run/corpus" || exit 1
	cp "$fuzzdir/corpus/$name"/* "$run/corpus/" || exit 1
	# make distcheck's source tree is read-only, and so would the copies be.
	chmod -R u+w "$run"
	# "$@" is free for the options: the loop's list was read already.
	set -- -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$run/"
	[ -f "$fuzzdir/$name.dict" ] && set -- "$@" -dict="$fuzzdir/$name.dict"
	# Leaks inside a library that no caller can avoid (see the file).
	supp="$fuzzdir/$name.lsan.supp"
	lsan=${LSAN_OPTIONS:-}
	asan=${ASAN_OPTIONS:-}
	if [ -f "$supp" ]; then
		lsan="suppressions=$supp:print_suppressions=0${lsan:+:$lsan}"
		asan="fast_unwind_on_malloc=0${asan:+:$asan}"
	fi
	echo "fuzz-smoke: $name, ${time}s"
	if LSAN_OPTIONS=$lsan ASAN_OPTIONS=$asan \
	   "./$target" "$@" "$run/corpus" >"$run/log" 2>&1; then
		grep -a 'DONE' "$run/log" | tail -n 1
	else
		tail -n 40 "$run/log"
		echo "fuzz-smoke: $name FAILED (log and input in $run/)"
		failed="$failed $name"
	fi
done

if [ -n "$failed" ]; then
	echo "fuzz-smoke: failed:$failed"
	exit 1
fi
echo "fuzz-smoke: all $count targets ran ${time}s without a finding"
