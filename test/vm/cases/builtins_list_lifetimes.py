# Order in which list operations release their items.
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"T{self.n}"
    def __del__(self):
        print("free", self.n)
a = [T(i) for i in range(6)]
print("pop returns the item")
x = a.pop(1)
print("popped", x)
del x
print("remove")
a.remove(a[0])
print("slice assign")
a[0:2] = [T(10)]
print("del extended slice")
b = [T(i) for i in range(20, 25)]
del b[::2]
print("extended assign")
b[::1] = b[::-1]
print("clear")
a.clear()
print("sort keys die in sorted order")
c = [T(3), T(1), T(2)]
c.sort(key=lambda t: T(t.n + 100))
print("end", c)
