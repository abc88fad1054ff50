# Changing obj.__class__ switches which __del__ runs when the object dies.
class A:
    def __del__(self):
        print("A.__del__")

class B:
    def __del__(self):
        print("B.__del__")

x = A()
x.__class__ = B
print("now a", type(x).__name__)
del x
y = B()
y.__class__ = A
del y
