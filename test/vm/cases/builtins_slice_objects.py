# slice objects: construction, attributes, indices(), use in subscripts, equality and hashing.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
data = list(range(12))
print(data[s], data[slice(3)], "abcdef"[slice(1, None, 2)], s == slice(1, 10, 2), hash(slice(1, 2)) == hash(slice(1, 2)))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
