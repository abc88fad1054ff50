import gc
import sys
import weakref


class Node:
    __slots__ = ("value", "prev", "next", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


def ring(n: int) -> Node:
    head = Node(0)
    cur = head
    for i in range(1, n):
        node = Node(i)
        cur.next, node.prev = node, cur
        cur = node
    cur.next, head.prev = head, cur
    return head


head = ring(1000)
probe = weakref.ref(head)
print("refcount of head:", sys.getrefcount(head) - 1)
del head
print("alive after del:", probe() is not None)
gc.collect()
print("alive after gc:", probe() is not None)
