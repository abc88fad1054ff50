import weakref
from pathlib import Path


class Asset:
    loads = 0

    def __init__(self, path: Path):
        Asset.loads += 1
        self.path = path
        self.data = f"<contents of {path.name}>"


class AssetManager:
    def __init__(self, root: str):
        self.root = Path(root)
        self._loaded: weakref.WeakValueDictionary[str, Asset] = weakref.WeakValueDictionary()
        self._pinned: set[Asset] = set()

    def __getitem__(self, name: str) -> Asset:
        try:
            return self._loaded[name]
        except KeyError:
            asset = self._loaded[name] = Asset(self.root / name)
            return asset

    def pin(self, name: str) -> None:
        self._pinned.add(self[name])

    def unpin_all(self) -> None:
        self._pinned.clear()


assets = AssetManager("/game/assets")
assets.pin("ui/font.ttf")
level = [assets["tiles/grass.png"], assets["tiles/grass.png"], assets["sfx/jump.wav"]]
print(Asset.loads, sorted(assets._loaded.keys()))
level.clear()
print(sorted(assets._loaded.keys()))
assets.unpin_all()
print(len(assets._loaded), assets["ui/font.ttf"].data, Asset.loads)
