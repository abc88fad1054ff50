# Type names of itertools objects and how they behave as iterators.
import itertools
objs = [itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.chain(), itertools.islice([], 1), itertools.accumulate([]), itertools.product(), itertools.groupby([]), itertools.pairwise([]), itertools.batched([], 1), itertools.zip_longest(), itertools.starmap(len, []), itertools.combinations([], 1)]
for o in objs:
    print(type(o).__name__, iter(o) is o)
print(type(itertools.tee([])[0]).__name__)
print(sum(1 for _ in itertools.islice(itertools.count(), 1000)))
