from __future__ import annotations


class TrieNode:
    __slots__ = ("children", "terminal", "count")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal = True

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            if (node := node.children.get(ch)) is None:
                return None
        return node

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        start = self._walk(prefix)
        if start is None:
            return []
        out, stack = [], [(start, prefix)]
        while stack and len(out) < limit:
            node, word = stack.pop()
            if node.terminal:
                out.append(word)
            stack.extend((child, word + ch) for ch, child in sorted(node.children.items(), reverse=True))
        return out

    def __contains__(self, word):
        return bool((n := self._walk(word)) and n.terminal)


t = Trie("weak weakref weakset weakly week whale wheel wheat".split())
print(t.complete("wea"), t.complete("wh", limit=2), "weak" in t, "wea" in t)
