import time
from types import TracebackType
from typing import Self


class Timer:
    """Measure a block; optionally swallow one kind of exception."""

    def __init__(self, label: str = "block", *, swallow: type[BaseException] | None = None) -> None:
        self.label = label
        self.swallow = swallow
        self.elapsed: float
        self.start: float = 0.0

    def __enter__(self) -> Self:
        self.start = time.perf_counter()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self.elapsed = time.perf_counter() - self.start
        status = "ok" if exc is None else f"failed with {exc_type.__name__}"
        print(f"{self.label}: {self.elapsed * 1000:.2f} ms ({status})")
        return self.swallow is not None and isinstance(exc, self.swallow)


with Timer("sum") as t:
    total = sum(i * i for i in range(100_000))

with Timer("div", swallow=ZeroDivisionError):
    1 / 0

print(total, t.elapsed > 0)
