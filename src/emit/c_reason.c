/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "emit/c_reason.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/loose.h"
#include "util/xalloc.h"

/* One phrase of an index, folded. */
struct key {
	char *folded;               /* loose_fold(): eight zeros follow it */
	size_t len;
	int code;
	unsigned long long hash;
	size_t slot;
};

/* The phrases of one index, and its perfect hash once built. */
struct index {
	struct key *keys;
	size_t nr, alloc;
	unsigned long long seed;
	bool full;                          /* hash every byte (two phrases
					     * share their first eight and
					     * their length) */
	size_t nr_buckets, nr_slots;        /* powers of two */
	unsigned short *displacements;      /* by bucket */
	long *slots;                        /* key by slot, -1: empty */
};

/* Add phrase (of code) unless it folds to nothing, to too much, or to a
 * phrase the index has: the first added wins. */
static void add_key(struct index *ix, const char *phrase, int code)
{
	struct key *k;
	size_t len, i;
	char *folded;

	if (!phrase || !*phrase)
		return;
	folded = loose_fold(phrase, &len);
	for (i = 0; len && i < ix->nr; i++)
		if (ix->keys[i].len == len && !memcmp(ix->keys[i].folded, folded, len))
			len = 0;
	if (!len || len > C_REASON_MAX_KEY) {
		free(folded);
		return;
	}
	XGROW(ix->keys, ix->alloc, ix->nr + 1);
	k = &ix->keys[ix->nr++];
	k->folded = folded;
	k->len = len;
	k->code = code;
}

/* English: every code's name, then every former name. */
static void add_english(struct index *ix, const struct dataset *ds)
{
	size_t i, k;

	for (i = 0; i < ds->nr_entries; i++)
		add_key(ix, ds->entries[i].reason.text, ds->entries[i].code);
	for (i = 0; i < ds->nr_entries; i++)
		for (k = 0; k < ds->entries[i].nr_former_names; k++)
			add_key(ix, ds->entries[i].former_names[k].text, ds->entries[i].code);
}

static size_t power_of_two(size_t at_least)
{
	size_t p = 1;

	while (p < at_least)
		p *= 2;
	return p;
}

/* The bucket of a hash, as the generated lookup takes it. */
static size_t bucket_of(unsigned long long hash, size_t nr_buckets)
{
	return loose_bucket(hash, nr_buckets - 1);
}

/* Place the keys of bucket b (members[0..n)) with the first displacement
 * that puts each in an empty slot of its own; false if none does. */
static bool place_bucket(struct index *ix, size_t b, const size_t *members, size_t n)
{
	unsigned long d;
	size_t i, j;

	for (d = 0; d <= 0xffff; d++) {
		for (i = 0; i < n; i++) {
			struct key *k = &ix->keys[members[i]];

			k->slot = loose_slot(k->hash, (unsigned)d, ix->nr_slots - 1);
			for (j = 0; j < i && ix->keys[members[j]].slot != k->slot; j++)
				continue;
			if (ix->slots[k->slot] >= 0 || j < i)
				break;
		}
		if (i == n) {
			for (i = 0; i < n; i++)
				ix->slots[ix->keys[members[i]].slot] = (long)members[i];
			ix->displacements[b] = (unsigned short)d;
			return true;
		}
	}
	return false;
}

/* Build the perfect hash with ix->seed and the table sizes set: the
 * buckets with the most keys are placed first.  False if two keys hash
 * alike or a bucket finds no displacement. */
static bool try_build(struct index *ix)
{
	size_t *count = xcalloc(ix->nr_buckets, sizeof(*count));
	size_t *members = xcalloc(ix->nr + 1, sizeof(*members));
	size_t i, j, b, n, most = 0;
	bool ok = true;

	for (i = 0; i < ix->nr_slots; i++)
		ix->slots[i] = -1;
	memset(ix->displacements, 0, ix->nr_buckets * sizeof(*ix->displacements));
	for (i = 0; i < ix->nr; i++) {
		ix->keys[i].hash = loose_hash(ix->keys[i].folded, ix->keys[i].len, ix->seed, ix->full);
		for (j = 0; j < i && ok; j++)
			ok = ix->keys[j].hash != ix->keys[i].hash;
		b = bucket_of(ix->keys[i].hash, ix->nr_buckets);
		if (++count[b] > most)
			most = count[b];
	}
	/* Each size from the largest down, and buckets of one size in order:
	 * the same data always gives the same tables. */
	for (; ok && most > 0; most--) {
		for (b = 0; ok && b < ix->nr_buckets; b++) {
			if (count[b] != most)
				continue;
			for (i = n = 0; i < ix->nr; i++)
				if (bucket_of(ix->keys[i].hash, ix->nr_buckets) == b)
					members[n++] = i;
			ok = place_bucket(ix, b, members, n);
		}
	}
	free(count);
	free(members);
	return ok;
}

/* Do two phrases of ix have the same length and first eight bytes, so
 * that only a hash of every byte tells them apart? */
static bool needs_full_hash(const struct index *ix)
{
	size_t i, j;

	for (i = 0; i < ix->nr; i++)
		for (j = 0; j < i; j++)
			if (ix->keys[i].len == ix->keys[j].len &&
			    !memcmp(ix->keys[i].folded, ix->keys[j].folded, 8))
				return true;
	return false;
}

