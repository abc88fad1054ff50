# Locals of the frame that raised die when the handled exception (and its traceback) is released.
class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Big", self.n, "freed")

def fail():
    b = Big(1)
    raise KeyError("k")

try:
    fail()
except KeyError:
    print("handling")
print("after try")
