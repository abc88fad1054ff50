# An exception escaping __del__ is printed by the default unraisable hook (address masked) and execution continues.
import sys

class MaskAddresses:
    # Passes stderr text through, replacing " at 0x<hex>" so the output does not depend on addresses.
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
        sys.__stderr__.flush()

sys.stderr = MaskAddresses()

class Broken:
    def __del__(self):
        raise ValueError("cleanup failed")

b = Broken()
del b
print("program continues")
sys.stdout.flush()
