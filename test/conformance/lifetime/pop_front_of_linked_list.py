# Popping nodes off the front of a linked list frees each popped node once nothing holds it.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
    def __del__(self):
        print("node", self.v, "freed")

head = Node("a", Node("b", Node("c")))
while head:
    print("popping", head.v)
    head = head.next
print("empty")
