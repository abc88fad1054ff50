from collections.abc import Sequence
from typing import Any


def format_table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, align: str | None = None,
                 border: bool = True, floatfmt: str = ".2f") -> str:
    align = align or "".join(">" if isinstance(v, (int, float)) else "<" for v in rows[0])
    cells = [[format(v, floatfmt) if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    fmt_row = lambda r: (" | " if border else "  ").join(f"{c:{a}{w}}" for c, a, w in zip(r, align, widths))
    sep = "-+-".join("-" * w for w in widths)
    lines = [fmt_row(headers)]
    if border:
        lines.append(sep)
    lines += map(fmt_row, cells)
    return "\n".join(lines)


data = [("weakref.ref", 12, 0.5), ("WeakValueDictionary", 3, 12.25), ("finalize", 140, 1 / 3)]
print(format_table(data, ["name", "count", "ms"]))
print(format_table(data, ["name", "count", "ms"], border=False, align="<^>", floatfmt=".1e"))
