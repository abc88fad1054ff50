# sorted with key/reverse (stable), list.sort, reversed on sequences, and their errors.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted([3, 1, 2], reverse=True), sorted([]), sorted((2.5, 1, 3)))
words = ["b", "A", "c", "B", "a"]
words.sort(key=str.lower)
print(words)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), tuple(reversed(range(0, 10, 3))))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
for call in (lambda: sorted([1, "a"]), lambda: sorted([1], 1), lambda: reversed({1, 2}), lambda: reversed(5), lambda: [].sort(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
