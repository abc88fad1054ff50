from __future__ import annotations


def render(tree: dict[str, dict | None], prefix: str = "") -> list[str]:
    lines = []
    items = list(tree.items())
    for i, (name, children) in enumerate(items):
        last = i == len(items) - 1
        lines.append(f"{prefix}{'└── ' if last else '├── '}{name}")
        if children:
            lines += render(children, prefix + ("    " if last else "│   "))
    return lines


def box(lines: list[str], title: str = "") -> str:
    width = max(len(l) for l in lines + [title]) + 2
    top = f"╭─{title:─^{width - 2}}─╮" if title else "╭" + "─" * width + "╮"
    body = [f"│ {l:<{width - 2}} │" for l in lines]
    return "\n".join([top, *body, "╰" + "─" * width + "╯"])


heap = {
    "module __main__": {
        "Tree": {"root: Node": {"children: list": {"Node a": None, "Node b": None}}},
        "cache: WeakValueDictionary": {"→ Node a (weak)": None},
    },
    "gc.garbage": None,
}
print(box(render(heap), " heap "))
