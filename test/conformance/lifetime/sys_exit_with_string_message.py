# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

config = {}
if "path" not in config:
    sys.exit("error: no path configured")
print("unreachable")
