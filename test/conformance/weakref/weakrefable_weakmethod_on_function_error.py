# WeakMethod requires a bound method; plain functions and builtins are rejected.
import weakref

def f():
    pass

class K:
    def m(self):
        pass

for obj in [f, len, K.m, [].append]:
    try:
        weakref.WeakMethod(obj)
        print("accepted")
    except TypeError as e:
        print("TypeError:", e)
print(weakref.WeakMethod(K().m)() is None)
