# IndexError and KeyError messages for lists, tuples, strings and dicts.
cases = [
    lambda: [1, 2, 3][5],
    lambda: (1,)[-2],
    lambda: "abc"[10],
    lambda: [].pop(),
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: set().pop(),
    lambda: {}.popitem(),
]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__, repr(e), str(e))
