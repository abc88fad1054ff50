import random
from collections import Counter

random.seed(42)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(2_000))
peak = max(rolls.values())
for total in range(2, 13):
    n = rolls[total]
    bar = "█" * (n * 40 // peak) + "▌" * (n * 80 // peak % 2)
    print(f"{total:>2} {bar:<41} {n:>4} ({n / 2_000:5.1%})")
