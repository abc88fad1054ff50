def head_tail(seq):
    head, *tail = seq
    return head, tail


first, *middle, last = range(10)
*init, final = "abcde"
(a, b), *rest = [(1, 2), 3, 4]
[x, [y, *zs]] = [1, [2, 3, 4]]
*_, penultimate, _ = [10, 20, 30, 40]
for index, (key, *values) in enumerate([("a", 1, 2), ("b",), ("c", 3)]):
    print(index, key, values)

args = (1, 2)
kwargs = {"sep": "-", "end": "\n"}
print(*args, *"xyz", **kwargs)
print(*args, 99, *args, sep=", ", **{"end": "!\n"})
merged = {**kwargs, "extra": True, **{"sep": "+"}}
combined = [*range(3), *middle[:2], last]
together = (*init, final)
s = {*init, *"xyz"}


def varargs(pos, /, mid, *args, kw_only, **kwargs):
    return pos, mid, args, kw_only, kwargs


print(varargs(*[1, 2, 3, 4], kw_only=5, **{"x": 6}))
print(head_tail([7, 8, 9]), first, middle, last, init, final, a, b, rest, x, y, zs, penultimate)
print(merged, combined, together, sorted(s))
t = 1, *[2, 3]
return_tuple = lambda *xs: (*xs, len(xs))
print(t, return_tuple(4, 5))
