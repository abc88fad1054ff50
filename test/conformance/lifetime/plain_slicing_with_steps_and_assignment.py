# Slices with negative steps, out-of-range bounds and slice objects; slice assignment changes length.
xs = list(range(10))
print(xs[2:8:2], xs[::-3], xs[8:2:-2], xs[-100:3], xs[7:100], xs[5:2])
s = slice(1, 9, 3)
print(xs[s], s.indices(5), "abcdefghij"[s])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys, len(ys))
ys[::3] = [0] * len(ys[::3])
print(ys)
try:
    ys[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
