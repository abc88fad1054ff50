# A StopIteration escaping a generator body is turned into RuntimeError (PEP 479).
def bad():
    yield 1
    next(iter([]))
    yield 2

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
