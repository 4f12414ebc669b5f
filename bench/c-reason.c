/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ns per call of http_status_from_reason(): over every name and former
 * name in NAMES (one a line, as bench/run takes them from the JSON), and
 * over "Request Entity Too Large" alone (413's former name, the issue's
 * example); beside the peer a consumer writes without the generated
 * index: a scan of the same names, each folded the same way (case, white
 * space and punctuation dropped) and compared in turn.
 * Usage: c-reason NAMES [ROUNDS]
 * Prints: every N ns/call, entity N ns/call, scan-every N ns/call,
 * scan-entity N ns/call (checksum N) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http_status.h"

#define MAX_NAMES 512

static char *names[MAX_NAMES];
static int codes[MAX_NAMES];
static size_t nr_names;

/* CPU time of the process, as bench/c-lookup.c measures it. */
static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The peer: fold as lint does (ASCII letters lower-cased, ASCII digits
 * and bytes from 0x80 kept), then compare with each name folded alike. */
static size_t fold(const char *s, char *out, size_t max)
{
	size_t n = 0;

	for (; *s && n < max; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[n++] = (char)c;
	}
	out[n] = '\0';
	return n;
}

static int scan_from_reason(const char *phrase)
{
	char key[256], name[256];
	size_t i;

	if (!phrase)
		return 0;
	fold(phrase, key, sizeof(key) - 1);
	for (i = 0; i < nr_names; i++) {
		fold(names[i], name, sizeof(name) - 1);
		if (!strcmp(key, name))
			return codes[i];
	}
	return 0;
}

/* The phrase arrives through a volatile pointer, so that no call is
 * folded away. */
static const char *volatile entity = "Request Entity Too Large";

int main(int argc, char **argv)
{
	long rounds = argc > 2 ? strtol(argv[2], NULL, 10) : 20000, r;
	char line[512];
	unsigned long sum = 0;
	double t0, t1, t2, t3, t4;
	FILE *f;
	size_t i;

	if (argc < 2 || !(f = fopen(argv[1], "r"))) {
		fputs("usage: c-reason NAMES [ROUNDS]\n", stderr);
		return 2;
	}
	while (nr_names < MAX_NAMES && fgets(line, sizeof(line), f)) {
		char *tab = strchr(line, '\t');

		line[strcspn(line, "\n")] = '\0';
		if (!tab)
			continue;
		codes[nr_names] = (int)strtol(line, NULL, 10);
		names[nr_names] = malloc(strlen(tab + 1) + 1);
		if (!names[nr_names])
			return 1;
		memcpy(names[nr_names], tab + 1, strlen(tab + 1) + 1);
		nr_names++;
	}
	fclose(f);
	t0 = now_ns();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < nr_names; i++)
			sum += (unsigned long)http_status_from_reason(names[i]);
	t1 = now_ns();
	for (r = 0; r < rounds * (long)nr_names; r++)
		sum += (unsigned long)http_status_from_reason(entity);
	t2 = now_ns();
	for (r = 0; r < rounds / 10; r++)
		for (i = 0; i < nr_names; i++)
			sum += (unsigned long)scan_from_reason(names[i]);
	t3 = now_ns();
	for (r = 0; r < rounds / 10 * (long)nr_names; r++)
		sum += (unsigned long)scan_from_reason(entity);
	t4 = now_ns();
	printf("every %.2f ns/call, entity %.2f ns/call, scan-every %.2f ns/call, "
	       "scan-entity %.2f ns/call (checksum %lu)\n",
	       (t1 - t0) / ((double)rounds * (double)nr_names),
	       (t2 - t1) / ((double)rounds * (double)nr_names),
	       (t3 - t2) / ((double)(rounds / 10) * (double)nr_names),
	       (t4 - t3) / ((double)(rounds / 10) * (double)nr_names), sum);
	return 0;
}
