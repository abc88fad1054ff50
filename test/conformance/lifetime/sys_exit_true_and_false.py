# sys.exit(True) exits with status 1 because bool is an int subclass; sys.exit(False) inside try is caught as code False.
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("caught code", repr(e.code), e.code == 0)
print("exit with True")
sys.exit(True)
