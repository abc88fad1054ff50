# Subclasses of list, dict, set, str, int, float, bytes and tuple: which ones accept weak references.
import weakref

class L(list): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class Str(str): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
class T(tuple): pass
class C(complex): pass

for obj in [L(), D(), S(), FS(), Str("s"), I(3), F(1.5), B(b"b"), T((1,)), C(1j)]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "weakrefable")
    except TypeError as e:
        print(type(obj).__name__, "->", e)
