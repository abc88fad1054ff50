# Iterator objects of the builtin containers and their type names.
for obj in ([1], (1,), "ab", "é", {1: 2}, {1: 2}.values(), {1: 2}.items(), {1}, range(2), b"x", reversed([1]), reversed((1,)), reversed({1: 2}), reversed({1: 2}.items())):
    it = iter(obj)
    print(type(it).__name__, next(it))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
it = reversed(d)
d["z"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
