import functools
def deco(arg):
    def wrap(f):
        return f
    return wrap
@deco(1)
@functools.cache
def f():
    return 1
@deco(2)
class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, value):
        pass
