# An int subclass cannot be proxied, but an int-like user class can, with arithmetic forwarded.
import weakref

class MyInt(int):
    pass

try:
    weakref.proxy(MyInt(3))
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __index__(self):
        return self.v

n = Num(4)
p = weakref.proxy(n)
print(p + 1, [10, 20, 30, 40, 50][p], hex(p))
