# Several managers in one with statement are exited in reverse order of entry.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *a):
        print("exit", self.name)

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body with", a, b, c)
print("done")
