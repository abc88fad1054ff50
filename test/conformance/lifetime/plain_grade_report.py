# Computing averages, letter grades and a formatted report from a dict of scores.
scores = {"ana": [90, 85, 77], "ben": [60, 72, 58], "cai": [100, 95, 98], "dot": [70, 80, 75]}

def letter(avg):
    for cutoff, g in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return g
    return "F"

print(f"{'name':<6}{'avg':>7}  grade")
for name, marks in scores.items():
    avg = sum(marks) / len(marks)
    print(f"{name:<6}{avg:>7.2f}  {letter(avg)}")
best = max(scores, key=lambda n: sum(scores[n]))
print("best:", best, "class average:", round(sum(map(sum, scores.values())) / 12, 3))
