# sys.exc_info() returns the handled exception inside except and (None, None, None) afterwards.
import sys

print(sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v)
print(sys.exc_info())
print(sys.exception())
