# The user's callback runs once, when the first of the instance and the function dies; it receives
# the WeakMethod, which is then dead.
import weakref

def make():
    class C:
        def m(self):
            pass
    return C

C = make()
c = C()
calls = []
wm = weakref.WeakMethod(c.m, lambda r: calls.append(r))
del c
print(len(calls), calls[0] is wm, wm(), wm._alive)
del C
import gc
gc.collect()
print("after the function died too:", len(calls))

C2 = make()
c2 = C2()
wm2 = weakref.WeakMethod(c2.m, lambda r: print("callback; alive flag", r._alive))
del C2.m
print("function deleted from the class; the WeakMethod is dead:", wm2() is None)
