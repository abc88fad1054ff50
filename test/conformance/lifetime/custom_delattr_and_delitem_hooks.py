# del obj.attr and del obj[key] call __delattr__ and __delitem__, which decide what is released.
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("res", self.n, "freed")

class Store:
    def __init__(self):
        self.data = {"k": Res("item")}
        self.extra = Res("attr")
    def __delitem__(self, key):
        print("__delitem__", key)
        del self.data[key]
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)

s = Store()
del s["k"]
del s.extra
print("end")
