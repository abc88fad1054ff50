# Assigning a new __defaults__ tuple releases the old default values.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("old default", self.n, "freed")

def g(a=D(1), b=D(2)):
    return a.n + b.n

print(g())
g.__defaults__ = (D(10), D(20))
print("defaults replaced")
print(g())
