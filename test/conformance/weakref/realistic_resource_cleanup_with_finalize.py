# A temporary workspace object that guarantees cleanup via finalize whether closed explicitly, dropped, or left at exit.
import weakref

LOG = []

def _cleanup(name):
    print("cleaning up workspace", name)

class Workspace:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, _cleanup, name)
    def close(self):
        self._fin()
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()

with Workspace("ctx") as w:
    print("using", w.name)
print("after with")
dropped = Workspace("dropped")
del dropped
explicit = Workspace("explicit")
explicit.close()
explicit.close()
leftover = Workspace("leftover")
print("main done")
