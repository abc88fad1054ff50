# sys.exit from deep inside nested calls unwinds with blocks and finally clauses before shutdown.
import sys

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__)

def inner():
    with CM("inner"):
        sys.exit(4)

def outer():
    with CM("outer"):
        try:
            inner()
        finally:
            print("outer finally")

outer()
