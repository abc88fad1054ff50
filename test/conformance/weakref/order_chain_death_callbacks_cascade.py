# Dropping the head of a chain fires each node's callback as the cascade reaches it.
import weakref

class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt
    def __del__(self):
        print("__del__", self.name)

head = Node("a", Node("b", Node("c")))
refs = []
n = head
while n:
    refs.append(weakref.ref(n, lambda r, name=n.name: print("callback", name)))
    n = n.next
head = None
print("end")
