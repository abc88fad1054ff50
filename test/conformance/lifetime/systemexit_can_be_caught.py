# SystemExit is an exception that code may catch; its .code carries the argument.
import sys

for arg in [None, 0, 5, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))
print("still running")
