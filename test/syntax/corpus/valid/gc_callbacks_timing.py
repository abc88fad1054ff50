import gc
import time

_starts: dict[int, float] = {}
timings: list[tuple[int, float, int]] = []


def on_gc(phase: str, info: dict[str, int]) -> None:
    gen = info["generation"]
    match phase:
        case "start":
            _starts[gen] = time.perf_counter()
        case "stop":
            elapsed = time.perf_counter() - _starts.pop(gen, time.perf_counter())
            timings.append((gen, elapsed * 1e3, info.get("collected", 0)))


gc.callbacks.append(on_gc)
try:
    junk = []
    for i in range(50_000):
        d = {"i": i}
        d["self"] = d
        junk.append(d)
        if i % 10_000 == 0:
            junk.clear()
    gc.collect()
finally:
    gc.callbacks.remove(on_gc)

for gen, ms, n in timings[-3:]:
    print(f"gen {gen}: {ms:8.3f} ms, {n:>6} collected")
