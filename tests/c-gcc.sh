#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The generated C tables, built with gcc.
CC=gcc
. "$srcdir/tests/c-tables.sh"
