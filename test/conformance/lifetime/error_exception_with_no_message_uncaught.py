# An uncaught exception raised without arguments prints just its class name.
class EmptyError(Exception):
    pass

def f():
    raise EmptyError

print("calling f")
f()
