# sys.exit inside an atexit handler: what happens to the remaining handlers and the exit status.
import atexit
import sys

atexit.register(print, "registered first, runs last")
atexit.register(sys.exit, 7)
atexit.register(print, "registered last, runs first")
print("main done")
