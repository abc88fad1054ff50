import capi, weakref

class Node:
    def __init__(self):
        self.value = 42
    def __del__(self):
        print("Node.__del__")

n = Node()
r = weakref.ref(n)
b = capi.PyWeakref_GetObject(r)
print(b.value)
del n
print("after del n")
try:
    print(b.value)
except SystemError as e:
    print("SystemError:", e)
try:
    print(capi.Py_REFCNT(b))
except SystemError as e:
    print("SystemError:", e)
