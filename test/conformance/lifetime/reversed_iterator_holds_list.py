# reversed() holds the list it iterates, keeping its items alive after the list's name is gone.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n)

items = [I(1), I(2)]
r = reversed(items)
del items
print("list name deleted")
print(next(r).n)
del r
print("end")
