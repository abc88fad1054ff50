import weakref


class Link:
    __slots__ = "value", "next", "_prev", "__weakref__"

    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = lambda: None

    @property
    def prev(self):
        return self._prev()

    @prev.setter
    def prev(self, node):
        self._prev = weakref.ref(node) if node is not None else (lambda: None)


class DList:
    def __init__(self, *values):
        self.head = self.tail = None
        self.size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Link(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def popleft(self):
        node = self.head
        if node is None:
            raise IndexError("pop from empty list")
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev


dl = DList(*range(5))
print(list(dl), list(reversed(dl)), dl.popleft(), dl.size)
