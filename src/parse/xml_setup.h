/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libxml2 set-up shared by the readers built on it. */
#ifndef STATUSGEN_XML_SETUP_H
#define STATUSGEN_XML_SETUP_H

/* Drop the messages libxml2 prints with no parser at hand ("encoding
 * error : input conversion failed ...", "I/O error : encoder error"),
 * which would reach stderr around our diagnostics: the parser's own
 * structured error reports the same failure with the file and line.
 * Call before parsing; it sets libxml2's per-thread generic handler. */
void xml_drop_generic_errors(void);

#endif
