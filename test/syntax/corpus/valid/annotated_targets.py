from typing import Any


class Settings:
    debug: bool
    level: int = 0
    tags: list[str]

    def __init__(self) -> None:
        self.debug: bool = False
        self.name: str
        self.values: dict[str, Any] = {}
        self.values["retries"]: int = 3
        self.values["timeout"]: float


config: dict[str, Any] = {}
config["host"]: str = "localhost"
config["port"]: int = 8080
config["paths"]: list[str]
matrix: list[list[int]] = [[0, 0], [0, 0]]
matrix[0][1]: int = 5
s = Settings()
s.level: int = 3
s.tags: list[str] = ["a"]
(parenthesized): int = 1
total: int
count: "int" = 0
ratio: float | None = None
callbacks: list["callable[..., None]"] = []
print(config, matrix, s.level, s.tags, parenthesized, count, __annotations__ if False else "ok")
