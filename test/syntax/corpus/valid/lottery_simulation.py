import random
from collections import Counter
from math import comb

rng = random.Random(649)
POOL, PICK = 49, 6
odds = comb(POOL, PICK)
print(f"1 in {odds:,} for the jackpot")

tickets = [frozenset(rng.sample(range(1, POOL + 1), PICK)) for _ in range(20_000)]
draw = frozenset(rng.sample(range(1, POOL + 1), PICK))
matches = Counter(len(t & draw) for t in tickets)
for k in range(PICK, -1, -1):
    expected = comb(PICK, k) * comb(POOL - PICK, PICK - k) / odds * len(tickets)
    print(f"{k} matches: {matches[k]:>6} (expected {expected:9.2f})")
