from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import get_type_hints


class ConfigError(ValueError):
    pass


@dataclass(kw_only=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    log_dir: Path = Path("/var/log/app")
    allowed: list[str] = field(default_factory=lambda: ["localhost"])
    debug: bool = False

    def __post_init__(self) -> None:
        hints = get_type_hints(type(self))
        for f in fields(self):
            value, hint = getattr(self, f.name), hints[f.name]
            origin = getattr(hint, "__origin__", hint)
            if origin is Path and isinstance(value, str):
                setattr(self, f.name, Path(value))
            elif not isinstance(value, origin):
                raise ConfigError(f"{f.name}: expected {origin.__name__}, got {type(value).__name__}")
        if not 0 < self.port < 65_536:
            raise ConfigError(f"port {self.port} out of range")
        if self.workers < 1:
            raise ConfigError("need at least one worker")


print(ServerConfig(port=9000, log_dir="/tmp/logs"))
for bad in ({"port": 70_000}, {"workers": "4"}, {"debug": 1}):
    try:
        ServerConfig(**bad)
    except ConfigError as e:
        print("config error:", e)
