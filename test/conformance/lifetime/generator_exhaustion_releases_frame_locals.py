# When a generator finishes, its frame is cleared and locals die, even though the generator object lives.
class L:
    def __del__(self):
        print("local freed")

def gen():
    x = L()
    yield 1

g = gen()
next(g)
print("suspended")
for _ in g:
    pass
print("exhausted, generator object still referenced:", g is not None)
del g
print("end")
