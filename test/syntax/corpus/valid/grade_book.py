import statistics
from collections import defaultdict

scores = {
    "ana": {"hw1": 92, "hw2": 88, "exam": 79},
    "bo": {"hw1": 75, "hw2": None, "exam": 91},
    "chen": {"hw1": 100, "hw2": 97, "exam": 95},
    "dana": {"hw1": 60, "hw2": 70, "exam": 58},
}
WEIGHTS = {"hw1": 0.2, "hw2": 0.2, "exam": 0.6}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def weighted(s: dict) -> float:
    present = {k: v for k, v in s.items() if v is not None}
    total_w = sum(WEIGHTS[k] for k in present)
    return sum(v * WEIGHTS[k] for k, v in present.items()) / total_w


def letter(x: float) -> str:
    return next(g for cut, g in CUTOFFS if x >= cut)


by_letter = defaultdict(list)
for name, s in sorted(scores.items()):
    w = weighted(s)
    by_letter[letter(w)].append(name)
    missing = [k for k, v in s.items() if v is None]
    print(f"{name:<6}{w:6.1f} {letter(w)}" + (f"  (missing: {', '.join(missing)})" if missing else ""))
exam = [s["exam"] for s in scores.values()]
print(dict(by_letter), f"exam mean={statistics.mean(exam):.1f} sd={statistics.stdev(exam):.1f}")
