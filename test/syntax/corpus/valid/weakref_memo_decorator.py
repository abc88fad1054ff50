import functools
import weakref


def weak_memo(fn):
    """Memoize a one-argument function whose argument can be weakly referenced.

    Results are forgotten as soon as the argument object dies."""
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(fn)
    def wrapper(obj):
        try:
            return cache[obj]
        except KeyError:
            result = cache[obj] = fn(obj)
            return result
        except TypeError:
            return fn(obj)  # unhashable or not weak-referenceable

    wrapper.cache = cache
    return wrapper


class Graph:
    def __init__(self, edges):
        self.edges = edges


@weak_memo
def degree_table(g: Graph) -> dict[str, int]:
    print("computing degrees...")
    table: dict[str, int] = {}
    for a, b in g.edges:
        table[a] = table.get(a, 0) + 1
        table[b] = table.get(b, 0) + 1
    return table


g = Graph([("a", "b"), ("b", "c")])
print(degree_table(g), degree_table(g), len(degree_table.cache))
del g
print(len(degree_table.cache), degree_table([1, 2]) if False else "lists are not weak-referenceable")
