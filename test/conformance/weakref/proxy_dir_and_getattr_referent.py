# A proxy to an object with __getattr__ forwards missing attributes to that hook.
import weakref

class Dynamic:
    def __getattr__(self, name):
        return f"computed {name}"

d = Dynamic()
p = weakref.proxy(d)
print(p.anything, p.other)
print("anything" in dir(d), type(dir(p)).__name__)
