# Cleanup order when with blocks and try/finally are nested and an exception escapes.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)

def run():
    with CM("outer"):
        try:
            with CM("inner"):
                raise ValueError("boom")
        finally:
            print("finally between")

try:
    run()
except ValueError as e:
    print("caught", e)
