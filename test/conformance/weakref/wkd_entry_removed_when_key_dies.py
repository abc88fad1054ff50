# A WeakKeyDictionary entry disappears when its key object dies; the value is released with it.
import weakref

class Widget:
    def __init__(self, name):
        self.name = name

class Meta:
    def __init__(self, info):
        self.info = info
    def __del__(self):
        print("metadata", self.info, "released")

data = weakref.WeakKeyDictionary()
w1, w2 = Widget("w1"), Widget("w2")
data[w1] = Meta("for w1")
data[w2] = Meta("for w2")
print(len(data), data[w1].info)
del w1
print(len(data))
