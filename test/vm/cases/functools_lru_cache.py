# lru_cache: hits, misses, eviction order, cache_info, cache_clear, maxsize None and 0.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
for n in (1, 2, 1, 3, 2, 1):
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache
def ident(x, y=0):
    return (x, y)
ident(1); ident(1); ident(1, y=0); ident(x=1)
print(ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info(), sq.__wrapped__(7), fib.__name__)
