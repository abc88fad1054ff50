# A with-block inside a generator has its __exit__ called when the generator is closed early.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False

def gen():
    with CM():
        yield 1
        yield 2

g = gen()
next(g)
g = None
print("end")
