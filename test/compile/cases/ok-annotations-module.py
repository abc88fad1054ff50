x: int
y: list[str] = []
(z): int = 3
obj.attr: int = 4
items[0]: str
def f(a: int, /, b: "str" = "", *args: float, c: bool, **kw: dict) -> None:
    pass
