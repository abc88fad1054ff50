# functools.lru_cache holds references to arguments and results until cache_clear() or eviction.
import functools

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return isinstance(o, Key) and o.n == self.n
    def __del__(self):
        print("key", self.n, "freed")

class Result:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("result", self.n, "freed")

@functools.lru_cache(maxsize=2)
def compute(k):
    return Result(k.n * 10)

compute(Key(1))
compute(Key(2))
print("two cached; calling with a third evicts the oldest")
compute(Key(3))
print("clearing cache")
compute.cache_clear()
print("end")
