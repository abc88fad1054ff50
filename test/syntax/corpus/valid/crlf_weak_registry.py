# This file uses Windows line endings.
import weakref


class Registry:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()

    def add(self, key, obj):
        self._items[key] = obj
        return obj

    def __contains__(self, key):
        return key in self._items


class Item:
    pass


reg = Registry()
a = reg.add("a", Item())
reg.add("temp", Item())
text = """a triple-quoted
string spanning lines"""
total = 1 + \
    2
print("a" in reg, "temp" in reg, repr(text), total)
