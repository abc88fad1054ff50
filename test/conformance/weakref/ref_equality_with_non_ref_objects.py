# Comparing a ref with a non-ref object is False for == and True for !=; ordering comparisons raise TypeError.
import weakref

class Obj:
    pass

o = Obj()
r = weakref.ref(o)
print(r == o, r != o, r == None)
try:
    r < weakref.ref(o)
except TypeError as e:
    print("TypeError:", e)
