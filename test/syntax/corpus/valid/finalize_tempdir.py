import os
import shutil
import tempfile
import weakref


class Workspace:
    """A scratch directory removed when the workspace object is reclaimed."""

    def __init__(self, prefix="ws-"):
        self.path = tempfile.mkdtemp(prefix=prefix)
        self._finalizer = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)

    def write(self, name, text):
        full = os.path.join(self.path, name)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        return full

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False


with Workspace() as ws:
    print(ws.write("notes.txt", "hello\n"))
print("closed:", ws.closed)

orphan = Workspace(prefix="orphan-")
finalizer = orphan._finalizer
del orphan
print("finalizer still alive?", finalizer.alive)
