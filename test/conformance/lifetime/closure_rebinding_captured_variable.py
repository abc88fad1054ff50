# nonlocal rebinding inside a closure frees the previous value held by the cell.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

def counter():
    cur = V(0)
    def bump():
        nonlocal cur
        cur = V(cur.n + 1)
        return cur.n
    return bump

b = counter()
print(b())
print(b())
del b
print("end")
