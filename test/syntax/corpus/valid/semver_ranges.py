import re
from functools import total_ordering

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$")


@total_ordering
class V:
    def __init__(self, s: str):
        if not (m := SEMVER.match(s)):
            raise ValueError(s)
        self.major, self.minor, self.patch = map(int, m.groups()[:3])
        self.pre = tuple(int(p) if p.isdigit() else p for p in m[4].split(".")) if m[4] else ()

    def key(self):
        return self.major, self.minor, self.patch, not self.pre, self.pre

    def __eq__(self, o): return self.key() == o.key()
    def __lt__(self, o): return self.key() < o.key()
    def __repr__(self): return f"V({self.major}.{self.minor}.{self.patch}{'-' + '.'.join(map(str, self.pre)) if self.pre else ''})"


def satisfies(v: V, rng: str) -> bool:
    for clause in rng.split():
        op, ver = re.match(r"(\^|~|>=|<=|>|<|=)?(.*)", clause).groups()
        w = V(ver)
        match op:
            case "^": ok = w <= v < V(f"{w.major + 1}.0.0") if w.major else w <= v < V(f"0.{w.minor + 1}.0")
            case "~": ok = w <= v < V(f"{w.major}.{w.minor + 1}.0")
            case ">=": ok = v >= w
            case "<=": ok = v <= w
            case ">": ok = v > w
            case "<": ok = v < w
            case "=" | None: ok = v == w
        if not ok:
            return False
    return True


versions = [V(s) for s in ["1.2.3", "1.3.0", "2.0.0-rc.1", "2.0.0", "0.4.7", "1.2.10"]]
for r in ["^1.2.0", "~1.2.0", ">=1.3.0 <2.0.0", "^0.4.0", "2.0.0"]:
    print(f"{r:<16}", [v for v in sorted(versions) if satisfies(v, r)])
