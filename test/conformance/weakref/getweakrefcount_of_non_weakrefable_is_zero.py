# getweakrefcount and getweakrefs accept any object, returning 0 and [] for ones that cannot be weakly referenced.
import weakref

for obj in [1, "s", None, (1,), [1], {"a": 1}]:
    print(type(obj).__name__, weakref.getweakrefcount(obj), weakref.getweakrefs(obj))
