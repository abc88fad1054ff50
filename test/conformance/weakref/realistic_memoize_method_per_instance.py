# A decorator caching method results per instance in a WeakKeyDictionary, so instances are not kept alive.
import functools
import weakref

def per_instance_cache(method):
    store = weakref.WeakKeyDictionary()
    @functools.wraps(method)
    def wrapper(self, arg):
        cache = store.setdefault(self, {})
        if arg not in cache:
            cache[arg] = method(self, arg)
        return cache[arg]
    wrapper.store = store
    return wrapper

class Calculator:
    def __init__(self, scale):
        self.scale = scale
        self.work = 0
    @per_instance_cache
    def scaled(self, x):
        self.work += 1
        return x * self.scale

c1, c2 = Calculator(2), Calculator(10)
print(c1.scaled(3), c1.scaled(3), c2.scaled(3), c1.work, c2.work)
print("instances cached:", len(Calculator.scaled.store))
del c1
print("instances cached:", len(Calculator.scaled.store))
