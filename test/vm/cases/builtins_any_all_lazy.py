# any and all stop at the first decisive item and release items as they go.
class T:
    def __init__(self, n, truth):
        self.n, self.truth = n, truth
    def __bool__(self):
        print("test", self.n)
        return self.truth
    def __del__(self):
        print("free", self.n)
def make(flags):
    for i, f in enumerate(flags):
        yield T(i, f)
print(any(make([False, True, False])))
print(all(make([True, False, True])))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
