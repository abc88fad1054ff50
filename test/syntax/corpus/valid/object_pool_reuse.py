import weakref
from collections import deque


class Buffer:
    __slots__ = ("data", "pool", "__weakref__")

    def __init__(self, size):
        self.data = bytearray(size)
        self.pool = None


class BufferPool:
    def __init__(self, size=4096, keep=4):
        self.size = size
        self._free = deque(maxlen=keep)
        self._lent = weakref.WeakSet()
        self.created = 0

    def acquire(self):
        try:
            buf = self._free.pop()
        except IndexError:
            buf = Buffer(self.size)
            self.created += 1
        self._lent.add(buf)
        return buf

    def release(self, buf):
        self._lent.discard(buf)
        buf.data[:] = bytes(self.size)
        self._free.append(buf)

    def __repr__(self):
        return f"<BufferPool free={len(self._free)} lent={len(self._lent)} created={self.created}>"


pool = BufferPool(size=16)
bufs = [pool.acquire() for _ in range(3)]
bufs[0].data[:5] = b"hello"
pool.release(bufs.pop(0))
again = pool.acquire()
print(pool, bytes(again.data[:5]))
bufs.clear()
print(pool)
