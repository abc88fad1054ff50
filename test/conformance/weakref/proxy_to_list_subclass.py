# A proxy to a list subclass instance supports list operations on the referent.
import weakref

class MyList(list):
    pass

ml = MyList([3, 1, 2])
p = weakref.proxy(ml)
p.append(0)
p.sort()
print(ml, len(p), p[0], p[-1], 2 in p)
print(p + [9])
del ml
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
