# chain, chain.from_iterable and islice with start/stop/step and errors.
from itertools import chain, islice
print(list(chain([1, 2], (3,), "ab", {})), list(chain()), list(chain.from_iterable(["ab", [1, 2], range(2)])))
data = range(20)
print(list(islice(data, 5)), list(islice(data, 2, 8)), list(islice(data, 2, 15, 3)), list(islice(data, None)), list(islice(data, 3, None, 5)), list(islice(data, 30, 40)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
for args in ((data, -1), (data, 1, -2), (data, 0, 5, 0), (data, "a")):
    try:
        islice(*args)
    except ValueError as e:
        print("ValueError", e)
