"""A bigger program mixing the rules."""
from __future__ import annotations
import functools
from typing import Generic
CACHE: dict[str, int] = {}
class Registry:
    """Registers things."""
    __registry: dict = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.__registry[key] = cls
    @classmethod
    def lookup(cls, key):
        return cls.__registry.get(key)
    def items(self):
        return [(k, v) for k, v in self.__registry.items() if (n := len(k))], n
def memo(f):
    seen = {}
    @functools.wraps(f)
    def wrapper(*args):
        nonlocal seen
        if args not in seen:
            seen[args] = f(*args)
        return seen[args]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
async def pipeline(source):
    async for batch in source:
        yield [await process(x) for x in batch]
def walk(tree, depth=0):
    match tree:
        case {"children": [*kids]}:
            for kid in kids:
                yield from walk(kid, depth + 1)
        case leaf:
            yield depth, leaf
