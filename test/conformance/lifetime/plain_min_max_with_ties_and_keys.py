# min and max return the first of equal elements; sorted is stable.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max("banana"), min("banana"), max([3, 1], [2, 9]), max({"a": 3, "b": 1}))
print(sorted([-3, 2, -1], key=abs), sorted("Hello World".split(), key=str.casefold))
