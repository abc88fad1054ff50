# partial: bound arguments, keyword merging, nesting, repr and attributes.
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=40)
print(p(2), p(2, 3), p(2, d=5), p.args, p.keywords, p.func is f)
q = partial(p, 9, c=30)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(int, base=2)).startswith("functools.partial(<class 'int'>"), partial(int, base=2)("1011"))
print(type(p).__name__)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
