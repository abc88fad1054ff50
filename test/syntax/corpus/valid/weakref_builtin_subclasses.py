import weakref


class WeakableList(list):
    __slots__ = ("__weakref__",)


class WeakableDict(dict):
    pass


def try_ref(obj):
    try:
        weakref.ref(obj)
    except TypeError as e:
        return f"{type(obj).__name__:>14}: no ({e})"
    return f"{type(obj).__name__:>14}: yes"


samples = [1, "s", (1,), [1], {"a": 1}, {1}, frozenset(), b"x", None,
           WeakableList([1]), WeakableDict(a=1), object(), lambda: 0, type, try_ref, iter([])]
for s in samples:
    print(try_ref(s))
