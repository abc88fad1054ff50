# A 10,000-node chain is freed without crashing; only a few nodes report their death.
class Node:
    freed = 0
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        Node.freed += 1
        if self.i % 2500 == 0:
            print("freed node", self.i)

head = None
for i in range(10000):
    head = Node(i, head)
print("built")
head = None
print("total freed", Node.freed)
