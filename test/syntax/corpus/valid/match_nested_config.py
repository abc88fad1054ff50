import math
from dataclasses import dataclass


@dataclass
class Cache:
    kind: str
    size: int
    ttl: float = math.inf


def build(config: dict):
    match config:
        case {"cache": {"type": "memory", "size": int(n)} as c} if n > 0:
            return Cache("memory", n, c.get("ttl", math.inf))
        case {"cache": {"type": "weak"}}:
            return Cache("weak", 0)
        case {"cache": {"type": "redis", "url": str(url), **options}}:
            return Cache(f"redis@{url}", options.get("pool", 8))
        case {"cache": None} | {}:
            return None
        case {"cache": bad}:
            raise ValueError(f"bad cache config: {bad!r}")
        case _:
            raise TypeError("config must be a mapping")


def describe(cache):
    match cache:
        case Cache(kind="memory", size=n, ttl=math.inf):
            return f"unbounded-lifetime memory cache of {n}"
        case Cache("memory", n, ttl):
            return f"memory cache of {n}, ttl {ttl}s"
        case Cache(kind="weak"):
            return "weak cache: entries live as long as their users"
        case Cache(kind=k) if k.startswith("redis"):
            return f"remote cache at {k.partition('@')[2]}"
        case None:
            return "no cache"


for cfg in [{"cache": {"type": "memory", "size": 100}}, {"cache": {"type": "memory", "size": 5, "ttl": 30}},
            {"cache": {"type": "weak"}}, {"cache": {"type": "redis", "url": "redis://h:6379", "pool": 4}}, {}]:
    print(describe(build(cfg)))
