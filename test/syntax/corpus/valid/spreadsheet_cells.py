import re
from functools import lru_cache

SHEET = {
    "A1": "5", "A2": "7", "A3": "=A1+A2",
    "B1": "=A3*2", "B2": "=SUM(A1:A3)", "B3": "=B1-B2/2",
    "C1": "=C2", "C2": "=C1",
}
REF = re.compile(r"([A-Z])(\d+)")
RANGE = re.compile(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)")


class CycleError(Exception):
    pass


evaluating: set[str] = set()


@lru_cache(maxsize=None)
def value(cell: str) -> float:
    raw = SHEET.get(cell, "0")
    if not raw.startswith("="):
        return float(raw)
    if cell in evaluating:
        raise CycleError(f"circular reference through {cell}")
    evaluating.add(cell)
    try:
        expr = RANGE.sub(lambda m: "(" + "+".join(expand(m[1], m[2])) + ")", raw[1:])
        expr = REF.sub(lambda m: repr(value(m[0])), expr)
        return eval(expr, {"__builtins__": {}})
    finally:
        evaluating.discard(cell)


def expand(a: str, b: str) -> list[str]:
    (ca, ra), (cb, rb) = REF.match(a).groups(), REF.match(b).groups()
    return [f"{chr(c)}{r}" for c in range(ord(ca), ord(cb) + 1) for r in range(int(ra), int(rb) + 1)]


for cell in ["A3", "B1", "B2", "B3", "C1"]:
    try:
        print(cell, "=", value(cell))
    except CycleError as e:
        print(cell, "error:", e)
