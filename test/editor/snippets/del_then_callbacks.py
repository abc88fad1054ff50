import weakref


class Resource:
    def __del__(self):
        print("Resource.__del__")


a = Resource()
r1 = weakref.ref(a, lambda ref: print("callback 1"))
r2 = weakref.ref(a, lambda ref: print("callback 2"))
print(r1() is a)
del a
print(r1(), r2())
