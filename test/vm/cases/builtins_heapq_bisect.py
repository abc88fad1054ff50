# heapq and bisect: results, the exact sequence of < comparisons (visible through __lt__), errors
import heapq
import bisect

log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(f"{self.v}<{other.v}")
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, K(v))
print(h)
print(" ".join(log)); log.clear()
print([heapq.heappop(h) for _ in range(3)])
print(" ".join(log)); log.clear()
print(heapq.heapreplace(h, K(4)), heapq.heappushpop(h, K(0)), heapq.heappushpop(h, K(6)))
print(" ".join(log)); log.clear()
data = [K(v) for v in [9, 4, 7, 1, 8, 2, 6, 3]]
heapq.heapify(data)
print(data)
print(" ".join(log)); log.clear()
nums = [15, 3, 9, 27, 1, 8, 22, 4]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nsmallest(2, nums, key=lambda x: -x))
print(heapq.nlargest(1, nums), heapq.nsmallest(10, nums), heapq.nlargest(2, iter(nums)))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge([9, 4], [8, 1], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
mx = [1, 5, 3]
heapq.heapify_max(mx)
print(mx, heapq.heappop_max(mx), mx)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify("x")):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

grades = [60, 70, 80, 90]
print([bisect.bisect(grades, s) for s in (55, 70, 95)], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
a = [1, 3, 3, 5]
bisect.insort(a, 3)
bisect.insort_left(a, 0)
bisect.insort_right(a, 6, lo=2)
print(a, bisect.bisect_left(a, 3, 3), bisect.bisect_left(a, 3, hi=2))
recs = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ("x", 5), key=lambda r: r[1])
print(recs)
ks = [K(1), K(3), K(5), K(7)]
print(bisect.bisect_right(ks, K(4)), " ".join(log))
try:
    bisect.bisect(grades, 1, -1)
except ValueError as e:
    print("ValueError", e)
