import random
from typing import Callable, MutableSequence


def insertion_sort(a: MutableSequence) -> None:
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x


def merge_sort(a: list) -> list:
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]


def quicksort(a: list) -> list:
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def heapsort(a: list) -> list:
    def sift(start, end):
        root = start
        while (child := 2 * root + 1) <= end:
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(len(a) // 2 - 1, -1, -1):
        sift(start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def counting_sort(a: list[int]) -> list[int]:
    if not a:
        return []
    lo = min(a)
    counts = [0] * (max(a) - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


data = [random.randint(-50, 50) for _ in range(200)]
expected = sorted(data)
copy = data[:]
insertion_sort(copy)
sorters: dict[str, Callable[[list], list]] = {"merge": merge_sort, "quick": quicksort, "heap": heapsort, "counting": counting_sort}
results = {name: fn(data[:]) == expected for name, fn in sorters.items()} | {"insertion": copy == expected}
print(results)
