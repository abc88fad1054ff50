import dataclasses
import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


def add_repr(*fields):
    def deco(cls):
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields or vars(self))
            return f"{cls.__name__}({inner})"
        cls.__repr__ = __repr__
        return cls
    return deco


def register_in(registry: dict, *, name: str | None = None):
    def deco(cls):
        registry[name or cls.__name__.lower()] = cls
        return cls
    return deco


PLUGINS: dict[str, type] = {}


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


@register_in(PLUGINS)
@add_repr("path", "mode")
class FileSink:
    def __init__(self, path, mode="a"):
        self.path, self.mode = path, mode


@register_in(PLUGINS, name="mem")
@add_repr()
@dataclasses.dataclass(repr=False)
class MemorySink:
    items: list = dataclasses.field(default_factory=list)
    limit: int = 100


print(Config("prod") is Config(), Config().env, FileSink("/tmp/x"), MemorySink(), sorted(PLUGINS))
