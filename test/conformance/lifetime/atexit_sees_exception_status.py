# atexit handlers run after an uncaught exception, and sys.last_value names it in 3.14 and 3.11 alike.
import atexit
import sys

def report():
    print("atexit: last exception:", repr(getattr(sys, "last_value", None)))

atexit.register(report)
raise ValueError("fatal")
