# product consumes its inputs up front; islice and chain consume lazily.
from itertools import product, islice, chain
log = []
def src(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
p = product(src("a", 2), src("b", 2))
print(log)
print(next(p), log)
log.clear()
c = chain(src("x", 2), src("y", 2))
print(next(c), log)
s = islice(src("z", 10), 2)
print(list(s), log)
