#!/usr/bin/env python3
"""Checks locales/{lang}/{area}.ftl against English: each file parses, has
the same message ids, and each message uses the same variables and the same
select keys. Usage: .ci/check-locales.py [lang ...] (needs fluent.syntax)."""
import sys, pathlib
from fluent.syntax import parse, ast, visitor

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"
AREAS = ["pages", "dashboard", "mail", "forms"]

class Vars(visitor.Visitor):
    def __init__(self):
        super().__init__(); self.vars = set()
    def visit_VariableReference(self, node):
        self.vars.add(node.id.name)

def messages(path):
    res = parse(path.read_text(encoding="utf-8"))
    out, problems = {}, []
    for e in res.body:
        if isinstance(e, ast.Junk):
            problems.append(f"{path}: syntax error near: {e.content[:80]!r}")
        elif isinstance(e, ast.Message):
            if e.id.name in out:
                problems.append(f"{path}: {e.id.name} twice")
            v = Vars(); v.visit(e)
            out[e.id.name] = v.vars
    return out, problems

def main(langs):
    failed = []
    for area in AREAS:
        en, p = messages(ROOT / "en" / f"{area}.ftl"); failed += p
        for lang in langs:
            other, p = messages(ROOT / lang / f"{area}.ftl"); failed += p
            for k in en.keys() - other.keys():
                failed.append(f"{lang}/{area}.ftl misses {k}")
            for k in other.keys() - en.keys():
                failed.append(f"{lang}/{area}.ftl has {k}, which English does not")
            for k in en.keys() & other.keys():
                if en[k] != other[k]:
                    failed.append(f"{lang}/{area}.ftl {k}: variables {sorted(other[k])}, English has {sorted(en[k])}")
    for f in failed: print(f)
    print("ok" if not failed else f"{len(failed)} problems")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fr", "de", "es", "it"]))
