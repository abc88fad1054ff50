# A WeakValueDictionary used as a cache under churn: 100,000 lookups over a moving window of
# keys; values live only while a small "recent" list (the last 30 used) holds them, so entries leave the cache as
# the window moves on.
import weakref


class Value:
    def __init__(self, key):
        self.key = key


cache = weakref.WeakValueDictionary()
recent = []
hits = misses = 0
for i in range(100_000):
    key = (i * i) % 97 + i // 1000 * 100
    v = cache.get(key)
    if v is None:
        misses += 1
        v = Value(key)
        cache[key] = v
    else:
        hits += 1
    recent.append(v)
    if len(recent) > 30:
        del recent[0]
del v
print(hits, misses, len(cache))
