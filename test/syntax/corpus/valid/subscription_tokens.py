import itertools
import weakref
from contextlib import contextmanager


class Token:
    _ids = itertools.count(1)

    def __init__(self, source, key):
        self.id = next(self._ids)
        self._source = weakref.ref(source)
        self._key = key
        self._finalizer = weakref.finalize(self, Token._release, self._source, key)

    @staticmethod
    def _release(source_ref, key):
        if (source := source_ref()) is not None:
            source.listeners.pop(key, None)

    def cancel(self):
        self._finalizer()


class Feed:
    def __init__(self):
        self.listeners = {}

    def listen(self, fn):
        key = object()
        self.listeners[key] = fn
        return Token(self, key)

    def push(self, item):
        return [fn(item) for fn in self.listeners.values()]


@contextmanager
def listening(feed, fn):
    tok = feed.listen(fn)
    try:
        yield tok
    finally:
        tok.cancel()


feed = Feed()
with listening(feed, str.upper):
    print(feed.push("tick"))
print(feed.push("tock"))
t = feed.listen(len)
print(feed.push("abc"))
del t
print(feed.push("gone"))
