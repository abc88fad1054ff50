# Each attribute access creates a new bound method object; none of them is the instance.
class C:
    def f(self):
        pass

c = C()
m1 = c.f
m2 = c.f
print(m1 is m2, m1 == m2)
print(m1.__self__ is c, m1.__func__ is C.f)
print(c.f is c.f)
