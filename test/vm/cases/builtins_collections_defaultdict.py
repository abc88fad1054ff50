# collections.defaultdict: factory calls, __missing__, repr, copy, |, subclassing and lifetimes
from collections import defaultdict

class Factory:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return [self.calls]
    def __repr__(self):
        return "Factory()"
    def __del__(self):
        print("  factory dies")

class Val:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Val({self.n})"
    def __del__(self):
        print("  del Val", self.n)

f = Factory()
dd = defaultdict(f)
del f
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory.calls, "c" in dd, dd.get("c"))
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    groups[word[0]].append(word)
print(sorted(groups.items()), len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], type(nested["x"]).__name__)
c = counts.copy()
print(type(c).__name__, c == counts, c is counts)
merged = defaultdict(list, a=[1]) | {"b": [2]}
print(merged, type(merged).__name__)
plain = {"z": 0} | defaultdict(int, y=1)
print(plain, type(plain).__name__)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict("notcallable")
except TypeError as e:
    print("TypeError", e)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree" + repr(dict(self))
t = Tree()
t["a"]["b"]["c"]
print(t, isinstance(t, dict))
print("drop dd")
dd2 = defaultdict(Factory(), {"v": Val(1)})
dd2["w"] = Val(2)
del dd2
print("done")
dd.default_factory = None
try:
    dd["new"]
except KeyError as e:
    print("after clearing factory:", repr(e))
print("end")
