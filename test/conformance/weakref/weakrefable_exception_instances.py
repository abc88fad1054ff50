# Built-in exception instances reject weak references, while instances of user-defined exception subclasses accept them.
import weakref

class AppError(Exception):
    pass

for exc in [ValueError("x"), KeyError("k"), StopIteration(), AppError("mine")]:
    try:
        r = weakref.ref(exc)
        print(type(exc).__name__, "weakrefable, alive:", r() is exc)
    except TypeError as e:
        print(type(exc).__name__, "->", e)

refs = []
try:
    raise AppError("raised")
except AppError as e:
    refs.append(weakref.ref(e))
    print("inside handler alive:", refs[0]() is e)
print("after handler:", refs[0]())
