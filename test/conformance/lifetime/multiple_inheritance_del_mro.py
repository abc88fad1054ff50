# With multiple inheritance, super().__del__ follows the MRO through both bases.
class A:
    def __del__(self):
        print("A.__del__")

class B(A):
    def __del__(self):
        print("B.__del__")
        super().__del__()

class C(A):
    def __del__(self):
        print("C.__del__")
        super().__del__()

class D(B, C):
    def __del__(self):
        print("D.__del__")
        super().__del__()

print([k.__name__ for k in D.__mro__])
D()
