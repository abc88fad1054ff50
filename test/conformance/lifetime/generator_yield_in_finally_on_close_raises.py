# A generator that yields while being closed causes RuntimeError('generator ignored GeneratorExit').
def stubborn():
    try:
        yield 1
    finally:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
