# Which operand an instruction releases first (3.14 releases from the top of the stack down,
# except BINARY_OP, which releases its left operand first).
class N:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __lt__(self, o):
        return True
    def __add__(self, o):
        return 0
    def __getitem__(self, k):
        return 1
    def __contains__(self, k):
        return True
    def __setitem__(self, k, v):
        pass
    def __delitem__(self, k):
        pass
    def __setattr__(self, k, v):
        pass
    def __del__(self):
        print("free", self.v)

N(1) < N(2)
print("-- binop")
N(3) + N(4)
print("-- subscript")
N(5)[N(6)]
print("-- chained")
x = N(7) < N(8) < N(9)
print("-- eq")
N(10) == N(11)
print("-- is")
N(12) is N(13)
print("-- in")
N(14) in N(15)
print("-- store subscript")
N(16)[N(17)] = N(18)
print("-- del subscript")
del N(19)[N(20)]
print("-- store attr")
N(21).x = N(22)
