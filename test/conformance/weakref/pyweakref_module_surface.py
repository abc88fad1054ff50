# The names the weakref module exports and how they relate to _weakref.
import _weakref
import weakref

print(weakref.__all__)
print(weakref.ref is _weakref.ref, weakref.ReferenceType is weakref.ref, weakref.proxy is _weakref.proxy)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.getweakrefcount is _weakref.getweakrefcount, weakref.getweakrefs is _weakref.getweakrefs)
print([c.__name__ for c in weakref.WeakMethod.__mro__], [c.__name__ for c in weakref.KeyedRef.__mro__])
print(weakref.WeakSet.__module__, weakref.WeakValueDictionary.__module__, weakref.finalize.__module__)
print(weakref.finalize.__qualname__, weakref.finalize._Info.__qualname__)
import _weakrefset
print(_weakrefset.__all__, _weakrefset.WeakSet is weakref.WeakSet)
