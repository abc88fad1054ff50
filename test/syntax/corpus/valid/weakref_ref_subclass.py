import weakref


class KeyedRef(weakref.ref):
    """A weak reference that remembers the key it was stored under."""

    __slots__ = ("key", "created")

    def __new__(cls, obj, callback=None, *, key):
        self = super().__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback=None, *, key):
        super().__init__(obj, callback)
        self.created = True


class Index:
    def __init__(self):
        self._refs = {}

    def _remove(self, ref):
        self._refs.pop(ref.key, None)

    def __setitem__(self, key, obj):
        self._refs[key] = KeyedRef(obj, self._remove, key=key)

    def __getitem__(self, key):
        obj = self._refs[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def keys(self):
        return sorted(self._refs)


class Doc:
    pass


idx = Index()
d1, d2 = Doc(), Doc()
idx["one"], idx["two"] = d1, d2
print(idx.keys(), idx["one"] is d1, isinstance(idx._refs["one"], weakref.ref))
del d1
print(idx.keys())
