# __del__ running while an exception is being handled sees its own sys.exception() context.
import sys

class Probe:
    def __del__(self):
        print("in __del__, current exception:", repr(sys.exception()))

try:
    p = Probe()
    raise ValueError("outer")
except ValueError:
    del p
    print("after del in handler:", repr(sys.exception()))
