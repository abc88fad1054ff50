# The default unraisable report for __del__ shows the traceback through the helper that raised (addresses masked).
import sys

class MaskAddresses:
    def write(self, s):
        out = ""
        while True:
            i = s.find("0x")
            if i < 0:
                break
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out += s[:i] + "0x?"
            s = s[j:]
        return sys.__stderr__.write(out + s)
    def flush(self):
        pass

sys.stderr = MaskAddresses()

def release(handle):
    if handle < 0:
        raise OSError(f"bad handle {handle}")

class File:
    def __init__(self, h):
        self.h = h
    def __del__(self):
        release(self.h)

File(3)
print("first file closed quietly")
File(-1)
print("second file's error reported, program goes on")
