import contextlib
import time


@contextlib.contextmanager
def section(name: str, log: list[str], depth: list[int] = [0]):
    pad = "  " * depth[0]
    log.append(f"{pad}> {name}")
    depth[0] += 1
    start = time.perf_counter()
    try:
        yield name
    except KeyError as e:
        log.append(f"{pad}  ! handled {e!r}")
    finally:
        depth[0] -= 1
        log.append(f"{pad}< {name} ({(time.perf_counter() - start) * 1e6:.0f} µs)")


log: list[str] = []
with section("load", log):
    with section("parse", log):
        pass
    with section("index", log) as name, section(f"{name}/lookup", log):
        {}["missing"]
with section("render", log):
    pass
print("\n".join(line.split(" (")[0] for line in log))
