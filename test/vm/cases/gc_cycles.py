import gc

class Peer:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalize", self.name)

gc.collect()
a = Peer("a")
b = Peer("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable")
print("collected:", gc.collect())
print("again:", gc.collect())

loop = []
loop.append(loop)
del loop
print("list cycle:", gc.collect())
