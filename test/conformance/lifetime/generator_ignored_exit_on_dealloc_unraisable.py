# A generator ignoring GeneratorExit during deallocation reports through sys.unraisablehook.
import sys

def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value)

sys.unraisablehook = hook

def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")

g = stubborn()
next(g)
del g
print("end")
