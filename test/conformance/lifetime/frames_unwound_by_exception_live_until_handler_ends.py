# Locals of frames an exception passed through live until its handler finishes, because the traceback holds the frames.
class Guard:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("guard", self.n, "released")

def deep():
    g = Guard(1)
    raise ValueError("unwind")

def mid():
    g = Guard(2)
    deep()

try:
    mid()
except ValueError as e:
    print("caught", e)
print("end")
