# Objects created at every level of a 500-deep recursion are all released once it unwinds.
class Node:
    alive = 0
    def __init__(self):
        Node.alive += 1
    def __del__(self):
        Node.alive -= 1

def dive(n):
    keep = Node()
    if n == 0:
        return Node.alive
    return dive(n - 1)

print("alive at bottom:", dive(500))
print("alive after return:", Node.alive)
