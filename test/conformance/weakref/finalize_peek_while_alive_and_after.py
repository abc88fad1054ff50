# peek() returns (obj, func, args, kwargs) while alive, without disarming; None after it has run.
import weakref

class Obj:
    pass

def func(a, b=0):
    print("func", a, b)

o = Obj()
f = weakref.finalize(o, func, 1, b=2)
p = f.peek()
print(p[0] is o, p[1] is func, p[2], p[3], f.alive)
del p
del o
print(f.peek(), f.alive)
