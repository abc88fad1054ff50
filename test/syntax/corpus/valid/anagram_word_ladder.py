from collections import defaultdict, deque
from string import ascii_lowercase

WORDS = """cold cord card ward warm word worm wore core care dare date gate late lore more wolf golf gold bold bolt
listen silent enlist tinsel inlets google banana stone tones notes onset seton""".split()


def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return [g for g in groups.values() if len(g) > 1]


def ladder(start: str, goal: str, words: set[str]) -> list[str] | None:
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for c in ascii_lowercase:
                nxt = w[:i] + c + w[i + 1:]
                if nxt in words and nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None


print(anagram_groups(WORDS))
print(ladder("cold", "warm", set(WORDS)), ladder("gold", "wolf", set(WORDS)), ladder("cold", "zzzz", set(WORDS)))
