# Weakscope's _weakrefset: the WeakSet class, as CPython 3.14 structures it.
#
# Written for Weakscope (see README.md beside this file). What a program can observe is kept as in
# CPython 3.14: a WeakSet instance owns a `data` set of weak references (plain `ref` objects whose
# callback is the set's `_remove` function), and `_remove` reaches the set only through a weak
# reference kept in its default arguments, so a WeakSet is never part of a reference cycle of its
# own making. 3.14 has no iteration guard any more: iterating works on a copy of `data`, and a
# member that dies meanwhile is removed from `data` at once.
#
# Every name used below is either a builtin or comes from _weakref. Frame names (function names)
# matter: they show in tracebacks handed to sys.unraisablehook and sys.excepthook.

from _weakref import ref

# types.GenericAlias without importing `types`: the class of any builtin generic alias.
GenericAlias = type(list[int])

__all__ = ['WeakSet']


class WeakSet:
    """A set whose members are held through weak references: a member leaves the set when it dies."""

    def __init__(self, data=None):
        self.data = set()

        # The removal callback must not hold the set strongly (that would make a cycle through
        # data -> ref -> callback), so it finds the set through a weak reference in its defaults.
        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    # -- the container protocol ------------------------------------------------------------

    def __iter__(self):
        # A snapshot of the references: members may die while the caller's loop body runs.
        # The generator holds the member it last produced until it is resumed or closed.
        for itemref in self.data.copy():
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        # References whose member died are removed by their callback at once, so this is exact
        # except while a member's callbacks are still running.
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __repr__(self):
        return repr(self.data)

    # -- mutation --------------------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # -- algebra ---------------------------------------------------------------------------
    # The in-place forms work on `data` with references made on the fly (callback-less refs,
    # which compare equal to the stored ones while their referents live); the others build a
    # new set of the same class.

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            # Members coming from `other` are stored, so these references carry the callback.
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # -- comparisons -----------------------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    # Defining __eq__ leaves __hash__ as None: a WeakSet is unhashable, like a set.

    __class_getitem__ = classmethod(GenericAlias)
