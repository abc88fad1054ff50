from __future__ import annotations

import secrets
import time
import weakref
from dataclasses import dataclass, field


@dataclass(eq=False)
class Session:
    user: str
    created: float = field(default_factory=time.monotonic)
    data: dict = field(default_factory=dict)
    token: str = field(default_factory=lambda: secrets.token_hex(8))

    def __hash__(self):
        return id(self)


class SessionStore:
    def __init__(self, ttl: float = 1800.0):
        self.ttl = ttl
        self._strong: dict[str, Session] = {}
        self._by_user: weakref.WeakValueDictionary[str, Session] = weakref.WeakValueDictionary()

    def open(self, user: str) -> Session:
        if (old := self._by_user.get(user)) is not None:
            self.close(old.token)
        s = Session(user)
        self._strong[s.token] = s
        self._by_user[user] = s
        return s

    def close(self, token: str) -> None:
        self._strong.pop(token, None)

    def sweep(self, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        expired = [t for t, s in self._strong.items() if now - s.created > self.ttl]
        for t in expired:
            del self._strong[t]
        return len(expired)

    def who(self) -> list[str]:
        return sorted(self._by_user.keys())


store = SessionStore(ttl=10)
a = store.open("alice")
b = store.open("bob")
store.open("alice")
print(store.who(), len(store._strong))
del a, b
print(store.sweep(now=time.monotonic() + 60), store.who())
