"""Attach metadata to objects we don't own, without keeping them alive."""
from weakref import WeakKeyDictionary


_notes: WeakKeyDictionary[object, list[str]] = WeakKeyDictionary()


def annotate(obj: object, note: str) -> None:
    _notes.setdefault(obj, []).append(note)


def notes_for(obj: object) -> tuple[str, ...]:
    return tuple(_notes.get(obj, ()))


class Request:
    def __init__(self, url):
        self.url = url


r1 = Request("/index")
r2 = Request("/admin")
annotate(r1, "cached")
annotate(r2, "needs auth")
annotate(r2, "slow")

print(notes_for(r2), len(_notes))
del r2
print(len(_notes))
