# Reference count of an object that appears in its own attribute list.
import sys

class Node:
    def __init__(self):
        self.items = []

n = Node()
before = sys.getrefcount(n)
n.items.append(n)
print("adds:", sys.getrefcount(n) - before)
n.items.clear()
print("after clear:", sys.getrefcount(n) - before)
