# A proxy's callback receives the (now dead) proxy object.
import weakref

class Obj:
    pass

def cb(px):
    print("callback got proxy type:", type(px).__name__)
    try:
        px.anything
    except ReferenceError as e:
        print("using it:", e)

o = Obj()
p = weakref.proxy(o, cb)
del o
