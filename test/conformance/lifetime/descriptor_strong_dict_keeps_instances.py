# A descriptor that stores values in a dict keyed by instance keeps every instance alive.
class Stored:
    def __init__(self):
        self.values = {}
    def __get__(self, obj, owner=None):
        return self if obj is None else self.values.get(obj)
    def __set__(self, obj, value):
        self.values[obj] = value

class Model:
    field = Stored()
    def __init__(self, name):
        self.name = name
        self.field = name.upper()
    def __del__(self):
        print("model", self.name, "freed")

m = Model("a")
print(m.field)
del m
print("instance name deleted, but descriptor holds:", len(Model.field.values))
Model.field.values.clear()
print("end")
