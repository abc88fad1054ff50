# WeakMethod recreates the bound method while the instance lives, unlike a plain ref to a bound method.
import weakref

class Button:
    def click(self):
        return "clicked"

b = Button()
plain = weakref.ref(b.click)
wm = weakref.WeakMethod(b.click)
print("plain ref to bound method:", plain())
m = wm()
print("WeakMethod:", m(), m == b.click)
del m
del b
print("after instance deleted:", wm())
