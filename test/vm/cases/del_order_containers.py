class Node:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("free", self.label)

items = [Node("L0"), Node("L1"), Node("L2"), Node("L3")]
print("list built")
del items
pair = (Node("T0"), Node("T1"))
pair = None
mapping = {"b": Node("D-b"), "a": Node("D-a"), "c": Node("D-c")}
del mapping["a"]
print("deleted key a")
mapping = {}
nested = [[Node("inner0"), Node("inner1")], Node("outer")]
nested.pop(0)
print("popped")
nested.clear()
print("end")
