# A dead WeakMethod returns None when called, and its __callback__ was cleared.
import weakref

class C:
    def m(self):
        pass

c = C()
wm = weakref.WeakMethod(c.m, lambda r: None)
print(wm.__callback__ is not None)
del c
print(wm(), wm.__callback__)
