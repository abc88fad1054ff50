import sys
import time


class Progress:
    BLOCKS = " ▏▎▍▌▋▊▉█"

    def __init__(self, total: int, width: int = 30, stream=sys.stderr, label: str = "") -> None:
        self.total, self.width, self.stream, self.label = total, width, stream, label
        self.n = 0
        self.start = time.monotonic()

    def bar(self) -> str:
        frac = self.n / self.total if self.total else 1.0
        full, part = divmod(int(frac * self.width * 8), 8)
        cells = "█" * full + (self.BLOCKS[part] if full < self.width else "")
        return f"{cells:<{self.width}}"

    def update(self, k: int = 1) -> None:
        self.n = min(self.total, self.n + k)
        elapsed = time.monotonic() - self.start
        rate = self.n / elapsed if elapsed else 0.0
        eta = (self.total - self.n) / rate if rate else float("inf")
        self.stream.write(f"\r{self.label}|{self.bar()}| {self.n}/{self.total} {rate:6.1f}/s eta {eta:5.1f}s")
        self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.write("\n")


with Progress(40, label="scanning heap ") as p:
    for _ in range(40):
        time.sleep(0.001)
        p.update()
