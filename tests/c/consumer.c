/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A program of the kind that vendors the generated tables: built by
 * tests/c-tables.sh against a freshly generated http_status.h/.c.
 *
 *   consumer list              code, class, flags and reason of every entry
 *   consumer check             the API's promises, asserted; prints "ok"
 *   consumer reason CODE LOCALE        http_status_reason_l10n()
 *   consumer description CODE LOCALE   http_status_description_l10n()
 *   consumer class CLASS LOCALE        http_status_class_name_l10n()
 *   consumer index LOCALE              http_status_locale_index(), and the
 *                                      name http_status_locale_at() gives it
 *
 * LOCALE "-" passes NULL.  A NULL result prints "(null)".  Exit 1 on a
 * broken promise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Former names are used below on purpose. */
#define HTTP_STATUS_NO_DEPRECATED
#include "http_status.h"

static int failures;

#define EXPECT(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "consumer.c:%d: failed: %s\n", __LINE__, #cond); \
			failures++; \
		} \
	} while (0)

static int check(void)
{
	size_t i, n = http_status_count();
	int code, registered = 0;

	EXPECT(n > 0);
	EXPECT(http_status_at(n) == NULL);
	for (i = 0; i < n; i++) {
		const struct http_status_info *info = http_status_at(i);

		EXPECT(info != NULL);
		EXPECT(http_status_lookup(info->code) == info);
		EXPECT(http_status_reason(info->code) == info->reason);
		EXPECT(info->reason != NULL && info->description != NULL && info->reference != NULL);
		EXPECT((int)info->status_class == info->code / 100);
		EXPECT(http_status_reason_l10n(info->code, NULL) == info->reason);
		EXPECT(http_status_reason_l10n(info->code, "") == info->reason);
		EXPECT(http_status_reason_l10n(info->code, "xx_YY") == info->reason);
		EXPECT(http_status_description_l10n(info->code, "C") == info->description);
		if (i > 0)
			EXPECT(http_status_at(i - 1)->code < info->code);
	}
	for (code = -1; code < 700; code++) {
		const struct http_status_info *info = http_status_lookup(code);
		static const char *const locales[] = {
			NULL, "", "C", "zh_CN", "zh_CN.UTF-8", "zh", "zh_TW", "zh-Hant", "zh_SG", "de",
		};
		size_t k;

		/* Resolving once gives what resolving every time gives. */
		for (k = 0; k < sizeof(locales) / sizeof(locales[0]); k++) {
			int l = http_status_locale_index(locales[k]);

			EXPECT(http_status_reason_by_index(code, l) ==
			       http_status_reason_l10n(code, locales[k]));
			EXPECT(http_status_description_by_index(code, l) ==
			       http_status_description_l10n(code, locales[k]));
		}
		EXPECT(http_status_reason_by_index(code, -1) == http_status_reason(code));
		EXPECT(http_status_reason_by_index(code, 1000) == http_status_reason(code));

		if (info)
			registered++;
		EXPECT(!info == !http_status_reason(code));
		EXPECT(!info == !http_status_reason_l10n(code, "zh_CN"));
		EXPECT(!info == !http_status_description_l10n(code, "zh"));
		EXPECT((int)http_status_class_of(code) ==
		       (code >= 100 && code <= 599 ? code / 100 : 0));
	}
	EXPECT((size_t)registered == n);
	EXPECT(http_status_class_name_l10n((enum http_status_class)0, NULL) == NULL);
	EXPECT(http_status_class_name_l10n((enum http_status_class)6, NULL) == NULL);
	EXPECT(strcmp(http_status_class_name_l10n(HTTP_STATUS_CLASS_CLIENT_ERROR, NULL),
		      "Client Error") == 0);
	EXPECT(HTTP_STATUS_NOT_FOUND == 404);
	EXPECT(HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION == 203);
	EXPECT(HTTP_STATUS_URI_TOO_LONG == 414);
	EXPECT(HTTP_STATUS_REQUEST_ENTITY_TOO_LARGE == 413);
	EXPECT(HTTP_STATUS_CONTENT_TOO_LARGE == 413);
	EXPECT(http_status_lookup(306) && (http_status_lookup(306)->flags & HTTP_STATUS_FLAG_UNUSED));
	EXPECT(http_status_lookup(510) && (http_status_lookup(510)->flags & HTTP_STATUS_FLAG_OBSOLETE));
	EXPECT(http_status_lookup(104) && (http_status_lookup(104)->flags & HTTP_STATUS_FLAG_TEMPORARY));
	EXPECT(http_status_lookup(509) == NULL);
	if (!failures)
		puts("ok");
	return failures ? 1 : 0;
}

static void print(const char *s)
{
	puts(s ? s : "(null)");
}

int main(int argc, char **argv)
{
	const char *locale = argc > 3 && strcmp(argv[3], "-") ? argv[3] : NULL;
	size_t i;

	if (argc >= 2 && !strcmp(argv[1], "list")) {
		for (i = 0; i < http_status_count(); i++) {
			const struct http_status_info *info = http_status_at(i);

			printf("%d\t%d\t%u\t%s\n", info->code, (int)info->status_class,
			       info->flags, info->reason);
		}
		return 0;
	}
	if (argc >= 2 && !strcmp(argv[1], "check"))
		return check();
	if (argc >= 4 && !strcmp(argv[1], "reason"))
		print(http_status_reason_l10n((int)strtol(argv[2], NULL, 10), locale));
	else if (argc >= 4 && !strcmp(argv[1], "description"))
		print(http_status_description_l10n((int)strtol(argv[2], NULL, 10), locale));
	else if (argc >= 3 && !strcmp(argv[1], "index")) {
		int l = http_status_locale_index(strcmp(argv[2], "-") ? argv[2] : NULL);
		const char *name = l >= 0 ? http_status_locale_at((size_t)l) : NULL;

		printf("%d %s\n", l, name ? name : "(null)");
	} else if (argc >= 4 && !strcmp(argv[1], "class"))
		print(http_status_class_name_l10n((enum http_status_class)(int)strtol(argv[2], NULL, 10), locale));
	else
		return 2;
	return 0;
}
