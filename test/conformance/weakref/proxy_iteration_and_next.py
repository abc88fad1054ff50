# next() and iteration through a proxy to an iterator object.
import weakref

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

c = Counter()
p = weakref.proxy(c)
print(next(p), next(p))
print(list(p))
