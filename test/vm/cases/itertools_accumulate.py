# accumulate with the default sum, a function, and an initial value.
from itertools import accumulate

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate(range(1, 6), lambda a, b: a * b)), list(accumulate(["a", "b", "c"])))
print(list(accumulate([1.5, 2.5], func=lambda a, b: a - b)))
