import heapq
import os
import tempfile


def write_sorted(path: str, values) -> None:
    with open(path, "w") as f:
        f.writelines(f"{v}\n" for v in sorted(values))


def merge_files(paths: list[str], out_path: str) -> int:
    with (
        open(paths[0]) as a,
        open(paths[1]) as b,
        open(paths[2]) as c,
        open(out_path, "w") as out,
    ):
        streams = [(int(line) for line in f) for f in (a, b, c)]
        n = 0
        for value in heapq.merge(*streams):
            out.write(f"{value}\n")
            n += 1
    return n


with tempfile.TemporaryDirectory() as d:
    parts = [os.path.join(d, f"part{i}.txt") for i in range(3)]
    for i, p in enumerate(parts):
        write_sorted(p, range(i, 30, 3))
    merged = os.path.join(d, "merged.txt")
    count = merge_files(parts, merged)
    with (
        open(merged) as f
    ):
        values = [int(x) for x in f]
    print(count, values == sorted(values), values[:6])
