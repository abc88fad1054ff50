# An exception in an atexit handler is reported and the remaining handlers still run.
import atexit
import sys

class MaskAddresses:
    def write(self, s):
        i = s.find(" at 0x")
        while i >= 0:
            j = i + 6
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            s = s[:i] + " at ADDRESS" + s[j:]
            i = s.find(" at 0x")
        return sys.__stderr__.write(s)
    def flush(self):
        pass

sys.stderr = MaskAddresses()

def first():
    print("first registered, runs last")

def failing():
    raise RuntimeError("handler failed")

atexit.register(first)
atexit.register(failing)
print("main done")
