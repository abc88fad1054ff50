def f(a, b=2, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())

print(f(1))
print(f(1, 3, 5, 7, key="k", z=1, y=2))
args = (10, 20, 30)
kw = {"key": "K", "w": 0}
print(f(*args, **kw))

def kwonly(*, x, y=5):
    return x * y
print(kwonly(x=3), kwonly(y=2, x=4))

try:
    f()
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)

square = lambda n: n * n
print([square(i) for i in range(5)], {i: i % 3 for i in range(4)})
print(sum([1, 2, 3]), sum([0.5, 0.25], 1))
