class Countdown:
    """An iterable (re-iterable) whose iterator is a separate object."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    def __init__(self, limit=None):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while self.limit is None or a <= self.limit:
            yield a
            a, b = b, a + b


class Sentinel:
    def __init__(self, items):
        self._it = iter(items)

    def read(self):
        return next(self._it, "")


c = Countdown(3)
print(list(c), list(c), list(reversed(c)), list(Fib(100)))
reader = Sentinel(["a", "b", "", "c"])
print(list(iter(reader.read, "")))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
