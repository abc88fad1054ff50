import gc
import weakref

events: list[str] = []


class TreeNode:
    def __init__(self, name: str, parent: "TreeNode | None" = None):
        self.name = name
        self.parent = parent  # strong back-pointer: every edge is a cycle
        self.children: list[TreeNode] = []
        if parent is not None:
            parent.children.append(self)
        weakref.finalize(self, events.append, f"finalize {name}")

    def __del__(self):
        events.append(f"__del__ {self.name}")


def build(depth: int, fanout: int, parent=None, prefix="n") -> TreeNode:
    node = TreeNode(prefix, parent)
    if depth:
        for i in range(fanout):
            build(depth - 1, fanout, node, f"{prefix}.{i}")
    return node


root = build(2, 2)
probe = weakref.ref(root)
del root
print("after del:", probe() is not None, len(events))
found = gc.collect()
print(f"gc.collect() = {found}, events = {len(events)}")
print(sum(e.startswith("__del__") for e in events), sum(e.startswith("finalize") for e in events))
