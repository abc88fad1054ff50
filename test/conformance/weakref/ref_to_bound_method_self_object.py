# A weak reference to the instance behind a stored bound method stays alive because the method holds it.
import weakref

class Task:
    def run(self):
        return "ran"

t = Task()
r = weakref.ref(t)
job = t.run
del t
print("alive through bound method:", r() is not None)
del job
print("after dropping bound method:", r())
