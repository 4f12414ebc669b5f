/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry reader: the input is read as an IANA registry, and as a
 * list of former names checked against a small registry of our own. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "parse/registry.h"

static const char base_registry[] =
	"<registry xmlns=\"http://www.iana.org/assignments\" id=\"http-status-codes\">\n"
	"<registry id=\"http-status-codes-1\">\n"
	"<record><value>200</value><description>OK</description></record>\n"
	"<record><value>306</value><description>(Unused)</description></record>\n"
	"<record><value>404</value><description>Not Found</description></record>\n"
	"<record><value>413</value><description>Content Too Large</description></record>\n"
	"<record><value>510</value><description>Not Extended (OBSOLETED)</description></record>\n"
	"</registry>\n"
	"</registry>\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct registry reg;
	const char *path;

	registry_init(&reg);
	path = fuzz_write_temp(".xml", (const uint8_t *)base_registry,
			       strlen(base_registry));
	if (registry_read(&reg, path, NULL, fuzz_diag()) < 0)
		abort();
	path = fuzz_write_temp(".xml", data, size);
	registry_read_former_names(&reg, path, NULL, fuzz_diag());
	registry_release(&reg);

	registry_init(&reg);
	if (registry_read(&reg, path, NULL, fuzz_diag()) == 0 && reg.nr_records) {
		/* The records are sorted and the lookups agree with them. */
		const struct registry_record *r = &reg.records[reg.nr_records - 1];

		if (registry_find(&reg, r->lo) != r || registry_find(&reg, r->hi) != r)
			abort();
	}
	registry_release(&reg);
	return 0;
}
