# A partial holds its function and bound arguments until it is freed.
from functools import partial
class Arg:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def use(a, b, c=None):
    return a.name + b.name + (c.name if c else "")
p = partial(use, Arg("x"), c=Arg("z"))
print(use.__name__, p(Arg("y")))
q = partial(p, Arg("w"))
print("drop first partial")
del p
print(q())
print("drop second")
del q
print("end")
