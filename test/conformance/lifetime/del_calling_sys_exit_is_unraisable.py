# SystemExit raised inside __del__ cannot stop the program; it is reported as unraisable.
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)

class Quitter:
    def __del__(self):
        sys.exit(9)

Quitter()
print("still running, status will be 0")
