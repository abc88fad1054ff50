import json


class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {', '.join(kwargs)}")
        super().__init__()

    def describe(self) -> list[str]:
        return [type(self).__name__]


class JsonMixin:
    def to_json(self) -> str:
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)


class TimestampMixin(Base):
    def __init__(self, *, created: int = 0, **kwargs):
        self.created = created
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"created={self.created}"]


class OwnedMixin(Base):
    def __init__(self, *, owner: str = "root", **kwargs):
        self.owner = owner
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"owner={self.owner}"]


class Document(JsonMixin, TimestampMixin, OwnedMixin):
    def __init__(self, title: str, **kwargs):
        self.title = title
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + [f"title={self.title!r}"]


d = Document("notes", owner="zoe", created=1700)
print([c.__name__ for c in Document.__mro__])
print(d.describe(), d.to_json())
try:
    Document("x", colour="red")
except TypeError as e:
    print(e)
