import re
import sys
from collections import Counter

STOP = frozenset("a an and the of to in is it that for on with as".split())


def top_words(text: str, n: int = 10) -> list[tuple[str, int]]:
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    return Counter(w for w in words if w not in STOP and len(w) > 2).most_common(n)


if __name__ == "__main__":
    source = sys.stdin.read() if not sys.stdin.isatty() else "The weakref module allows the Python programmer to create weak references to objects. Weak references don't keep objects alive."
    for word, count in top_words(source):
        print(f"{count:>4}  {word}")
