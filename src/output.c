/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "output.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "util/xalloc.h"

/* ---- temporary files and signals -------------------------------------- */

/* Every temporary file not yet renamed or removed, of every set.  A
 * signal handler can reach only static data, so this is a mutable global
 * (po_errors.c's "current" is the other one); it is changed only with the
 * caught signals blocked, so that the handler never sees it half changed. */
static char *volatile *temp_files;
static volatile sig_atomic_t nr_temp_files;
static size_t alloc_temp_files;

static const int caught_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGXCPU,
};
#define NR_CAUGHT (sizeof(caught_signals) / sizeof(caught_signals[0]))

static void block_caught_signals(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < NR_CAUGHT; i++)
		sigaddset(&set, caught_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void remember_temp(char *tmp)
{
	sigset_t old;

	block_caught_signals(&old);
	if ((size_t)nr_temp_files + 1 > alloc_temp_files) {
		size_t alloc = alloc_temp_files ? 2 * alloc_temp_files : 8;

		temp_files = xrealloc((void *)temp_files, alloc * sizeof(*temp_files));
		alloc_temp_files = alloc;
	}
	temp_files[nr_temp_files] = tmp;
	nr_temp_files++;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Called once tmp is renamed or removed, before it is freed. */
static void forget_temp(const char *tmp)
{
	sigset_t old;
	size_t i;

	block_caught_signals(&old);
	for (i = 0; i < (size_t)nr_temp_files; i++) {
		if (temp_files[i] == tmp) {
			nr_temp_files--;
			temp_files[i] = temp_files[nr_temp_files];
			break;
		}
	}
	if (!nr_temp_files) {
		free((void *)temp_files);
		temp_files = NULL;
		alloc_temp_files = 0;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Only async-signal-safe calls here: unlink, signal, raise.  The signal
 * is blocked while this runs, so the one raised is delivered, with its
 * default action, as soon as the handler returns. */
static void remove_temps_and_die(int sig)
{
	sig_atomic_t i;

	for (i = 0; i < nr_temp_files; i++)
		unlink(temp_files[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* An exit that skips the cleanup of the sets (out of memory, in
 * xalloc_die) leaves no temporary file either. */
static void remove_temps_at_exit(void)
{
	sig_atomic_t i;

	for (i = 0; i < nr_temp_files; i++)
		unlink(temp_files[i]);
}

/* A standard descriptor that is closed is opened on /dev/null the wrong
 * way round (standard output for reading), so that no file opened later
 * takes its number and every write to it fails (EBADF), as gnulib's
 * stdopen does. */
static void guard_std_fds(void)
{
	int fd, got;

	/* The lowest free number is fd's: open() takes it. */
	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (got >= 0 && got != fd)
			close(got);
	}
}

void output_catch_signals(void)
{
	struct sigaction sa, old;
	size_t i;

	guard_std_fds();

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = remove_temps_and_die;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < NR_CAUGHT; i++)
		sigaddset(&sa.sa_mask, caught_signals[i]);
	for (i = 0; i < NR_CAUGHT; i++)
		if (sigaction(caught_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(caught_signals[i], &sa, NULL);
#ifdef SIGXFSZ
	signal(SIGXFSZ, SIG_IGN);
#endif
	atexit(remove_temps_at_exit);
}

/* ---- outputs ---------------------------------------------------------- */

void output_set_init(struct output_set *set)
{
	set->outs = NULL;
	set->nr = set->alloc = 0;
	set->locks = NULL;
	set->nr_locks = set->alloc_locks = 0;
}

/* The directory of path ("." for a bare name); free() it. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

/* Is path directly in /dev, or anywhere in /proc (/dev/stdout, /dev/fd/1,
 * /proc/self/fd/1)?  A rename there would replace the link that stands
 * for a descriptor, or a device node, with a regular file.  Directories
 * below /dev, such as the tmpfs /dev/shm, are ordinary. */
static bool in_system_dir(const char *path)
{
	char *dir = dir_of(path);
	char *real = realpath(dir, NULL);
	bool system = real && (!strcmp(real, "/dev") ||
			       !strcmp(real, "/proc") || !strncmp(real, "/proc/", 6));

	free(real);
	free(dir);
	return system;
}

static int fd_named(const char *path);

static bool write_directly(const char *path)
{
	struct stat st;

	if (!strcmp(path, "-") || fd_named(path) >= 0)
		return true;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return true;
	return in_system_dir(path);
}

/* The target of the symbolic link at path, as a path from where we run;
 * NULL if it cannot be read.  free() it. */
static char *link_target(const char *path)
{
	size_t size = 256;
	char *buf = NULL, *target;
	ssize_t n;

	do {
		size *= 2;
		buf = xrealloc(buf, size);
		n = readlink(path, buf, size);
	} while (n >= 0 && (size_t)n == size);
	if (n < 0) {
		free(buf);
		return NULL;
	}
	if (buf[0] == '/' || !strchr(path, '/')) {
		target = xstrndup(buf, (size_t)n);
	} else {
		char *dir = dir_of(path);

		target = xasprintf("%s/%.*s", dir, (int)n, buf);
		free(dir);
	}
	free(buf);
	return target;
}

/* The file not there yet that the chain of symbolic links at path ends
 * in; NULL, with errno set, if there is none (a loop: ELOOP).  free()
 * it. */
static char *missing_link_target(const char *path)
{
	char *cur = xstrdup(path), *next;
	struct stat st;
	int depth, err = ELOOP;

	/* As many links as the kernel follows (Linux: 40). */
	for (depth = 0; depth <= 40; depth++) {
		if (lstat(cur, &st) < 0) {
			if (errno == ENOENT && depth)
				return cur;
			err = errno;
			break;
		}
		if (!S_ISLNK(st.st_mode)) {
			/* It is there after all: something else changed it. */
			err = EEXIST;
			break;
		}
		next = link_target(cur);
		if (!next) {
			err = errno;
			break;
		}
		free(cur);
		cur = next;
	}
	free(cur);
	errno = err;
	return NULL;
}

/* The file an output to path replaces: if path is a symbolic link (so
 * that the link stays), the regular file it links to, or the file it
 * names that is not there yet; else path.  NULL, with errno set, if the
 * link leads nowhere a file can be (a loop: ELOOP), so that the link is
 * never replaced by a file.  free() it. */
static char *replaced_file(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0 || !S_ISLNK(st.st_mode))
		return xstrdup(path);
	if (stat(path, &st) == 0)
		return S_ISREG(st.st_mode) ? realpath(path, NULL) : xstrdup(path);
	if (errno == ENOENT)
		return missing_link_target(path);
	return NULL;
}

/* The mark of our temporary files: ".NAME" TEMP_MARK "XXXXXX". */
#define TEMP_MARK ".statusgen-tmp."
#define TEMP_MARK_LEN (sizeof(TEMP_MARK) - 1)

static char *temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xasprintf(".%s" TEMP_MARK "XXXXXX", path);
	return xasprintf("%.*s/.%s" TEMP_MARK "XXXXXX", (int)(slash - path), path,
			 slash + 1);
}

/* Is name one of temp_template()'s, completed by mkstemp()? */
static bool is_temp_name(const char *name)
{
	size_t n = strlen(name), i;

	if (name[0] != '.' || n < 2 + TEMP_MARK_LEN + 6 ||
	    memcmp(name + n - 6 - TEMP_MARK_LEN, TEMP_MARK, TEMP_MARK_LEN))
		return false;
	for (i = n - 6; i < n; i++)
		if (!isalnum((unsigned char)name[i]))
			return false;
	return true;
}

/* Remove our temporary files from the directory dirfd, whose lock the
 * caller has just taken: their runs are gone.  Best effort. */
static void remove_stale_temps(int dirfd)
{
	int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;
	struct stat st;

	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	for (de = readdir(d); de; de = readdir(d))
		if (is_temp_name(de->d_name) &&
		    fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(st.st_mode))
			unlinkat(dirfd, de->d_name, 0);
	closedir(d);
}

/* How long a set that holds a directory's lock waits for another's, in
 * milliseconds, before it gives up: two runs could each hold the lock the
 * other waits for. */
#define LOCK_WAIT_MS 10000

/* Take the lock of the directory path is in, unless the set holds it.
 * A directory that cannot be opened or locked (a file system without
 * flock) is written unlocked, its stale files left alone.  Return 0, or
 * -1 after reporting. */
static int lock_dir_of(struct output_set *set, const char *path, struct diag *diag)
{
	char *dir = dir_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), ret = 0, op, waited = 0;
	struct timespec pause = { 0, 10 * 1000 * 1000 };
	struct stat st;
	size_t i;

	if (fd < 0 || fstat(fd, &st) < 0)
		goto out;
	for (i = 0; i < set->nr_locks; i++)
		if (set->locks[i].dev == st.st_dev && set->locks[i].ino == st.st_ino)
			goto out;
	/* Waiting with a lock held could wait for ever: only the first
	 * lock waits without a limit. */
	op = set->nr_locks ? LOCK_EX | LOCK_NB : LOCK_EX;
	while (flock(fd, op) < 0) {
		if (errno != EINTR && errno != EWOULDBLOCK)
			goto out;
		if (errno == EWOULDBLOCK && waited >= LOCK_WAIT_MS) {
			diag_error(diag, NULL, 0,
				   _("cannot lock directory '%s': another statusgen run is writing there"),
				   dir);
			ret = -1;
			goto out;
		}
		if (errno == EWOULDBLOCK) {
			nanosleep(&pause, NULL);
			waited += 10;
		}
	}
	XGROW(set->locks, set->alloc_locks, set->nr_locks + 1);
	set->locks[set->nr_locks].fd = fd;
	set->locks[set->nr_locks].dev = st.st_dev;
	set->locks[set->nr_locks].ino = st.st_ino;
	set->nr_locks++;
	remove_stale_temps(fd);
	fd = -1;
out:
	if (fd >= 0)
		close(fd);
	free(dir);
	return ret;
}

/* Is dir (a real path) the directory of this process's descriptors:
 * /proc/PID/fd, /proc/PID/task/TID/fd, or a BSD's /dev/fd? */
static bool is_own_fd_dir(const char *dir)
{
	char own[64];
	size_t n;

	if (!strcmp(dir, "/dev/fd"))
		return true;
	n = (size_t)snprintf(own, sizeof(own), "/proc/%ld/", (long)getpid());
	if (strncmp(dir, own, n))
		return false;
	dir += n;
	if (!strncmp(dir, "task/", 5)) {
		dir += 5;
		if (!isdigit((unsigned char)*dir))
			return false;
		while (isdigit((unsigned char)*dir))
			dir++;
		if (*dir++ != '/')
			return false;
	}
	return !strcmp(dir, "fd");
}

/* The descriptor that path names (/dev/stdout, /dev/fd/3,
 * /proc/self/fd/3, or a chain of links to one of them); -1 if none.  Opening such
 * a path would open the file anew, truncating a file the shell opened
 * with '>>', or reach the /dev/null that guard_std_fds() holds for a
 * closed descriptor: it is written to the descriptor itself. */
static int fd_named(const char *path)
{
	char *cur = xstrdup(path), *next, *dir, *real;
	const char *name;
	struct stat st;
	int depth, fd = -1;

	for (depth = 0; depth <= 40 && fd < 0; depth++) {
		dir = dir_of(cur);
		real = realpath(dir, NULL);
		name = strrchr(cur, '/') ? strrchr(cur, '/') + 1 : cur;
		if (real && is_own_fd_dir(real) && *name && strlen(name) < 9 &&
		    strspn(name, "0123456789") == strlen(name))
			fd = (int)strtol(name, NULL, 10);
		next = fd < 0 && real && lstat(cur, &st) == 0 && S_ISLNK(st.st_mode) ?
		       link_target(cur) : NULL;
		free(real);
		free(dir);
		free(cur);
		cur = next;
		if (!cur)
			break;
	}
	free(cur);
	return fd;
}

/* Open path itself, for outputs that are not renamed into place: a path
 * that names a descriptor (standard output, /dev/fd/3) is written to the
 * descriptor itself, where it stands, as "-" is; nothing is truncated. */
static FILE *open_directly(const char *path, struct diag *diag)
{
	int named = strcmp(path, "-") ? fd_named(path) : 1, fd, flags, err;
	FILE *f = NULL;

	if (named == 1)
		return stdout;
	if (named < 0) {
		f = fopen(path, "w");
		if (!f)
			diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(errno));
		return f;
	}
	flags = fcntl(named, F_GETFL);
	if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY) {
		/* Closed, or open for reading only: as write(2) would say. */
		diag_error(diag, NULL, 0, _("cannot write '%s': %s"), path, strerror(EBADF));
		return NULL;
	}
	/* A copy, so that closing the output leaves the descriptor. */
	fd = dup(named);
	f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		err = errno;
		if (fd >= 0)
			close(fd);
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(err));
	}
	return f;
}

