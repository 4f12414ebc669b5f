#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that lint's report formats say the same as its gcc lines.

    lint-formats.py DIR NAME...

DIR holds, for each NAME, what one 'statusgen lint' run printed in each
format: NAME.gcc (standard error), NAME.json, NAME.sarif, NAME.github
(standard output), and NAME.status-FORMAT (its exit status).  Checks:

- every gcc line about a document ends in '[rule]', a rule of
  'statusgen lint --list-rules' (DIR/rules);
- the JSON report is valid under data/lint-report.schema.json (draft
  2020-12, with python3-jsonschema), the SARIF log has every property
  SARIF 2.1.0 requires of what it holds (checked by hand; and against a
  SARIF schema too when SARIF_SCHEMA names one), and the GitHub lines
  are workflow commands;
- each format reports the same findings as the gcc lines: the same
  count, and for each the same file, line, severity, rule and message;
- the exit status is the same in every format.

Prints one line per problem; exits 0 when there is none, 1 otherwise.
"""
import json
import os
import re
import sys
import urllib.parse

import jsonschema

problems = []


def problem(name, text):
    problems.append("%s: %s" % (name, text))


GCC = re.compile(r"^(?P<path>.+?):(?:(?P<line>\d+):)? (?P<sev>error|warning|note): "
                 r"(?P<msg>.*) \[(?P<rule>[a-z-]+)\]$")


def gcc_findings(name, text, rules):
    found = []
    for line in text.splitlines():
        if line.startswith("statusgen: "):
            continue            # the program's own errors
        m = GCC.match(line)
        if not m:
            problem(name, "gcc line without a rule: %r" % line)
            continue
        if m.group("rule") not in rules:
            problem(name, "unknown rule in %r" % line)
        found.append((m.group("path"), int(m.group("line") or 0), m.group("sev"),
                      m.group("rule"), m.group("msg")))
    return found


def json_findings(name, report, schema):
    for e in jsonschema.Draft202012Validator(schema).iter_errors(report):
        problem(name, "json: %s: %s" % ("/".join(map(str, e.absolute_path)), e.message))
    return [(f["path"], f["line"] or 0, f["severity"], f["rule"], f["message"])
            for f in report.get("findings", [])]


def need(name, obj, keys, where):
    for k in keys:
        if not isinstance(obj, dict) or k not in obj:
            problem(name, "sarif: %s has no '%s'" % (where, k))
            return False
    return True


def uri_path(uri):
    if uri.startswith("file://"):
        uri = uri[len("file://"):]
    return urllib.parse.unquote(uri)


def sarif_findings(name, log, sarif_schema):
    """The SARIF 2.1.0 requirements of what the log holds, by hand:
    sarifLog version and runs; run tool; tool driver; toolComponent name;
    reportingDescriptor id; result message; message text; location and
    physicalLocation parts; artifactLocation uri; region startLine >= 1;
    fix artifactChanges; artifactChange artifactLocation and replacements;
    replacement deletedRegion."""
    if sarif_schema is not None:
        cls = jsonschema.validators.validator_for(sarif_schema)
        for e in cls(sarif_schema).iter_errors(log):
            problem(name, "sarif schema: %s: %s" % ("/".join(map(str, e.absolute_path)),
                                                     e.message))
    found = []
    if not need(name, log, ["version", "runs"], "the log") or log["version"] != "2.1.0":
        problem(name, "sarif: version is not 2.1.0")
        return found
    for run in log["runs"]:
        if not need(name, run, ["tool"], "a run") or \
           not need(name, run["tool"], ["driver"], "tool") or \
           not need(name, run["tool"]["driver"], ["name", "rules"], "driver"):
            continue
        rules = run["tool"]["driver"]["rules"]
        ids = [r.get("id") for r in rules]
        if len(set(ids)) != len(ids) or None in ids:
            problem(name, "sarif: rule ids missing or repeated")
        for r in rules:
            if not (r.get("helpUri") or r.get("fullDescription", {}).get("text")):
                problem(name, "sarif: rule %s has neither helpUri nor fullDescription" % r.get("id"))
            if r.get("defaultConfiguration", {}).get("level") not in ("error", "warning", "note"):
                problem(name, "sarif: rule %s has no default level" % r.get("id"))
        for res in run.get("results", []):
            if not need(name, res, ["message", "ruleId", "ruleIndex", "level"], "a result") or \
               not need(name, res["message"], ["text"], "a message"):
                continue
            if ids[res["ruleIndex"]] != res["ruleId"]:
                problem(name, "sarif: ruleIndex %d is not %s" % (res["ruleIndex"], res["ruleId"]))
            path, line = None, 0
            for loc in res.get("locations", []):
                if need(name, loc, ["physicalLocation"], "a location") and \
                   need(name, loc["physicalLocation"], ["artifactLocation"], "physicalLocation") and \
                   need(name, loc["physicalLocation"]["artifactLocation"], ["uri"], "artifactLocation"):
                    phys = loc["physicalLocation"]
                    path = uri_path(phys["artifactLocation"]["uri"])
                    region = phys.get("region")
                    if region is not None:
                        if not isinstance(region.get("startLine"), int) or region["startLine"] < 1:
                            problem(name, "sarif: region without a startLine >= 1")
                        else:
                            line = region["startLine"]
            for fix in res.get("fixes", []):
                if not need(name, fix, ["artifactChanges"], "a fix"):
                    continue
                for ch in fix["artifactChanges"]:
                    if need(name, ch, ["artifactLocation", "replacements"], "an artifactChange"):
                        for rep in ch["replacements"]:
                            need(name, rep, ["deletedRegion"], "a replacement")
            found.append((path, line, res["level"], res["ruleId"], res["message"]["text"]))
    return found


GITHUB = re.compile(r"^::(?P<cmd>error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def unescape(s):
    return s.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":") \
            .replace("%2C", ",").replace("%25", "%")


def github_findings(name, text):
    found = []
    for line in text.splitlines():
        m = GITHUB.match(line)
        if not m:
            problem(name, "github: not a workflow command: %r" % line)
            continue
        props = dict(p.split("=", 1) for p in m.group("props").split(",") if p)
        title = unescape(props.get("title", ""))
        if not title.startswith("statusgen "):
            problem(name, "github: title %r" % title)
        sev = {"error": "error", "warning": "warning", "notice": "note"}[m.group("cmd")]
        found.append((unescape(props.get("file", "")), int(props.get("line", 0)), sev,
                      title[len("statusgen "):], unescape(m.group("msg"))))
    return found


def read(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    d = argv[1]
    top = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(top, "..", "data", "lint-report.schema.json")) as f:
        schema = json.load(f)
    sarif_schema = None
    if os.environ.get("SARIF_SCHEMA"):
        with open(os.environ["SARIF_SCHEMA"], encoding="utf-8-sig") as f:
            sarif_schema = json.load(f)
    rules = set(line.split()[0] for line in read(os.path.join(d, "rules")).splitlines())
    if set(schema["$defs"]["rule"]["enum"]) != rules:
        problem("schema", "its rule enum is not the rules --list-rules prints")
    total = 0
    for name in argv[2:]:
        base = os.path.join(d, name)
        gcc = gcc_findings(name, read(base + ".gcc"), rules)
        total += len(gcc)
        formats = {}
        try:
            formats["json"] = json_findings(name, json.loads(read(base + ".json")), schema)
            formats["sarif"] = sarif_findings(name, json.loads(read(base + ".sarif")), sarif_schema)
        except ValueError as e:
            problem(name, "not JSON: %s" % e)
        formats["github"] = github_findings(name, read(base + ".github"))
        for fmt, found in formats.items():
            if found != gcc:
                problem(name, "%s: %d findings, gcc lines %d; first difference: %r / %r" % (
                    fmt, len(found), len(gcc),
                    next((a for a, b in zip(found, gcc) if a != b), found[len(gcc):][:1]),
                    next((b for a, b in zip(found, gcc) if a != b), gcc[len(found):][:1])))
        status = set(read(base + ".status-" + f).strip() for f in ("gcc", "json", "sarif", "github"))
        if len(status) != 1:
            problem(name, "exit status differs between formats: %s" % sorted(status))
    for p in problems:
        print(p)
    print("%d findings compared in %d runs, %d problems" % (total, len(argv) - 2, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