/* Build the perfect hash of ix: seeds tried in order, the table of slots
 * doubled after every 16 that fail, up to eight slots a phrase; past
 * that, with every byte hashed (the hash is then a different one for
 * each seed, so some seed soon succeeds). */
static void build(struct index *ix)
{
	unsigned long long seed;
	size_t most;

	ix->full = needs_full_hash(ix);
	ix->nr_buckets = power_of_two((ix->nr + 1) / 2);
	ix->nr_slots = power_of_two(ix->nr + ix->nr / 4 + 1);
	most = power_of_two(8 * ix->nr + 8);
	for (seed = 0;; seed++) {
		if (seed && seed % 16 == 0) {
			if (ix->nr_slots < most)
				ix->nr_slots *= 2;
			else
				ix->full = true;
		}
		free(ix->displacements);
		free(ix->slots);
		ix->displacements = xcalloc(ix->nr_buckets, sizeof(*ix->displacements));
		ix->slots = xcalloc(ix->nr_slots, sizeof(*ix->slots));
		ix->seed = seed;
		if (try_build(ix))
			return;
	}
}

static void release(struct index *ix)
{
	size_t i;

	for (i = 0; i < ix->nr; i++)
		free(ix->keys[i].folded);
	free(ix->keys);
	free(ix->displacements);
	free(ix->slots);
	memset(ix, 0, sizeof(*ix));
}

/* A phrase's bytes in keys: its length rounded up to eight. */
static size_t padded(size_t len)
{
	return (len + 7) / 8 * 8;
}

/* PREFIX_reason_{displacements,keys,slots}_N of index ix. */
static void write_index(const struct index *ix, const char *p, size_t n, FILE *out)
{
	size_t *offset = xcalloc(ix->nr + 1, sizeof(*offset));
	size_t i, b, total = 0, col = 0;

	fprintf(out, "static const unsigned short %s_reason_displacements_%zu[%zu] = {", p, n,
		ix->nr_buckets);
	for (b = 0; b < ix->nr_buckets; b++)
		fprintf(out, "%s%u,", b % 12 ? " " : "\n\t", ix->displacements[b]);
	for (i = 0; i < ix->nr; i++) {
		offset[i] = total;
		total += padded(ix->keys[i].len);
	}
	fprintf(out, "\n};\n\nstatic const unsigned char %s_reason_keys_%zu[%zu] = {", p, n,
		total ? total : 8);
	for (i = 0; i < ix->nr; i++)
		for (b = 0; b < padded(ix->keys[i].len); b++, col++)
			fprintf(out, "%s%u,", col % 16 ? " " : "\n\t",
				(unsigned)(unsigned char)ix->keys[i].folded[b]);
	if (!total)
		fputs("\n\t0, 0, 0, 0, 0, 0, 0, 0,", out);
	fprintf(out, "\n};\n\nstatic const struct %s_reason_slot %s_reason_slots_%zu[%zu] = {\n", p, p,
		n, ix->nr_slots);
	for (b = 0; b < ix->nr_slots; b++) {
		long k = ix->slots[b];

		if (k < 0)
			fputs("\t{ 0, 0, 0 },\n", out);
		else
			fprintf(out, "\t{ %zu, %zu, %d },\n", offset[k], ix->keys[k].len,
				ix->keys[k].code);
	}
	fputs("};\n\n", out);
	free(offset);
}

int emit_c_reason_indexes(const struct dataset *ds, const char *const *locales,
			  size_t nr_locales, const char *prefix, const char *P, FILE *out)
{
	struct index *ix = xcalloc(nr_locales + 1, sizeof(*ix));
	size_t i, k, max = 0;

	add_english(&ix[0], ds);
	for (i = 0; i < nr_locales; i++) {
		int l = dataset_locale_index(ds, locales[i]);

		for (k = 0; l >= 0 && k < ds->nr_entries; k++)
			add_key(&ix[i + 1], ds->entries[k].l10n[l].reason.text, ds->entries[k].code);
	}
	for (i = 0; i <= nr_locales; i++) {
		build(&ix[i]);
		for (k = 0; k < ix[i].nr; k++)
			if (ix[i].keys[k].len > max)
				max = ix[i].keys[k].len;
	}
	fprintf(out, "/* The reason-phrase indexes: [0] English, then each embedded locale.\n"
		" * A phrase that folds to more than %s_REASON_MAX bytes is no table's. */\n"
		"enum { %s_REASON_MAX = %zu };\n\n", P, P, max ? max : 1);
	for (i = 0; i <= nr_locales; i++)
		write_index(&ix[i], prefix, i, out);
	fprintf(out, "static const struct %s_reason_index %s_reason_indexes[%zu] = {\n", prefix,
		prefix, nr_locales + 1);
	for (i = 0; i <= nr_locales; i++) {
		fprintf(out, "\t{ 0x%llxULL, %d, %s_reason_displacements_%zu, %zu, %s_reason_slots_%zu, %zu,\n"
			"\t  %s_reason_keys_%zu },\n", ix[i].seed, ix[i].full, prefix, i, ix[i].nr_buckets - 1,
			prefix, i, ix[i].nr_slots - 1, prefix, i);
		release(&ix[i]);
	}
	fputs("};\n\n", out);
	free(ix);
	return ferror(out) ? -1 : 0;
}
