# Functions, lambdas, bound methods, classes, builtin functions and modules: which accept weak references.
import math
import sys
import weakref

class K:
    def m(self): pass

def f(): pass

cases = {"function": f, "lambda": lambda: 0, "bound method": K().m, "class": K, "builtin function": len,
         "builtin method": [].append, "type int": int, "module math": math, "module sys": sys,
         "staticmethod object": staticmethod(f), "property": property(f), "code object": f.__code__}
for name, obj in cases.items():
    try:
        weakref.ref(obj)
        print(name, "OK")
    except TypeError as e:
        print(name, "->", e)
