#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The generated C tables, built with clang.
CC=clang
. "$srcdir/tests/c-tables.sh"
