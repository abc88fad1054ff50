# Dropping the head of a singly linked list frees the nodes from head to tail, like dominoes.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def __del__(self):
        print("node", self.value, "freed")

head = None
for v in range(5, 0, -1):
    head = Node(v, head)
print("list is", end=" ")
n = head
while n:
    print(n.value, end=" ")
    n = n.next
print()
print("drop head")
head = None
print("end")
