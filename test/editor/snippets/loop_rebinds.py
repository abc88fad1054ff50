class Node:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed node", self.n)


for i in range(4):
    node = Node(i)
print("kept", node.n)
