from collections import OrderedDict


class Member:
    def __init__(self, value=None):
        self.value = value


class DuplicateCheckingDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, /, **kwargs):
        return DuplicateCheckingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._members = OrderedDict((k, v) for k, v in ns.items() if isinstance(v, Member))
        return cls

    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)


class Settings(metaclass=StrictMeta):
    host = Member("localhost")
    port = Member(8080)
    debug = Member(False)


print(list(Settings), len(Settings))
try:
    class Broken(metaclass=StrictMeta):
        x = Member(1)
        x = Member(2)
except TypeError as e:
    print(e)
