# Calling a factory in a loop gives each closure its own cell and captured object.
class Cfg:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("cfg", self.n, "freed")

def factory(n):
    c = Cfg(n)
    return lambda: c.n

fns = [factory(i) for i in range(3)]
print([f() for f in fns])
del fns[0]
print("first closure removed")
fns = None
print("end")
