# sys.exit raises SystemExit, so finally blocks and atexit handlers still run.
import atexit
import sys

atexit.register(lambda: print("atexit after SystemExit"))
try:
    print("exiting with 2")
    sys.exit(2)
finally:
    print("finally runs")
