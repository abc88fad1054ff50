# itertools.batched splits an iterable into tuples of a fixed size (new in 3.12), with a short last batch.
import itertools

orders = ["o1", "o2", "o3", "o4", "o5", "o6", "o7"]
for n, batch in enumerate(itertools.batched(orders, 3), start=1):
    print("batch", n, batch)
print(list(itertools.batched(range(4), 2)))
print(list(itertools.batched("", 5)))
try:
    itertools.batched("abc", 0)
except ValueError as e:
    print("ValueError:", e)
