# Lazily computed, cached properties stored outside the instance in a WeakKeyDictionary.
import weakref

class cached_area:
    def __init__(self):
        self.values = weakref.WeakKeyDictionary()
        self.computes = 0
    def __get__(self, obj, owner):
        if obj is None:
            return self
        if obj not in self.values:
            self.computes += 1
            self.values[obj] = obj.w * obj.h
        return self.values[obj]

class Rect:
    area = cached_area()
    def __init__(self, w, h):
        self.w, self.h = w, h

r = Rect(3, 4)
print(r.area, r.area, Rect.area.computes)
s = Rect(5, 5)
print(s.area, Rect.area.computes, len(Rect.area.values))
del r
print(len(Rect.area.values))
