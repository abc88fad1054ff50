# Mean, median, mode, variance and standard deviation of a data list computed by hand.
import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=counts.get)
var = sum((x - mean) ** 2 for x in data) / n
print(f"n={n} mean={mean} median={median} mode={mode}")
print(f"variance={var} stdev={math.sqrt(var)}")
print("range:", max(data) - min(data), "sample var:", round(sum((x - mean) ** 2 for x in data) / (n - 1), 4))
