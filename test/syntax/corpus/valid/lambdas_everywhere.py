from functools import reduce, partial
import operator

compose = lambda *fs: reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), fs)
inc = lambda x: x + 1
double = lambda x, /: x * 2
power = lambda base, exp=2, *, mod=None: pow(base, exp, mod)
collect = lambda *args, **kwargs: (args, kwargs)
noop = lambda: None
curry = lambda f: lambda a: lambda b: f(a, b)
sort_key = lambda item: (-item[1], item[0])
ternary = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
nested_default = lambda x=lambda: 1: x()

pipeline = compose(str, double, inc)
scores = {"ana": 9, "bo": 7, "cy": 9}
print(pipeline(4), power(3), power(3, 3, mod=5), collect(1, a=2), noop())
print(curry(operator.add)(2)(3), sorted(scores.items(), key=sort_key))
print(list(map(ternary, [-1, 0, 1])), nested_default(), (lambda: (yield_ := 5))())
handlers = {name: (lambda n=name: f"handled {n}") for name in ("a", "b")}
print(handlers["a"](), partial(power, exp=3)(2))
print((lambda *, key="k": key)(), (lambda a, b=2, /, c=3: a + b + c)(1))
