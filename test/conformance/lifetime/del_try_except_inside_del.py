# A __del__ that catches its own errors reports nothing to the unraisable hook.
class Careful:
    def __init__(self, ok):
        self.ok = ok
    def __del__(self):
        try:
            if not self.ok:
                raise OSError("flush failed")
            print("flushed cleanly")
        except OSError as e:
            print("handled in __del__:", e)

Careful(True)
Careful(False)
print("end")
