# When an exception escapes a generator, the generator finishes and its locals are released.
class L:
    def __del__(self):
        print("generator local freed")

def gen():
    x = L()
    yield 1
    raise ValueError("inside generator")

g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print("caught", e)
print("generator frame:", g.gi_frame)
