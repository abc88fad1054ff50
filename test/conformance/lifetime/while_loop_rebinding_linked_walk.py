# Walking a linked list with a cursor variable does not free nodes still linked from the head.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
    def __del__(self):
        print("node", self.v, "freed")

head = Node(1, Node(2, Node(3)))
cur = head
total = 0
while cur is not None:
    total += cur.v
    cur = cur.next
print("total", total)
print("dropping head")
head = None
print("end")
