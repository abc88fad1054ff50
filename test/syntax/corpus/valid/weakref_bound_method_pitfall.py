import weakref


class Button:
    def click(self):
        return "clicked"


b = Button()

# A bound method object is created fresh on each attribute access, so a plain
# ref to it dies immediately. WeakMethod keeps the (object, function) pair instead.
plain = weakref.ref(b.click)
smart = weakref.WeakMethod(b.click)
print("plain ref alive:", plain() is not None)
print("WeakMethod alive:", smart() is not None, smart()())

same = weakref.ref(b)
print(same == weakref.ref(b), hash(same) == hash(weakref.ref(b)))
del b
print("after del:", smart(), same())
