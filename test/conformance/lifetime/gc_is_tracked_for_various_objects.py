# gc.is_tracked tells which objects the cycle collector tracks: containers yes, atoms no.
import gc

class User:
    pass

class Slotted:
    __slots__ = ("a",)

def f():
    pass

samples = [
    ("int", 42), ("str", "text"), ("None", None), ("float", 1.5),
    ("empty list", []), ("list of ints", [1, 2]), ("empty tuple", ()),
    ("tuple of ints", (1, 2)), ("tuple holding list", ([],)),
    ("empty dict", {}), ("dict of ints", {1: 2}), ("dict holding list", {1: []}),
    ("set", {1}), ("user instance", User()), ("slotted instance", Slotted()),
    ("function", f), ("class", User), ("bytes", b"x"),
]
for name, obj in samples:
    print(f"{name:20} {gc.is_tracked(obj)}")
