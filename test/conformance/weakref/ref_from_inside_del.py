# Creating a new weak reference to an object from inside its own __del__ yields a ref that is dead right after.
import weakref

holder = []

class Obj:
    def __del__(self):
        r = weakref.ref(self)
        holder.append(r)
        print("inside __del__, new ref alive:", r() is self)

o = Obj()
del o
print("after death, that ref is dead:", holder[0]() is None)
