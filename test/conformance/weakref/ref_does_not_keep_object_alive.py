# A weak reference alone does not keep its referent alive; __del__ runs on the last strong reference's removal.
import weakref

class Big:
    def __del__(self):
        print("Big.__del__")

b = Big()
r = weakref.ref(b)
print("strong ref dropped next")
b = None
print("after drop, ref gives:", r())
