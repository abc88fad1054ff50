# functools: reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], "empty"))
int2 = functools.partial(int, base=2)
print(int2("1011"), int2.keywords, int2.func is int)

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        print("calling", fn.__name__, a)
        return fn(*a)
    return wrapper

@logged
def add(a, b):
    "Adds."
    return a + b

print(add(2, 3), add.__name__, add.__doc__)

@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n

print(V(1) <= V(2), V(3) >= V(2), V(2) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
