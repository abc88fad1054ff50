def sign(x):
    return -1 if x < 0 else 0 if x == 0 else 1


def plural(n, word, suffix="s"):
    return f"{n} {word}{'' if n == 1 else suffix}"


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def describe(obj):
    kind = ("none" if obj is None else
            "bool" if isinstance(obj, bool) else
            "number" if isinstance(obj, (int, float)) else
            "text" if isinstance(obj, str) else
            "other")
    size = len(obj) if hasattr(obj, "__len__") else None
    return f"{kind}{f' of length {size}' if size is not None else ''}"


values = [-3, 0, 7]
print([sign(v) for v in values], plural(1, "ref"), plural(3, "ref"), plural(2, "child", "ren"))
print(clamp(15, 0, 10), clamp(-1, 0, 10), [describe(o) for o in (None, True, 2.5, "abc", [1, 2])])
best = max(values) if values else None
f = (lambda x: x * 2) if best else (lambda x: x)
print(f(best), (yes := "y") if best > 5 else (no := "n"), [x if x % 2 else -x for x in range(5)])
