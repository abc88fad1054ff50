from bisect import bisect_left, bisect_right, insort


def lower_bound(xs, target, lo=0, hi=None, *, key=lambda v: v):
    hi = len(xs) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if key(xs[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = lo + (hi - lo >> 1)
        if xs[mid] == target:
            return mid
        if xs[lo] <= xs[mid]:
            if xs[lo] <= target < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif xs[mid] < target <= xs[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def isqrt(n):
    assert n >= 0, f"negative input: {n}"
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if mid * mid <= n else (lo, mid)
    return lo


xs = [1, 3, 3, 3, 7, 9, 12]
assert lower_bound(xs, 3) == bisect_left(xs, 3) == 1
assert bisect_right(xs, 3) == 4
insort(xs, 5)
print(xs, search_rotated([9, 12, 1, 3, 5], 3), isqrt(10**20 + 1), isqrt(99))
