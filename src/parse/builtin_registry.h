/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry and its former names as they were when the program was
 * built: data/registry/http-status-codes.xml and former-names.xml, copied
 * byte for byte into builtin_registry.c by make.  lint uses them when no
 * --data is given, so that it needs no installed data. */
#ifndef STATUSGEN_BUILTIN_REGISTRY_H
#define STATUSGEN_BUILTIN_REGISTRY_H

#include <stddef.h>

/* How diagnostics name them. */
#define BUILTIN_REGISTRY_NAME "<built-in registry>"
#define BUILTIN_FORMER_NAMES_NAME "<built-in former names>"
#define BUILTIN_VENDORS_NAME "<built-in vendor codes>"

extern const unsigned char builtin_registry_xml[];
extern const size_t builtin_registry_xml_size;
extern const unsigned char builtin_former_names_xml[];
extern const size_t builtin_former_names_xml_size;
extern const unsigned char builtin_vendors_xml[];
extern const size_t builtin_vendors_xml_size;

#endif
