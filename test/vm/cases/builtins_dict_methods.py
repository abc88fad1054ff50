# dict methods: get/setdefault/pop/popitem/update forms/fromkeys/copy/clear and merge operators.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "none"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d, dict.fromkeys("ab"), dict.fromkeys(range(3), 0), dict(a=1, b=2), dict([("k", "v")]), dict({"q": 1}, r=2))
e = d.copy()
e.clear()
print(e, d | {"x": 100, "new": 0}, {"a": 1} | {}, len(d))
d |= {"b": 20}
print(d, list(reversed(d)), {1: 2} == {1: 2.0}, "x" in d, 4 in d.values(), ("w", 4) in d.items())
for call in (lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {"a": 1}["b"], lambda: {[1]: 2}, lambda: dict([(1, 2, 3)]), lambda: dict([5]), lambda: {} < {}, lambda: {} | [], lambda: d.get()):
    try:
        call()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
