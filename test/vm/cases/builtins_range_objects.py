# range: len, membership, indexing, slicing, index/count, equality, repr, reversed.
r = range(2, 20, 3)
print(r, len(r), list(r), 5 in r, 6 in r, r[0], r[-1], r[1:4], r[::-1], r.index(11), r.count(8), r.start, r.stop, r.step)
print(range(5), range(0, 5) == range(5), range(0) == range(2, 2), range(1, 10, 2) == range(1, 11, 2), list(range(10, 0, -3)), range(3)[1:], bool(range(0)))
print(list(reversed(range(1, 8, 2))), sum(range(101)), len(range(-5, 5, 2)), hash(range(3)) == hash(range(0, 3)))
for call in (lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: r[100], lambda: r.index(4), lambda: range(3)["a"]):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
