import random


class _Node:
    __slots__ = ("key", "value", "forward")

    def __init__(self, key, value, level):
        self.key, self.value = key, value
        self.forward = [None] * level


class SkipList:
    MAX_LEVEL = 16
    P = 0.5

    def __init__(self, seed=None):
        self.head = _Node(None, None, self.MAX_LEVEL)
        self.level = 1
        self.rng = random.Random(seed)
        self.size = 0

    def _random_level(self):
        lvl = 1
        while self.rng.random() < self.P and lvl < self.MAX_LEVEL:
            lvl += 1
        return lvl

    def _path(self, key):
        update, node = [self.head] * self.MAX_LEVEL, self.head
        for i in reversed(range(self.level)):
            while (nxt := node.forward[i]) is not None and nxt.key < key:
                node = nxt
            update[i] = node
        return update, node.forward[0]

    def __setitem__(self, key, value):
        update, node = self._path(key)
        if node is not None and node.key == key:
            node.value = value
            return
        lvl = self._random_level()
        self.level = max(self.level, lvl)
        new = _Node(key, value, lvl)
        for i in range(lvl):
            new.forward[i], update[i].forward[i] = update[i].forward[i], new
        self.size += 1

    def __getitem__(self, key):
        _, node = self._path(key)
        if node is None or node.key != key:
            raise KeyError(key)
        return node.value

    def __iter__(self):
        node = self.head.forward[0]
        while node:
            yield node.key
            node = node.forward[0]


sl = SkipList(seed=1)
for k in [30, 10, 50, 20, 40]:
    sl[k] = str(k)
sl[20] = "twenty"
print(list(sl), sl[20], sl.size, sl.level)
