# A __del__ running at interpreter exit can still use module globals and imported modules.
import math

PREFIX = "closing"

class Conn:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print(PREFIX, self.n, "sqrt:", math.sqrt(self.n), "helper:", helper(self.n))

def helper(x):
    return x * 2

conn = Conn(16)
print("script finished")
