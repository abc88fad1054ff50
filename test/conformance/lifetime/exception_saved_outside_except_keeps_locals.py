# Saving an exception beyond its except block keeps the traceback, its frames and their locals alive.
class Big:
    def __del__(self):
        print("Big freed")

def fail():
    local = Big()
    raise RuntimeError("fail")

saved = None
try:
    fail()
except RuntimeError as e:
    saved = e
print("after except; traceback kept:", saved.__traceback__ is not None)
print("dropping traceback")
saved.__traceback__ = None
print("end")
