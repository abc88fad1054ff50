# sys.exit inside a with block: __exit__ sees SystemExit, then the program exits with the code.
import sys

class Guard:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, v.code)
        return False

with Guard():
    sys.exit(5)
