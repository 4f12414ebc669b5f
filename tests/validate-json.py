#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate JSON files against a JSON Schema, draft 2020-12, formats checked.

    validate-json.py SCHEMA FILE...

Checks SCHEMA against the draft's metaschema first.  Prints one line for
each error, 'FILE: $.json.path: message', and exits 0 when every FILE is
valid, 1 when one is not, 2 when a file cannot be read or the schema is
not a valid schema.  Needs python3-jsonschema (4.0 or later).
"""
import json
import sys

import jsonschema
from jsonschema import Draft202012Validator


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += "[%d]" % part if isinstance(part, int) else "." + str(part)
    return path


def load(name):
    try:
        with open(name, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        print("%s: %s" % (name, e), file=sys.stderr)
        sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = load(argv[1])
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print("%s: not a valid schema: %s" % (argv[1], e.message), file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    status = 0
    for name in argv[2:]:
        errors = sorted(validator.iter_errors(load(name)),
                        key=lambda e: [str(p) for p in e.absolute_path])
        for e in errors:
            print("%s: %s: %s" % (name, json_path(e), e.message))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
