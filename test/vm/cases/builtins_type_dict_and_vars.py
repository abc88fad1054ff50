# vars() and __dict__ of classes give a read-only mapping proxy of the class namespace.
class Color:
    RED = 1
    GREEN = 2
    def describe(self):
        return "color"
names = {v: k for k, v in vars(Color).items() if not k.startswith("_") and not callable(v)}
print(names, type(Color.__dict__).__name__, "RED" in Color.__dict__, Color.__dict__["GREEN"])
print(sorted(k for k in Color.__dict__ if not k.startswith("__")))
try:
    Color.__dict__["BLUE"] = 3
except TypeError as e:
    print("TypeError", e)
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
