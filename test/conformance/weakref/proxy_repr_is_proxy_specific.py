# repr() of a proxy describes the proxy, not the referent (checked without printing addresses).
import weakref

class Obj:
    def __repr__(self):
        return "Obj()"

o = Obj()
p = weakref.proxy(o)
text = repr(p)
print(text.startswith("<weakproxy at "), "to Obj at" in text, "Obj()" in text)
print(str(p))
