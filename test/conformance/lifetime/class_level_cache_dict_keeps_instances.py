# A class-level dict caching instances keeps them alive after the caller drops them.
class Point:
    _cache = {}
    def __new__(cls, x, y):
        key = (x, y)
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.x, obj.y = x, y
            cls._cache[key] = obj
        return cls._cache[key]
    def __del__(self):
        print("point", (self.x, self.y), "freed")

p = Point(1, 2)
q = Point(1, 2)
print(p is q, len(Point._cache))
del p, q
print("names gone, cache size", len(Point._cache))
Point._cache.clear()
print("end")