/* Give the new file fd the mode of the file st describes, and its owner
 * and group where we may.  Return 0, or -1 with errno set. */
static int copy_mode(int fd, const struct stat *st)
{
	mode_t mode = st->st_mode & 07777;

	/* Best effort: only root may give a file away, and some file systems
	 * have no owners.  Without them, the set-ID bits are not copied. */
	if (fchown(fd, st->st_uid, st->st_gid) < 0 &&
	    fchown(fd, (uid_t)-1, st->st_gid) < 0)
		mode &= ~(mode_t)(S_ISUID | S_ISGID);
	return fchmod(fd, mode);
}

/* Create a temporary file beside path, with the mode (and owner) of the
 * file it replaces, or the permissions a new file would get; store its
 * name in *tmp (free() it). */
static FILE *open_temporary(const char *path, char **tmp, struct diag *diag)
{
	mode_t mask = umask(0);
	struct stat old;
	bool replaces;
	sigset_t blocked;
	FILE *f = NULL;
	int fd;

	umask(mask);
	replaces = stat(path, &old) == 0 && S_ISREG(old.st_mode);
	*tmp = temp_template(path);
	/* Blocked, so that a signal cannot come between the file and its
	 * place in the list. */
	block_caught_signals(&blocked);
	fd = mkstemp(*tmp);
	if (fd >= 0)
		remember_temp(*tmp);
	sigprocmask(SIG_SETMASK, &blocked, NULL);
	if (fd < 0) {
		diag_error(diag, NULL, 0, _("cannot create a file beside '%s': %s"),
			   path, strerror(errno));
		goto fail;
	}
	if ((replaces ? copy_mode(fd, &old) : fchmod(fd, 0666 & ~mask)) == 0)
		f = fdopen(fd, "w");
	if (f)
		return f;
	diag_error(diag, NULL, 0, _("cannot write '%s': %s"), *tmp, strerror(errno));
	close(fd);
	unlink(*tmp);
	forget_temp(*tmp);
fail:
	free(*tmp);
	*tmp = NULL;
	return NULL;
}

