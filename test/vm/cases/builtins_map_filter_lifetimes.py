# map, filter and zip hold their iterators (not the results); results die when dropped.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
src = [T(1), T(2), T(3)]
m = map(lambda t: T(t.n * 10), src)
print(next(m).n)
print("drop source list")
del src
print("drop map")
del m
f = filter(lambda t: t.n > 1, [T(4), T(5)])
print([t.n for t in f])
z = zip([T(6)], [T(7)])
pair = next(z)
print("pair", pair[0].n, pair[1].n)
del pair
print("drop zip")
del z
print("end")
