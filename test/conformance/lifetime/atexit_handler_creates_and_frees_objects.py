# Objects created inside an atexit handler are freed within it like in any function.
import atexit

class Tmp:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("tmp", self.n, "freed")

def handler():
    t = Tmp(1)
    Tmp(2)
    print("handler ending")

atexit.register(handler)
print("main done")
