# A cache keeping the last two items strongly and all live items weakly, so recently used items survive.
import weakref

class Page:
    def __init__(self, n):
        self.n = n

class PageCache:
    def __init__(self):
        self.recent = []
        self.index = weakref.WeakValueDictionary()
        self.loads = 0
    def get(self, n):
        page = self.index.get(n)
        if page is None:
            self.loads += 1
            page = Page(n)
            self.index[n] = page
        self.recent = ([page] + [p for p in self.recent if p is not page])[:2]
        return page.n

cache = PageCache()
for n in [1, 2, 1, 3, 1, 2, 4, 4]:
    cache.get(n)
print("loads:", cache.loads, "indexed:", sorted(cache.index))
