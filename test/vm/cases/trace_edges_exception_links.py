# The references an exception holds: its args, __cause__, __context__, __traceback__, notes and
# attributes; a chain kept by a name outlives the handlers, and dies when the name goes.
import sys

class Payload:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("payload", self.name, "freed")

class AppError(Exception):
    pass

def fail():
    raise KeyError(Payload("in args"))

try:
    try:
        fail()
    except KeyError as first:
        second = AppError("wrapped", Payload("second args"))
        second.detail = Payload("attribute")
        second.add_note("a note")
        raise second from first
except AppError as err:
    kept = err
    print("cause:", type(kept.__cause__).__name__, "context is cause:", kept.__context__ is kept.__cause__)
    print("args:", len(kept.args), "notes:", kept.__notes__)

print("refcount of kept:", sys.getrefcount(kept))
kept.args = ("replaced",)
print("args replaced")
kept.__context__ = None
kept.__cause__ = None
print("links dropped")
del kept
print("end")
