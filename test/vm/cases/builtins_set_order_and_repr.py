# Iteration order of int sets follows CPython's hash table (including resizes and dummies).
s = set()
for n in (100, 5, 37, 64, 2, 99, 18, 3, 40, 7, 1000, 256):
    s.add(n)
print(s)
for n in (5, 64, 99):
    s.discard(n)
print(s, len(s))
s.update(range(50, 60))
print(s)
t = {n * 7 % 23 for n in range(30)}
print(t)
print({3, 1, 2}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, set([32, 16, 8, 0]), {-7, -6, 5, 6, 7})
for x in {1, 9, 17, 25}:
    print(x, end=" ")
print()
print(set(tuple(range(i)) for i in range(4)) == {(), (0,), (0, 1), (0, 1, 2)})
