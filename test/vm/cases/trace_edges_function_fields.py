# A function's references: its defaults, keyword defaults, closure cells and __dict__, each released
# when the function dies, in func_clear's order.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("tag", self.name, "freed")

def make():
    captured = Tag("closure")
    def inner(a, b=Tag("default"), *, c=Tag("kwdefault")):
        return captured, a, b, c
    return inner

f = make()
f.note = Tag("attribute")
f.__dict__["other"] = Tag("dict entry")
print(sorted(f.__dict__))
f.__defaults__ = (Tag("new default"),)
print("defaults replaced")
f.__dict__ = {"fresh": Tag("fresh dict")}
print("dict replaced")
del f
print("end")
