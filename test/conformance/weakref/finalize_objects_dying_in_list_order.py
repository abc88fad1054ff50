# Finalizers for items in a list fire in the list's release order, last item first.
import weakref

class Obj:
    pass

items = [Obj() for _ in range(4)]
for i, it in enumerate(items):
    weakref.finalize(it, print, "item", i)
del it
items = None
print("end")
