/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A consumer of the installed catalogs: looks up 404's reason phrase in
 * the data domain, through gettext.h's dpgettext() and through the raw
 * "msgctxt\004msgid" key, and prints both.
 *   consumer LOCALEDIR DOMAIN */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include "gettext.h"

int main(int argc, char **argv)
{
	const char *domain;

	if (argc != 3) {
		fputs("usage: consumer LOCALEDIR DOMAIN\n", stderr);
		return 2;
	}
	domain = argv[2];
	setlocale(LC_ALL, "");
	if (!bindtextdomain(domain, argv[1]) || !bind_textdomain_codeset(domain, "UTF-8")) {
		perror("bindtextdomain");
		return 1;
	}
	printf("%s\n", dpgettext(domain, "status 404 reason", "Not Found"));
	printf("%s\n", dgettext(domain, "status 404 reason\004Not Found"));
	return 0;
}
