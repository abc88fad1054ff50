"""A cache that forgets images nobody is looking at any more."""
import weakref
from typing import Callable


class Image:
    __slots__ = ("path", "pixels", "__weakref__")

    def __init__(self, path: str, pixels: bytes) -> None:
        self.path = path
        self.pixels = pixels

    def __repr__(self) -> str:
        return f"Image({self.path!r}, {len(self.pixels):_} bytes)"


class ImageCache:
    def __init__(self, loader: Callable[[str], bytes]) -> None:
        self._loader = loader
        self._live: weakref.WeakValueDictionary[str, Image] = weakref.WeakValueDictionary()
        self.hits = self.misses = 0

    def get(self, path: str) -> Image:
        if (img := self._live.get(path)) is not None:
            self.hits += 1
            return img
        self.misses += 1
        img = Image(path, self._loader(path))
        self._live[path] = img
        return img

    def __len__(self) -> int:
        return len(self._live)

    def stats(self) -> str:
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"{self.hits=} {self.misses=} ratio={ratio:.1%}"


def fake_loader(path: str) -> bytes:
    return path.encode() * 1024


if __name__ == "__main__":
    cache = ImageCache(fake_loader)
    a = cache.get("logo.png")
    b = cache.get("logo.png")
    assert a is b, "the cache should hand out the same object"
    del a, b
    print(len(cache), cache.stats())
