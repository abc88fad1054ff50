# An iterative binary search returning the index or -1, checked on many targets.
def bsearch(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 100, 7))
for t in [0, 49, 98, 50, -1, 100]:
    print(t, bsearch(data, t))