/* A stream to memory for an output that replaces path, written to a
 * temporary file at the commit if it changes the file.  A directory where
 * no file can be made is reported now, as a temporary file would be. */
static FILE *open_in_memory(struct output *o, const char *path, struct diag *diag)
{
	char *dir = dir_of(path);
	int ok = access(dir, W_OK) == 0;

	free(dir);
	if (!ok) {
		diag_error(diag, NULL, 0, _("cannot create a file beside '%s': %s"),
			   path, strerror(errno));
		return NULL;
	}
	o->mem = xcalloc(1, sizeof(*o->mem));
	o->f = open_memstream(&o->mem->buf, &o->mem->len);
	if (!o->f) {
		diag_error(diag, NULL, 0, _("cannot write '%s': %s"), path, strerror(errno));
		free(o->mem);
		o->mem = NULL;
	}
	return o->f;
}

static void write_out_finished(struct output_set *set, struct diag *diag);

FILE *output_set_open(struct output_set *set, const char *path, struct diag *diag)
{
	struct output *o;

	if (!*path) {
		/* As fopen("") says; a temporary file ".statusgen-tmp..."
		 * would be made, and then no rename could place it. */
		diag_error(diag, NULL, 0, _("cannot open '%s': %s"), path, strerror(ENOENT));
		return NULL;
	}
	write_out_finished(set, diag);
	XGROW(set->outs, set->alloc, set->nr + 1);
	o = &set->outs[set->nr];
	memset(o, 0, sizeof(*o));
	if (write_directly(path)) {
		o->f = open_directly(path, diag);
	} else {
		o->target = replaced_file(path);
		if (!o->target)
			diag_error(diag, NULL, 0, _("cannot write '%s': %s"), path, strerror(errno));
		else if (lock_dir_of(set, o->target, diag) == 0)
			open_in_memory(o, o->target, diag);
	}
	if (!o->f) {
		free(o->target);
		return NULL;
	}
	o->path = xstrdup(path);
	set->nr++;
	return o->f;
}

