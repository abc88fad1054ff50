# A proxy to a function forwards calls and attribute access, and dies with the function.
import weakref

def shout(s, times=1):
    return s.upper() * times

p = weakref.proxy(shout)
print(p("hey"), p("a", times=3), p.__name__)
del shout
try:
    p("x")
except ReferenceError as e:
    print("ReferenceError:", e)
