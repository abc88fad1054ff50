# Evicted cache entries release their key and result after the new entry is stored.
from functools import lru_cache
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n
    def __del__(self):
        print("key", self.n, "freed")
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("result", self.n, "freed")
@lru_cache(maxsize=2)
def make(k):
    return R(k.n)
make(K(1))
make(K(2))
print("hit")
make(K(1))
print("evict")
make(K(3))
print("clear")
make.cache_clear()
print("end")
