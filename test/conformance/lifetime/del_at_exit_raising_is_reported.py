# Installing a __main__ function as sys.unraisablehook keeps the globals alive through sys, so a raising __del__ at exit runs too late to print or report.
import sys

def hook(u):
    print("custom hook at exit:", type(u.exc_value).__name__, u.exc_value)

sys.unraisablehook = hook

class Bad:
    def __del__(self):
        print("Bad.__del__ running at exit")
        raise ValueError("failed at exit")

bad = Bad()
print("main done")
