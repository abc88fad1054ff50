class Fenwick:
    def __init__(self, n: int) -> None:
        self.tree = [0] * (n + 1)

    @classmethod
    def from_list(cls, xs):
        fw = cls(len(xs))
        for i, x in enumerate(xs):
            fw.add(i, x)
        return fw

    def add(self, i: int, delta: int) -> None:
        i += 1
        while i < len(self.tree):
            self.tree[i] += delta
            i += i & -i

    def prefix(self, i: int) -> int:
        """Sum of the first i elements."""
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s

    def range_sum(self, lo: int, hi: int) -> int:
        return self.prefix(hi) - self.prefix(lo)


fw = Fenwick.from_list([5, 2, 9, -3, 5, 20, 10, -7])
print(fw.prefix(4), fw.range_sum(2, 6))
fw.add(3, 10)
print(fw.range_sum(0, 8), [fw.range_sum(i, i + 1) for i in range(8)])
