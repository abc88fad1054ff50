# repr of a finalize object mentions its state; checked by keywords only since it contains addresses.
import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, print)
text = repr(f)
print(text.startswith("<finalize object at"), "; for 'Obj' at" in text)
f.detach()
text = repr(f)
print("dead" in text)
