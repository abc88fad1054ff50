# When __iadd__ returns self, += keeps the same object alive and nothing is freed.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __del__(self):
        print("acc freed with", self.items)

a = Acc()
same = a
a += 1
a += 2
print(a is same)
del same
print("still alive:", a.items)
del a
print("end")
