# *args collects arguments in a tuple that lives as long as the callee keeps it.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("A", self.n, "freed")

saved = []

def collect(*args, **kwargs):
    saved.append(args)
    print("kwargs keys:", list(kwargs))

collect(A(1), A(2), extra=A(3))
print("after call: positional kept, keyword dropped")
saved.clear()
print("end")
