import sys
from collections import deque


def deep_size(obj, seen=None) -> int:
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset, deque)):
        size += sum(deep_size(x, seen) for x in obj)
    elif hasattr(obj, "__dict__"):
        size += deep_size(vars(obj), seen)
    elif hasattr(obj, "__slots__"):
        size += sum(deep_size(getattr(obj, s), seen) for s in obj.__slots__ if hasattr(obj, s))
    return size


class WithDict:
    def __init__(self):
        self.a, self.b = 1, 2


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2


for label, obj in [("empty list", []), ("list of 100", list(range(100))), ("dict", {i: str(i) for i in range(10)}),
                   ("instance", WithDict()), ("slotted", WithSlots()), ("str", "x" * 100), ("bytes", b"x" * 100)]:
    print(f"{label:<12} shallow={sys.getsizeof(obj):>5} deep={deep_size(obj):>6}")
