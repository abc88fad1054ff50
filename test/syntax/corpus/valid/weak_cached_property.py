import weakref
from functools import cached_property


class Thumbnail:
    def __init__(self, source, size):
        self.source, self.size = source, size

    def __repr__(self):
        return f"Thumbnail({self.source.name}, {self.size})"


class Photo:
    def __init__(self, name):
        self.name = name
        self._thumb_ref = None

    @property
    def thumbnail(self):
        """Recomputed only if no one holds the previous thumbnail any more."""
        thumb = self._thumb_ref() if self._thumb_ref else None
        if thumb is None:
            thumb = Thumbnail(self, 128)
            self._thumb_ref = weakref.ref(thumb)
            print("rendered", thumb)
        return thumb

    @cached_property
    def checksum(self):
        print("hashing", self.name)
        return sum(map(ord, self.name)) % 65_536


p = Photo("beach.jpg")
t1 = p.thumbnail
t2 = p.thumbnail
print(t1 is t2)
del t1, t2
p.thumbnail
print(p.checksum, p.checksum, "checksum" in vars(p))
