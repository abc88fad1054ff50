# Assorted functools behaviour: WRAPPER_ASSIGNMENTS, lru_cache with typed and kwargs keys.
import functools
print(functools.WRAPPER_ASSIGNMENTS)
@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@functools.lru_cache(maxsize=4)
def add(a, b=0):
    return a + b
print(add(1, 2), add(1, b=2), add(a=1, b=2), add(1, 2), add.cache_info(), add.cache_parameters())
