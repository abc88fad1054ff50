from collections import deque
from itertools import (accumulate, batched, chain, count, cycle, dropwhile, filterfalse,
                       groupby, islice, pairwise, repeat, starmap, takewhile, tee, zip_longest)
from operator import mul


def take(n, it):
    return list(islice(it, n))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        it = iterators.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        iterators.append(it)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def unique_justseen(iterable, key=None):
    return map(next, map(lambda g: g[1], groupby(iterable, key)))


print(take(5, count(10, 5)), take(7, cycle("ab")), list(repeat("x", 3)))
print(list(accumulate([1, 2, 3, 4], mul)), list(accumulate([3, 1, 4, 1, 5], max, initial=0)))
print(list(sliding_window(range(6), 3)), list(roundrobin("ABC", "D", "EF")))
print([list(p) for p in partition(lambda x: x % 2, range(10))], list(unique_justseen("AAAABBBCCDAABBB")))
print(list(pairwise("abcd")), list(batched(range(7), 3)), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(chain.from_iterable(["ab", "cd"])), list(zip_longest("ab", "xyz", fillvalue="-")))
