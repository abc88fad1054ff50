# id() is equal for two names of the same object and different for two live objects.
class A:
    pass

a = A()
b = a
c = A()
print(id(a) == id(b))
print(id(a) == id(c))
print(a is b, a is c)
print(id(a) == id(a))
