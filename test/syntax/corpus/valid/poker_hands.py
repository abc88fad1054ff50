from collections import Counter
from itertools import combinations

RANKS = "23456789TJQKA"
CATEGORIES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house",
              "four of a kind", "straight flush"]


def score(hand: list[str]) -> tuple[int, list[int]]:
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    suits = {c[1] for c in hand}
    counts = Counter(values)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    ordered = [v for v, _ in groups]
    shape = sorted(counts.values(), reverse=True)
    if values == [12, 3, 2, 1, 0]:
        values = ordered = [3, 2, 1, 0, -1]
    straight = len(counts) == 5 and values[0] - values[4] == 4
    flush = len(suits) == 1
    match shape, straight, flush:
        case _, True, True: cat = 8
        case [4, 1], _, _: cat = 7
        case [3, 2], _, _: cat = 6
        case _, _, True: cat = 5
        case _, True, _: cat = 4
        case [3, 1, 1], _, _: cat = 3
        case [2, 2, 1], _, _: cat = 2
        case [2, 1, 1, 1], _, _: cat = 1
        case _: cat = 0
    return cat, ordered


def best_of_seven(cards):
    return max((score(list(c)), c) for c in combinations(cards, 5))


hands = {"alice": "AH KH QH JH TH".split(), "bob": "2C 2D 2H 9S 9D".split(), "cy": "5S 4D 3C 2H AH".split(),
         "dee": "KS KD 7C 7H 2S".split()}
for name, h in sorted(hands.items(), key=lambda kv: score(kv[1]), reverse=True):
    print(f"{name:<6}{' '.join(h):<16}{CATEGORIES[score(h)[0]]}")
print(best_of_seven("AS AD 7C 7H 2S KD AC".split())[0])
