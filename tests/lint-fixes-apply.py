#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Apply the fixes a report carries, as a tool reading it would.

    lint-fixes-apply.py json|sarif REPORT PAGE ENCODING RULE... >FIXED

Reads lint's JSON report (each finding's "fix") or SARIF log (each
result's "fixes"), takes the fixes of the RULEs given, and writes PAGE
with each one applied by its byte offset and length, the new text in
ENCODING (the page's own), to standard output.  Checks on the way that
the bytes at each offset are the phrase the fix replaces (JSON's "old")
and that the fixes the report carries do not overlap.  Exits 1 with a
message when a check fails.
"""
import json
import sys


def fixes_of_json(report, rules):
    for f in report["findings"]:
        if f["fix"] is not None and f["rule"] in rules:
            fix = f["fix"]
            yield fix["byte_offset"], fix["byte_length"], fix["new"], fix["old"]


def fixes_of_sarif(log, rules):
    for run in log["runs"]:
        for res in run["results"]:
            if res["ruleId"] not in rules:
                continue
            for fix in res.get("fixes", []):
                for change in fix["artifactChanges"]:
                    for rep in change["replacements"]:
                        region = rep["deletedRegion"]
                        yield (region["byteOffset"], region["byteLength"],
                               rep["insertedContent"]["text"], None)


def main(argv):
    if len(argv) < 5:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    kind, report_path, page_path, encoding = argv[1:5]
    rules = set(argv[5:])
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    with open(page_path, "rb") as f:
        page = f.read()
    found = fixes_of_json(report, rules) if kind == "json" else fixes_of_sarif(report, rules)
    out, at = [], 0
    for offset, length, new, old in sorted(found):
        if offset < at:
            print("%s: fixes overlap at byte %d" % (report_path, offset), file=sys.stderr)
            return 1
        if old is not None and page[offset:offset + length] != old.encode(encoding):
            print("%s: the bytes at %d are %r, not %r" % (report_path, offset,
                                                         page[offset:offset + length], old),
                  file=sys.stderr)
            return 1
        out += [page[at:offset], new.encode(encoding)]
        at = offset + length
    out.append(page[at:])
    sys.stdout.buffer.write(b"".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
