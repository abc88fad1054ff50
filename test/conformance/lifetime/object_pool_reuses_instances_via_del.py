# An object pool that recycles instances in __del__ (resurrection); each instance finalizes once.
pool = []

class Buffer:
    made = 0
    def __init__(self):
        Buffer.made += 1
        self.id = Buffer.made
    def __del__(self):
        print("returning buffer", self.id, "to pool")
        pool.append(self)

def get():
    return pool.pop() if pool else Buffer()

b = get()
print("using", b.id)
b = None
b = get()
print("reused", b.id)
b = None
print("pool size", len(pool), "made", Buffer.made)
