#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The pre-commit hook (.pre-commit-hooks.yaml, hook statusgen-lint), tried
# as a user would with Debian's pre-commit, offline: 'pre-commit try-repo'
# in a throwaway git repository, with this build's statusgen on the PATH
# (the hook runs the installed one: language: system).  A page with a
# misspelling fails, a clean page passes, a file that is no page is not
# given to it.  Skipped (77) without pre-commit or git, except in CI.
. "$srcdir/tests/lib.sh"

if ! command -v pre-commit >/dev/null 2>&1 || ! command -v git >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		fail "pre-commit or git is missing in CI (Debian packages 'pre-commit', 'git')"
		finish
		exit 1
	fi
	echo "SKIP: pre-commit is not installed (Debian package 'pre-commit')"
	exit 77
fi

# The hooks repository: the hook file alone (the source tree need not be
# a git repository, as in a release tarball).
mkdir -p "$tmp/hooks" "$tmp/bin" "$tmp/work"
cp "$srcdir/.pre-commit-hooks.yaml" "$tmp/hooks/"
ln -s "$STATUSGEN" "$tmp/bin/statusgen"
git_quiet() {
	git -c user.name=test -c user.email=test@example.invalid -c init.defaultBranch=main \
		-c commit.gpgsign=false "$@" >/dev/null 2>&1
}
(cd "$tmp/hooks" && git_quiet init && git_quiet add .pre-commit-hooks.yaml &&
	git_quiet commit -m hooks) || fail "cannot make the hooks repository"

cd "$tmp/work" || exit 1
git_quiet init
printf '# Codes\n\n### 404 Not Fuond\n' >bad.md
printf '# Codes\n\n### 404 Not Found\n\n### 200 OK\n' >good.md
printf '<table><tr><td>404</td><td>Not Found</td></tr></table>\n' >good.html
printf '404 Not Fuond, but no page\n' >notes.txt
git_quiet add .

# try_hook WANT FILE...: pre-commit try-repo on FILEs, offline and with
# its cache in the test directory.
try_hook() {
	want=$1
	shift
	PATH="$tmp/bin:$PATH" PRE_COMMIT_HOME="$tmp/cache" HOME="$tmp" \
		$(time_limit 120) pre-commit try-repo "$tmp/hooks" statusgen-lint --files "$@" \
		>"$tmp/out" 2>&1
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "pre-commit try-repo on $* exited $got, expected $want:"
		sed 's/^/    /' "$tmp/out" | tail -20
	else
		pass
	fi
}

try_hook 1 bad.md
expect_grep "^bad.md:3: warning: 404 is called 'Not Fuond' here, but is registered as 'Not Found' \[misspelled-phrase\]$" \
	"$tmp/out" "the hook's finding"
expect_grep "statusgen lint\.*Failed" "$tmp/out" "the hook fails"
try_hook 0 good.md good.html
expect_grep "statusgen lint\.*Passed" "$tmp/out" "the hook passes"
try_hook 0 notes.txt
expect_grep "statusgen lint\.*(no files to check)Skipped" "$tmp/out" "a .txt file is no page"

finish
