# A weak reference to a suspended generator goes dead when the generator is dropped, after its finally ran.
import weakref

def gen():
    try:
        yield 1
    finally:
        print("generator finally")

g = gen()
next(g)
r = weakref.ref(g, lambda ref: print("generator ref callback"))
del g
print("end", r())
