# Rebinding a name drops the last reference to its previous object immediately.
class Box:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("box", self.tag, "destroyed")

x = Box("first")
print("bound first")
x = Box("second")
print("rebound to second")
x = Box("third")
print("rebound to third")
x = 42
print("rebound to int")
