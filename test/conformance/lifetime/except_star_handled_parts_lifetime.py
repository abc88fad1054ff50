# Each except* clause sees its own part of the group as sys.exception(); the parts are new groups
# that die when the statement ends, while the leaves live as long as something holds them.
import sys

class Leaf(Exception):
    def __del__(self):
        print("leaf", self.args[0], "freed")

kept = []
try:
    raise ExceptionGroup("batch", [Leaf("x"), TypeError("t"), Leaf("y")])
except* Leaf as group:
    print("leaves:", [str(e) for e in group.exceptions], sys.exception() is group)
    kept.append(group.exceptions[0])
except* TypeError:
    print("type errors:", repr(sys.exception()))
print("after the statement:", sys.exception())
print("kept:", kept)
kept.clear()
print("end")
