from __future__ import annotations

import re
from typing import Any, Callable


class Validated:
    def __init__(self, *checks: Callable[[Any], str | None], default: Any = None) -> None:
        self.checks = checks
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.public, self.private = name, f"_{name}"

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private, self.default)

    def __set__(self, obj, value) -> None:
        for check in self.checks:
            if (err := check(value)) is not None:
                raise ValueError(f"{type(obj).__name__}.{self.public}: {err} (got {value!r})")
        setattr(obj, self.private, value)

    def __delete__(self, obj) -> None:
        delattr(obj, self.private)


def is_type(*types):
    return lambda v: None if isinstance(v, types) else f"expected {' or '.join(t.__name__ for t in types)}"


def in_range(lo=None, hi=None):
    return lambda v: "too small" if lo is not None and v < lo else "too large" if hi is not None and v > hi else None


def matches(pattern: str):
    rx = re.compile(pattern)
    return lambda v: None if rx.fullmatch(v) else f"does not match {pattern}"


class Server:
    host = Validated(is_type(str), matches(r"[a-z0-9.-]+"), default="localhost")
    port = Validated(is_type(int), in_range(1, 65_535), default=80)
    ratio = Validated(is_type(int, float), in_range(0, 1))

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


s = Server(host="api.example.org", port=8443, ratio=0.25)
print(s.host, s.port, s.ratio, Server().port)
for bad in ({"port": 0}, {"host": "Bad_Host"}, {"ratio": "half"}):
    try:
        Server(**bad)
    except ValueError as e:
        print(e)
del s.port
print(s.port)
