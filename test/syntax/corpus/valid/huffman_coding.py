import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class HNode:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["HNode"] = field(default=None, compare=False, repr=False)
    right: Optional["HNode"] = field(default=None, compare=False, repr=False)


def build(text):
    heap = [HNode(w, i, s) for i, (s, w) in enumerate(sorted(Counter(text).items()))]
    heapq.heapify(heap)
    order = len(heap)
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        heapq.heappush(heap, HNode(a.weight + b.weight, order, None, a, b))
        order += 1
    return heap[0]


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


text = "weak references never keep objects alive"
tree = build(text)
table = codes(tree)
encoded = "".join(table[c] for c in text)
print(f"{len(text) * 8} bits -> {len(encoded)} bits ({len(encoded) / (len(text) * 8):.0%})")
assert decode(encoded, tree) == text
print(sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
