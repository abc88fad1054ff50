# Holding a reference to a middle node keeps it and everything after it alive after the head is dropped.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def __del__(self):
        print("freed", self.value)

head = Node("a", Node("b", Node("c", Node("d"))))
middle = head.next.next
head = None
print("head dropped; middle is", middle.value)
middle = None
print("end")
