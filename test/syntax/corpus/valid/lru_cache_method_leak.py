import functools
import gc
import weakref


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.lru_cache(maxsize=32)
    def total(self, column):
        # The cache is on the class's function, keyed by (self, column):
        # every Report that calls this stays alive until evicted.
        return sum(r[column] for r in self.rows)


class SaferReport:
    def __init__(self, rows):
        self.rows = rows
        self.total = functools.lru_cache(maxsize=32)(self._total)

    def _total(self, column):
        return sum(r[column] for r in self.rows)


r = Report([(1, 2), (3, 4)])
s = SaferReport([(1, 2), (3, 4)])
print(r.total(0), s.total(1))
pr, ps = weakref.ref(r), weakref.ref(s)
del r, s
gc.collect()
print("Report kept alive by the cache:", pr() is not None)
print("SaferReport collected:", ps() is None)
Report.total.cache_clear()
print("after cache_clear:", pr())
