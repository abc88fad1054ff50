from collections.abc import Iterable


def flatten(items, *, depth=None, atomic=(str, bytes)):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, atomic) and (depth is None or depth > 0):
            yield from flatten(x, depth=None if depth is None else depth - 1, atomic=atomic)
        else:
            yield x


def walk_tree(tree, path=()):
    """Yield (path, leaf) pairs from nested dicts."""
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from walk_tree(value, path + (key,))
        else:
            yield ".".join((*path, key)), value


def chain_results():
    a = yield from (lambda: (yield 1) or "first")()
    b = yield from (x for x in (2, 3))
    return a, b


nested = [1, [2, [3, [4, "five", b"six"]]], (7, {8}), range(9, 11)]
print(list(flatten(nested)), list(flatten(nested, depth=1)))
print(dict(walk_tree({"db": {"host": "h", "opts": {"ssl": True}}, "debug": False})))
g = chain_results()
print(list(g))
