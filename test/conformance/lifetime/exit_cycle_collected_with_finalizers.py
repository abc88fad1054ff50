# A cycle still reachable from a global at exit is reclaimed during shutdown and its __del__ runs.
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit-time finalize", self.name)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
print("leaving with a cycle in globals")
