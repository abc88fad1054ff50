# A callback may register a new callback-carrying ref on another live object, which later fires too.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

chain = []
a, b = Obj("a"), Obj("b")

def on_a(r):
    print("a died; watching b now")
    chain.append(weakref.ref(b, lambda rr: print("b died")))

ra = weakref.ref(a, on_a)
del a
del b
print("end")
