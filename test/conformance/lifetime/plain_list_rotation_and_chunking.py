# Rotating a list by slicing and splitting it into fixed-size chunks.
def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k] if k else xs[:]

def chunks(xs, size):
    return [xs[i:i + size] for i in range(0, len(xs), size)]

data = list(range(1, 8))
for k in [0, 1, 3, 7, -2, 10]:
    print(k, rotate(data, k))
print(chunks(data, 3), chunks([], 2), chunks(data, 10))
