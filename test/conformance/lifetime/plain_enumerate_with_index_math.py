# Using enumerate and index arithmetic to find neighbours, runs and peaks in a list.
heights = [1, 3, 2, 5, 5, 4, 6, 1]
peaks = [i for i in range(1, len(heights) - 1) if heights[i - 1] < heights[i] > heights[i + 1]]
print("peaks at", peaks)
rises = sum(1 for a, b in zip(heights, heights[1:]) if b > a)
print("rises:", rises)
best_run, run = 1, 1
for i, h in enumerate(heights[1:], 1):
    run = run + 1 if h >= heights[i - 1] else 1
    best_run = max(best_run, run)
print("longest non-decreasing run:", best_run)
print([f"{i}:{h}" for i, h in enumerate(heights) if i % 2 == 0])
