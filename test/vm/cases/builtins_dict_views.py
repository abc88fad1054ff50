# dict views: live updates, set operations on keys and items, comparisons, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), list(v))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"}, k >= {"a"})
print(sorted(i & {("a", 1), ("b", 5)}), ("a", 1) in i, ("a", 2) in i, k.isdisjoint(["x"]), list(reversed(k)))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
