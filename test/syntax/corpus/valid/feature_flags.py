import hashlib
import os
from dataclasses import dataclass, field


@dataclass
class Flag:
    name: str
    enabled: bool = False
    percent: int = 100
    allow: set[str] = field(default_factory=set)
    deny: set[str] = field(default_factory=set)

    def is_on(self, user: str | None = None) -> bool:
        if not self.enabled:
            return False
        if user is not None:
            if user in self.deny:
                return False
            if user in self.allow:
                return True
            bucket = int(hashlib.sha1(f"{self.name}:{user}".encode()).hexdigest()[:8], 16) % 100
            return bucket < self.percent
        return self.percent == 100


class Flags:
    def __init__(self, *flags: Flag, env_prefix: str = "FLAG_") -> None:
        self._flags = {f.name: f for f in flags}
        for key, val in os.environ.items():
            if key.startswith(env_prefix) and (name := key[len(env_prefix):].lower()) in self._flags:
                self._flags[name].enabled = val.lower() in ("1", "true", "on")

    def __getattr__(self, name: str):
        try:
            return self._flags[name].is_on
        except KeyError:
            raise AttributeError(f"no flag named {name!r}") from None


flags = Flags(Flag("new_ui", True, percent=30, allow={"qa"}), Flag("gc_view", True), Flag("beta", False))
users = [f"user{i}" for i in range(100)]
print(sum(flags.new_ui(u) for u in users), flags.new_ui("qa"), flags.gc_view(), flags.beta("qa"))
