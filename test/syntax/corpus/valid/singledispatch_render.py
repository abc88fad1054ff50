from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import singledispatch, singledispatchmethod


@singledispatch
def render(obj, indent: int = 0) -> str:
    return f"{' ' * indent}<{type(obj).__name__}>"


@render.register
def _(obj: str, indent: int = 0) -> str:
    return " " * indent + repr(obj)


@render.register(int)
@render.register(float)
@render.register(Decimal)
def _num(obj, indent=0):
    return f"{' ' * indent}{obj:,}"


@render.register
def _(obj: date, indent: int = 0) -> str:
    return f"{' ' * indent}{obj:%d %b %Y}"


@render.register
def _(obj: Mapping, indent: int = 0) -> str:
    inner = [f"{' ' * (indent + 2)}{k}:\n{render(v, indent + 4)}" for k, v in obj.items()]
    return "\n".join(inner) or " " * indent + "{}"


@render.register
def _(obj: Sequence, indent=0):
    return "\n".join(render(x, indent) for x in obj)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"

    @fmt.register
    def _(self, arg: bool):
        return "yes" if arg else "no"

    @fmt.register
    def _(self, arg: int):
        return hex(arg)


print(render({"name": "report", "total": Decimal("12345.6"), "when": date(2024, 5, 1), "rows": [1, 2.5, "x"], "extra": object()}))
print(Formatter().fmt(True), Formatter().fmt(255), Formatter().fmt(None))
