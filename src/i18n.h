/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Marking of user-interface messages (domain "statusgen"; the data
 * catalogs use the separate domain "http-status"). */
#ifndef STATUSGEN_I18N_H
#define STATUSGEN_I18N_H

#include <libintl.h>

#define _(msgid) gettext(msgid)
#define N_(msgid) (msgid)

#endif
