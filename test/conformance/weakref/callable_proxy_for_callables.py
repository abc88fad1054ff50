# proxy() of a callable object is a CallableProxyType and calling it calls the referent.
import weakref

class Greeter:
    def __call__(self, name):
        return f"hello {name}"

class Plain:
    pass

g = Greeter()
cp = weakref.proxy(g)
pp = weakref.proxy(Plain())
print(type(cp) is weakref.CallableProxyType, type(cp).__name__)
print(cp("ada"))
print(isinstance(cp, weakref.ProxyTypes), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    pp()
except (TypeError, ReferenceError) as e:
    print(type(e).__name__, e)
