# Functions as values: passing, returning, composing and storing them in dicts.
def compose(f, g):
    return lambda x: f(g(x))

def twice(f):
    return lambda x: f(f(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), twice(twice(inc))(0))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(f"8 {sym} 2 = {ops[sym](8, 2)}")
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x", "y"])))
