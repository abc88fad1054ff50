# Writing through sys._getframe().f_locals updates a function's local variable in 3.13+ (PEP 667).
import sys

def f():
    value = "original"
    frame = sys._getframe()
    frame.f_locals["value"] = "changed"
    print(value)
    print(type(frame.f_locals).__name__)

f()