bool output_replaces(const char *path)
{
	struct stat st;

	return !write_directly(path) && lstat(path, &st) == 0;
}

void output_set_same_unless(struct output_set *set, const char *prefix)
{
	if (set->nr)
		set->outs[set->nr - 1].same_unless = xstrdup(prefix);
}

/* Do streams fa and fb hold the same lines, but for lines starting with
 * prefix?  Closes both (either may be NULL: then no). */
static bool same_lines_unless(FILE *fa, FILE *fb, const char *prefix)
{
	char la[4096], lb[4096];
	size_t n = strlen(prefix);
	bool same = fa && fb;

	while (same) {
		char *ra = fgets(la, sizeof(la), fa), *rb = fgets(lb, sizeof(lb), fb);

		if (!ra || !rb) {
			same = !ra && !rb;
			break;
		}
		if (strncmp(la, prefix, n) || strncmp(lb, prefix, n))
			same = !strcmp(la, lb);
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return same;
}

/* Do files a and b hold the same lines, but for lines starting with prefix? */
static bool same_unless(const char *a, const char *b, const char *prefix)
{
	return same_lines_unless(fopen(a, "r"), fopen(b, "r"), prefix);
}

/* Does the file o replaces hold what o holds in memory already (but for
 * lines starting with o->same_unless, if set)? */
static bool unchanged(const struct output *o)
{
	int fd = open(o->target, O_RDONLY);
	struct stat st;
	char *old = NULL;
	bool same = false;
	ssize_t n = 0;
	size_t got = 0;

	if (fd < 0)
		return false;
	if (o->same_unless) {
		FILE *f = fdopen(fd, "r");

		if (!f) {
			close(fd);
			return false;
		}
		/* fmemopen() takes no empty buffer: an empty output differs. */
		return same_lines_unless(o->mem->len ? fmemopen(o->mem->buf, o->mem->len, "r") : NULL,
					 f, o->same_unless);
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == o->mem->len) {
		old = xmalloc(o->mem->len + 1);
		/* One byte more than expected tells a file that grew. */
		while (got <= o->mem->len) {
			n = read(fd, old + got, o->mem->len + 1 - got);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			got += (size_t)n;
		}
		same = n == 0 && got == o->mem->len && !memcmp(old, o->mem->buf, got);
		free(old);
	}
	close(fd);
	return same;
}

/* Write o's memory to a temporary file beside the file it replaces,
 * unless that file holds it already.  Return 0, or -1 after reporting. */
static int write_from_memory(struct output *o, struct diag *diag)
{
	bool failed;
	FILE *t;
	int err;

	if (unchanged(o))
		return 0;
	t = open_temporary(o->target, &o->tmp, diag);
	if (!t)
		return -1;
	errno = 0;
	failed = fwrite(o->mem->buf, 1, o->mem->len, t) != o->mem->len;
	err = errno;
	if (fclose(t) != 0 && !failed) {
		failed = true;
		err = errno;
	}
	if (!failed)
		return 0;
	/* The temporary file is removed with the others. */
	diag_error(diag, NULL, 0, _("cannot write '%s': %s"), o->path,
		   strerror(err ? err : EIO));
	return -1;
}

void output_set_durable(struct output_set *set)
{
	if (set->nr)
		set->outs[set->nr - 1].durable = true;
}

void output_set_no_replace(struct output_set *set)
{
	if (set->nr)
		set->outs[set->nr - 1].no_replace = true;
}

void output_set_failed(struct output_set *set, FILE *f, int err)
{
	size_t i;

	for (i = 0; i < set->nr; i++)
		if (set->outs[i].f == f && !set->outs[i].err)
			set->outs[i].err = err ? err : EIO;
}

static void release(struct output_set *set)
{
	size_t i;

	for (i = 0; i < set->nr; i++) {
		free(set->outs[i].path);
		free(set->outs[i].target);
		free(set->outs[i].tmp);
		free(set->outs[i].same_unless);
		if (set->outs[i].mem)
			free(set->outs[i].mem->buf);
		free(set->outs[i].mem);
	}
	free(set->outs);
	/* Closing a descriptor releases its flock(). */
	for (i = 0; i < set->nr_locks; i++)
		close(set->locks[i].fd);
	free(set->locks);
	output_set_init(set);
}

/* Close one output, and write one held in memory to its temporary file
 * when write_out; return 0, or -1 after reporting. */
static int close_output(struct output *o, bool write_out, struct diag *diag)
{
	int failed = o->err || (o->f && ferror(o->f));
	const char *name = strcmp(o->path, "-") ? o->path : _("standard output");

	/* Closed and written out already, any failure reported. */
	if (o->mem && !o->f)
		return o->err ? -1 : 0;
	errno = 0;
	if (o->f == stdout)
		failed |= fflush(stdout) == EOF;
	else if (o->f)
		failed |= fclose(o->f) == EOF;
	o->f = NULL;
	if (!failed && o->mem) {
		if (write_out && write_from_memory(o, diag) < 0) {
			o->err = o->err ? o->err : EIO;
			return -1;
		}
		free(o->mem->buf);
		o->mem->buf = NULL;
		o->mem->len = 0;
		return 0;
	}
	if (!failed)
		return 0;
	if (!o->err)
		o->err = errno;
	if (o->err)
		diag_error(diag, NULL, 0, _("cannot write '%s': %s"), name,
			   strerror(o->err));
	else
		diag_error(diag, NULL, 0, _("cannot write '%s'"), name);
	/* Once: closing it again reports nothing more. */
	o->err = o->err ? o->err : EIO;
	return -1;
}

/* The outputs held in memory that are still open are complete once
 * another is opened: each is written out then (to a temporary file if
 * it changes its file), so that memory holds one output at a time and a
 * changed output has its temporary file from then on, as if it had been
 * written to one.  After a failure, nothing more is written. */
static void write_out_finished(struct output_set *set, struct diag *diag)
{
	bool ok = true;
	size_t i;

	for (i = 0; i < set->nr; i++) {
		struct output *o = &set->outs[i];

		if (o->mem && o->f && close_output(o, ok, diag) < 0)
			ok = false;
		if (o->err)
			ok = false;
	}
}

/* Remove the temporary file of o, if it has one. */
static void drop_temp(struct output *o)
{
	if (!o->tmp)
		return;
	unlink(o->tmp);
	forget_temp(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
}

/* Put o's temporary file in place, where no file may be: link it there
 * (which fails if one is), then remove it.  Return 0, or -1 with errno
 * set.  A file system without hard links renames it, if nothing is
 * there. */
static int place_new(struct output *o)
{
	struct stat st;

	if (link(o->tmp, o->target) == 0) {
		/* Left behind, it is a stale file the next run removes. */
		unlink(o->tmp);
		return 0;
	}
	if (errno == EEXIST)
		return -1;
	if (lstat(o->target, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(o->tmp, o->target);
}

/* Flush the file or directory at path to the disk; return 0, or -1 with
 * errno set. */
static int sync_path(const char *path)
{
	int fd = open(path, O_RDONLY), err;

	if (fd < 0)
		return -1;
	if (fsync(fd) == 0)
		return close(fd);
	err = errno;
	close(fd);
	errno = err;
	return -1;
}

/* The directory of path, flushed after a rename in it; best effort, as
 * some file systems cannot. */
static void sync_dir_of(const char *path)
{
	char *dir = dir_of(path);

	sync_path(dir);
	free(dir);
}

int output_set_commit(struct output_set *set, struct diag *diag)
{
	sigset_t old_mask;
	int ret = 0;
	size_t i;

	/* After one failure, no more temporary files are written. */
	for (i = 0; i < set->nr; i++)
		if (close_output(&set->outs[i], ret == 0, diag) < 0)
			ret = -1;
	for (i = 0; i < set->nr && ret == 0; i++) {
		struct output *o = &set->outs[i];

		if (o->tmp && o->durable && sync_path(o->tmp) < 0) {
			diag_error(diag, NULL, 0, _("cannot write '%s': %s"), o->path,
				   strerror(errno));
			ret = -1;
		}
	}
	/* A signal during the renames would leave old and new outputs mixed:
	 * it waits until they are done. */
	block_caught_signals(&old_mask);
	for (i = 0; i < set->nr && ret == 0; i++) {
		struct output *o = &set->outs[i];

		if (!o->tmp)
			continue;
		if (o->same_unless && same_unless(o->tmp, o->target, o->same_unless)) {
			drop_temp(o);
		} else if (o->no_replace && place_new(o) < 0) {
			diag_error(diag, NULL, 0, _("cannot create '%s': %s"), o->target,
				   strerror(errno));
			ret = -1;
		} else if (!o->no_replace && rename(o->tmp, o->target) < 0) {
			diag_error(diag, NULL, 0, _("cannot rename '%s' to '%s': %s"),
				   o->tmp, o->target, strerror(errno));
			ret = -1;
		} else {
			forget_temp(o->tmp);
			free(o->tmp);
			o->tmp = NULL;
			if (o->durable)
				sync_dir_of(o->target);
		}
	}
	for (i = 0; i < set->nr; i++)
		drop_temp(&set->outs[i]);
	sigprocmask(SIG_SETMASK, &old_mask, NULL);
	release(set);
	return ret;
}

void output_set_abort(struct output_set *set)
{
	size_t i;

	for (i = 0; i < set->nr; i++) {
		struct output *o = &set->outs[i];

		if (o->f && o->f != stdout)
			fclose(o->f);
		drop_temp(o);
	}
	release(set);
}
