import importlib
import time


class LazyModule:
    """Import a module on first attribute access."""

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_module", None)

    def _load(self):
        if (mod := object.__getattribute__(self, "_module")) is None:
            mod = importlib.import_module(object.__getattribute__(self, "_name"))
            object.__setattr__(self, "_module", mod)
        return mod

    def __getattr__(self, attr):
        return getattr(self._load(), attr)

    def __setattr__(self, attr, value):
        setattr(self._load(), attr, value)

    def __dir__(self):
        return dir(self._load())

    def __repr__(self):
        state = "loaded" if object.__getattribute__(self, "_module") else "not loaded"
        return f"<lazy module {object.__getattribute__(self, '_name')!r} ({state})>"


class Traced:
    def __init__(self, target):
        self.__dict__["_target"] = target
        self.__dict__["calls"] = []

    def __getattribute__(self, name):
        if name in ("calls", "_target", "__dict__"):
            return object.__getattribute__(self, name)
        self.calls.append((time.monotonic_ns() > 0, name))
        return getattr(object.__getattribute__(self, "_target"), name)


json = LazyModule("json")
print(json)
print(json.dumps({"lazy": True}), json)
t = Traced([3, 1, 2])
t.sort()
print(t.count(1), [name for _, name in t.calls])
