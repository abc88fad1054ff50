from __future__ import annotations

import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol


class Handler(Protocol):
    def __call__(self, topic: str, payload: Any, /) -> None: ...


@dataclass(frozen=True, slots=True)
class Subscription:
    topic: str
    token: int


@dataclass
class EventBus:
    _handlers: dict[str, dict[int, weakref.ref]] = field(default_factory=lambda: defaultdict(dict))
    _next: int = 0

    def subscribe(self, topic: str, owner: object, method_name: str) -> Subscription:
        self._next += 1
        token = self._next
        bucket = self._handlers[topic]

        def _gone(_ref, *, _bucket=bucket, _token=token):
            _bucket.pop(_token, None)

        bucket[token] = weakref.ref(owner, _gone)
        setattr(owner, f"_bus_method_{token}", method_name)
        return Subscription(topic, token)

    def publish(self, topic: str, payload: Any = None) -> int:
        delivered = 0
        for pattern, bucket in list(self._handlers.items()):
            if not (pattern == topic or pattern.endswith(".*") and topic.startswith(pattern[:-1])):
                continue
            for token, ref in list(bucket.items()):
                owner = ref()
                if owner is None:
                    continue
                getattr(owner, getattr(owner, f"_bus_method_{token}"))(topic, payload)
                delivered += 1
        return delivered


class AuditLog:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def record(self, topic: str, payload: Any) -> None:
        self.lines.append(f"{topic}: {payload!r}")


bus = EventBus()
log = AuditLog()
bus.subscribe("user.*", log, "record")
bus.publish("user.login", {"id": 7})
bus.publish("order.created", 12)
print(log.lines)
del log
print(bus.publish("user.logout"))
