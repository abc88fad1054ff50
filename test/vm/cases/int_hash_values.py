# Hashes of numbers agree across types; -1 hashes to -2; tuples and frozensets hash deterministically.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(1.0), hash(0.5), hash(-0.5), hash(1.5), hash(float("inf")))
print(hash(2 ** 40), hash(2 ** 40) == hash(float(2 ** 40)), hash((1, 2)), hash((1, (2, 3))), hash(()), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(True), hash(False), hash(1e100) == hash(int(1e100)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
for bad in ([1], {1: 2}, {1}):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
