# A property with a deleter controls what del obj.prop releases.
class Res:
    def __del__(self):
        print("resource released")

class Widget:
    def __init__(self):
        self._res = Res()
    @property
    def res(self):
        return self._res
    @res.deleter
    def res(self):
        print("deleter called")
        del self._res

w = Widget()
print(type(w.res).__name__)
del w.res
print("has _res:", hasattr(w, "_res"))
