# After an uncaught exception, atexit handlers and global finalizers still run; the status is 1.
import atexit

class Res:
    def __del__(self):
        print("Res finalized at shutdown")

res = Res()
atexit.register(print, "atexit handler after crash")
print("about to fail")
raise KeyError("missing-key")
