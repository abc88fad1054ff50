import sys

__debug__ = "-O" not in sys.argv
