# Items produced through itertools die when the iterator is done with them.
from itertools import islice, chain, cycle, groupby
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
def gen(n):
    for i in range(n):
        yield T(i)
print("islice skips")
for t in islice(gen(5), 1, None, 2):
    print("got", t.n)
    del t
print("chain")
c = chain([T(10)], [T(11)])
print(next(c).n)
print("drop chain")
del c
print("cycle keeps what it saw")
cy = cycle([T(20), T(21)])
print(next(cy).n, next(cy).n, next(cy).n)
del cy
print("end")
