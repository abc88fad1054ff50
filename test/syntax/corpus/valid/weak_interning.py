import weakref


class Symbol:
    __slots__ = ("name", "__weakref__")
    _table: "weakref.WeakValueDictionary[str, Symbol]" = weakref.WeakValueDictionary()

    def __new__(cls, name: str):
        try:
            return cls._table[name]
        except KeyError:
            obj = object.__new__(cls)
            obj.name = name
            cls._table[name] = obj
            return obj

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def __repr__(self):
        return f":{self.name}"

    def __reduce__(self):
        return (Symbol, (self.name,))


s1, s2 = Symbol("ok"), Symbol("ok")
print(s1 is s2, s1, len(Symbol._table))
