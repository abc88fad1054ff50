import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path


def walk(root: Path, *, include=("*.py",), exclude_dirs=(".git", "__pycache__", "node_modules")) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in exclude_dirs and not d.startswith("."))
        for name in sorted(filenames):
            if any(fnmatch.fnmatch(name, pat) for pat in include):
                yield Path(dirpath) / name


def summarize(root: Path) -> dict[str, int]:
    stats = {"files": 0, "lines": 0, "bytes": 0, "largest": 0}
    for p in walk(root):
        try:
            data = p.read_bytes()
        except OSError:
            continue
        stats["files"] += 1
        stats["bytes"] += len(data)
        stats["lines"] += data.count(b"\n")
        stats["largest"] = max(stats["largest"], len(data))
    return stats


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    print(summarize(here), here.name, here.suffix or "(no suffix)", here.parent.parts[-2:])
