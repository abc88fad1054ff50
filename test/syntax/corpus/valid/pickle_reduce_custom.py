import copyreg
import io
import pickle
import threading
import weakref


class Connection:
    """Holds a lock (not picklable) and a weakref (not picklable)."""

    def __init__(self, dsn, owner=None):
        self.dsn = dsn
        self._lock = threading.Lock()
        self._owner = weakref.ref(owner) if owner is not None else None
        self.queries = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"], state["_owner"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._owner = None


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Owner:
    pass


def reduce_complex(c):
    return complex, (c.real, c.imag)


copyreg.pickle(complex, reduce_complex)
o = Owner()
conn = Connection("sqlite:///:memory:", owner=o)
conn.queries = 7
buf = io.BytesIO()
pickle.dump([conn, Point(1, 2), 3 + 4j], buf, protocol=pickle.HIGHEST_PROTOCOL)
restored, point, z = pickle.loads(buf.getvalue())
print(restored.dsn, restored.queries, restored._owner, point, z, type(restored._lock).__name__)
