import gc
from collections import Counter


def census(top: int = 8) -> list[tuple[str, int]]:
    return Counter(type(o).__qualname__ for o in gc.get_objects()).most_common(top)


def diff(before: Counter, after: Counter) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after if after[k] != before[k]}


class Leaky:
    registry = []

    def __init__(self):
        Leaky.registry.append(self)
        self.payload = {"buf": [0] * 10}


before = Counter(dict(census(10_000)))
for _ in range(250):
    Leaky()
after = Counter(dict(census(10_000)))
growth = sorted(diff(before, after).items(), key=lambda kv: -kv[1])[:3]
print(growth)
