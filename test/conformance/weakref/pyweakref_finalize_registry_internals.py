# finalize keeps its state in the class-wide registry: one _Info per live finalizer, keyed by the
# finalizer, whose weak reference to the object has the finalizer as callback.
import weakref

class O:
    pass

fin = weakref.finalize
start = len(fin._registry)
o = O()
f = fin(o, print, "x", end="!\n")
g = fin(o, len, [])
info = fin._registry[f]
print(len(fin._registry) - start, type(info).__name__, type(info).__qualname__, fin._Info.__slots__)
print(info.weakref() is o, info.weakref.__callback__ is f, info.func is print, info.args, info.kwargs, info.atexit)
print(fin._registry[g].kwargs, fin._registry[g].index - info.index)
print(fin._registered_with_atexit, fin._shutdown, fin._dirty, hasattr(f, "__dict__"), fin.__slots__)
print(weakref.getweakrefs(o)[0].__callback__ is g, weakref.getweakrefcount(o))
f()
print(f in fin._registry, len(fin._registry) - start)
