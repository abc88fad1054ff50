class RingBuffer:
    __slots__ = ("_buf", "_start", "_len")

    def __init__(self, capacity: int):
        self._buf = [None] * capacity
        self._start = 0
        self._len = 0

    def append(self, item) -> None:
        cap = len(self._buf)
        end = (self._start + self._len) % cap
        self._buf[end] = item
        if self._len == cap:
            self._start = (self._start + 1) % cap
        else:
            self._len += 1

    def __getitem__(self, i: int):
        if not -self._len <= i < self._len:
            raise IndexError("ring index out of range")
        return self._buf[(self._start + i % self._len) % len(self._buf)]

    def __len__(self):
        return self._len

    def __iter__(self):
        return (self[i] for i in range(self._len))

    def __repr__(self):
        return f"RingBuffer({list(self)!r}, capacity={len(self._buf)})"


rb = RingBuffer(3)
for x in "abcde":
    rb.append(x)
print(rb, rb[0], rb[-1], len(rb))
