import weakref
from abc import ABC, abstractmethod


class PluginMeta(type(ABC)):
    registry: "weakref.WeakSet[type]" = weakref.WeakSet()

    def __new__(mcls, name, bases, namespace, /, *, register=True, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if register and bases:
            mcls.registry.add(cls)
        return cls


class Plugin(ABC, metaclass=PluginMeta):
    priority: int = 0

    @abstractmethod
    def run(self, payload: dict) -> dict: ...


class Lowercase(Plugin):
    def run(self, payload):
        return {k.lower(): v for k, v in payload.items()}


class StripKeys(Plugin):
    priority = 10

    def run(self, payload):
        return {k.strip(): v for k, v in payload.items()}


class DropEmpty(Plugin):
    priority = 5

    def run(self, payload):
        return {k: v for k, v in payload.items() if v not in (None, "", [], {})}


class _Hidden(Plugin, register=False):
    def run(self, payload):
        return payload


def pipeline(payload):
    for cls in sorted(PluginMeta.registry, key=lambda c: -c.priority):
        if not getattr(cls, "__abstractmethods__", None):
            payload = cls().run(payload)
    return payload


print(pipeline({" a ": 1, "b": "", " c": [0]}))
