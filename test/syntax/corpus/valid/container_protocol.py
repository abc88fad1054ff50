from collections.abc import MutableMapping


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        self._store = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.casefold()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.casefold()][1]

    def __delitem__(self, key):
        del self._store[key.casefold()]

    def __iter__(self):
        return (orig for orig, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.casefold() in self._store

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"

    def __or__(self, other):
        new = CaseInsensitiveDict(self)
        new.update(other)
        return new


class DefaultList(list):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self):
            self.extend(self.factory() for _ in range(i - len(self) + 1))
        return super().__getitem__(i)


class Counts(dict):
    def __missing__(self, key):
        return 0


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, "ACCEPT" in h, len(h), h | {"X-Trace": "1"})
dl = DefaultList(list)
dl[3].append("x")
c = Counts(a=1)
print(dl, c["a"], c["zzz"], "zzz" in c)
