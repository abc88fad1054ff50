import functools
from typing import Callable, Concatenate


class Registry[K: str, *Ts, **P]:
    """Maps names to callables taking a context of types Ts followed by params P."""

    def __init__(self) -> None:
        self.entries: dict[K, Callable[Concatenate[*Ts, P], object]] = {}

    def register(self, name: K):
        def deco(fn: Callable[Concatenate[*Ts, P], object]):
            self.entries[name] = fn
            return fn
        return deco


def logged[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs)
    return inner


def zip_first[*Ts](*tuples: tuple[*Ts]) -> tuple[*Ts]:
    return tuples[0]


type Handler[**P] = Callable[P, None]
type Row[*Cells] = tuple[int, *Cells]
type Nested[T = int, *Rest = *tuple[str, ...], **Q = [int, str]] = Callable[Q, tuple[T, *Rest]]

reg: Registry[str, int, bytes, [float]] = Registry()


@reg.register("scale")
@logged
def scale(n: int, blob: bytes, factor: float) -> bytes:
    return blob * int(n * factor)


print(scale(2, b"ab", 1.5), list(reg.entries), zip_first((1, "a"), (2, "b")))
