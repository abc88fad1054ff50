# A __del__ that deletes a global holding another object triggers that object's __del__ inside it.
class B:
    def __del__(self):
        print("  B.__del__ (nested)")

class A:
    def __del__(self):
        global b
        print("A.__del__ start")
        b = None
        print("A.__del__ end")

b = B()
a = A()
del a
print("end")
