# On rebinding, the new object is constructed before the old one is released.
class Node:
    def __init__(self, tag):
        print("init", tag)
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

n = Node("A")
n = Node("B")
n = Node("C")
print("end of script")
