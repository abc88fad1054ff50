# The standard streams are not io.TextIOWrapper objects in the engine.
import sys
print(sys.stdout)
print(type(sys.stderr).__name__)
