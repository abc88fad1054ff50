import weakref
from itertools import count


class Handle:
    """Public handle; the real resource lives in a table keyed by an integer id."""

    _table: dict[int, dict] = {}
    _ids = count(1)

    def __init__(self, kind: str, **attrs) -> None:
        self.id = next(self._ids)
        self._table[self.id] = {"kind": kind, **attrs}
        # finalize must not reference self: pass the table and the id instead
        self._fin = weakref.finalize(self, Handle._table.pop, self.id, None)

    @property
    def info(self) -> dict:
        return self._table[self.id]

    def close(self) -> None:
        self._fin()

    @classmethod
    def live(cls) -> list[int]:
        return sorted(cls._table)


h1 = Handle("texture", w=256, h=256)
h2 = Handle("buffer", size=4096)
h3 = Handle("shader", stage="fragment")
print(Handle.live(), h2.info)
h1.close()
del h2
print(Handle.live())
h3 = None
print(Handle.live())
