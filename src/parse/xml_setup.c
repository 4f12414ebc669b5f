/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include "parse/xml_setup.h"

#include <libxml/xmlerror.h>

static void drop_message(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

void xml_drop_generic_errors(void)
{
	xmlSetGenericErrorFunc(NULL, drop_message);
}
