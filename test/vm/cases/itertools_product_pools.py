# product and permutations hold their input pools; the pools die with the iterator.
from itertools import product, permutations
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"T{self.n}"
    def __del__(self):
        print("free", self.n)
p = product([T(1), T(2)], [T(3)])
print(next(p))
print("drop product")
del p
q = permutations([T(4), T(5)])
print(list(q))
print("drop permutations")
del q
print("end")
