# getattr/setattr/hasattr/delattr with defaults and errors; vars and dir on instances.
class Box:
    kind = "box"
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "missing", "dflt"), getattr(b, "kind"), hasattr(b, "size"), hasattr(b, "nope"))
setattr(b, "color", "red")
print(vars(b), b.color)
delattr(b, "color")
print(vars(b), "size" in dir(b), "kind" in dir(b), "__init__" in dir(b))
for call in (lambda: getattr(b, "missing"), lambda: getattr(b, 5), lambda: delattr(b, "nope"), lambda: setattr(b, 1, 2), lambda: vars(5)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
