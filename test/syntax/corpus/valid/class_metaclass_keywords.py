from typing import Any


class Field:
    def __init__(self, kind: type, *, required: bool = True, default: Any = None):
        self.kind, self.required, self.default = kind, required, default
        self.name = "?"

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, *, table=None, abstract=False):
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for base in bases:
            cls._fields = getattr(base, "_fields", {}) | cls._fields
        cls._table = table or name.lower() + "s"
        cls._abstract = abstract
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta, abstract=True):
    id = Field(int, required=False, default=0)

    def __init__(self, **values):
        if type(self)._abstract:
            raise TypeError("abstract model")
        missing = [n for n, f in self._fields.items() if f.required and n not in values]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for k, v in values.items():
            setattr(self, k, v)

    def __init_subclass__(cls, /, audited=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.audited = audited


class User(Model, table="accounts", audited=True):
    email = Field(str)


class Person(Model, table="people"):
    name = Field(str)
    age = Field(int, required=False, default=-1)


print(Person, Person(name="Ada", age=36).age, Person._fields.keys())
