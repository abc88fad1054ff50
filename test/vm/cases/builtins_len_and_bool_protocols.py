# len() and truth testing through __len__ and __bool__, with their errors.
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __bool__(self):
        return False
print(len(L(3)), bool(L(0)), bool(L(2)), bool(B()), len("héllo"), len([1, [2, 3]]), len({1: 2}), len(range(0, 10, 3)), len(b"ab"))
for obj in (L(-1), L(2.5)):
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for obj in (5, None, iter([])):
    try:
        len(obj)
    except TypeError as e:
        print("TypeError", e)
