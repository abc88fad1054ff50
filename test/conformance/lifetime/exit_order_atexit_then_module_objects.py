# Exit order: atexit handlers newest first, then objects held by globals are finalized.
import atexit

class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("finalize obj", self.n)

objs = [Obj(1), Obj(2)]
single = Obj(3)
atexit.register(print, "atexit A")
atexit.register(print, "atexit B")
print("main ends")
