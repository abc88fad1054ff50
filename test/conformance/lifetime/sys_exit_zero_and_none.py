# sys.exit() with no argument exits with status 0 and prints nothing more.
import sys

print("before exit")
sys.exit()
print("never printed")
