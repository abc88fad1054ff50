class Tracked:
    def __init__(self, name):
        self.name = name
        print("new", name)
    def __del__(self):
        print("del", self.name)

def scope():
    first = Tracked("first")
    second = Tracked("second")
    third = Tracked("third")
    print("leaving scope")

scope()
print("after scope")

def returns_one():
    keep = Tracked("keep")
    drop = Tracked("drop")
    return keep

kept = returns_one()
print("kept is", kept.name)
kept = None
print("done")
