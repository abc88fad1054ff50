# reduce drops each intermediate accumulator as soon as the next one exists.
from functools import reduce
class Acc:
    def __init__(self, v):
        self.v = v
        print("new", v)
    def __del__(self):
        print("free", self.v)
def step(acc, x):
    return Acc(acc.v + x)
result = reduce(step, [1, 2, 3], Acc(0))
print("result", result.v)
del result
print("end")
