import weakref


class Cache:
    def __init__(self):
        self.items = weakref.WeakValueDictionary()


cache = Cache()
print(len(cache.items)
