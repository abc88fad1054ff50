# repr of an empty WeakSet and the shape of a non-empty one, checked by pieces because it holds addresses.
import weakref

class Obj:
    def __repr__(self):
        return "Obj()"

print(repr(weakref.WeakSet()))
o = Obj()
ws = weakref.WeakSet([o])
text = repr(ws)
print(text.startswith("{<weakref at "), "; to 'Obj' at " in text, text.endswith(">}"), "Obj()" in text)
