# Calling next() on a generator from inside its own body raises ValueError.
def g():
    yield next(me)

me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
