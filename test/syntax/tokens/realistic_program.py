#!/usr/bin/env python3
"""A small inventory tracker, written to exercise the tokenizer on ordinary code."""
from __future__ import annotations

import dataclasses as dc
import weakref
from collections import defaultdict
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
_registry: dict[str, "Item"] = {}


@dc.dataclass(frozen=True, slots=True)
class Price:
    amount: float = 0.0
    currency: str = "EUR"

    def __add__(self, other: Price) -> Price:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency!r} to {self.currency!r}")
        return Price(self.amount + other.amount, self.currency)

    def __str__(self) -> str:
        return f"{self.amount:>10.2f} {self.currency}"


class Item:
    __slots__ = ("name", "price", "tags", "__weakref__")

    def __init__(self, name: str, price: Price, *tags: str) -> None:
        self.name = name
        self.price = price
        self.tags = frozenset(tags)
        _registry[name] = self

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, tags={sorted(self.tags)})"


class Inventory:
    def __init__(self):
        self._stock: defaultdict[str, int] = defaultdict(int)
        self._watchers: list[weakref.ref[Callable[[str, int], None]]] = []

    def add(self, item: Item, count: int = 1) -> None:
        assert count > 0, \
            "count must be positive"
        self._stock[item.name] += count
        self._notify(item.name, self._stock[item.name])

    def remove(self, name, count=1):
        match self._stock.get(name):
            case None:
                raise KeyError(name)
            case n if n < count:
                raise ValueError(f"only {n} of {name} left")
            case n:
                self._stock[name] = n - count

    def _notify(self, name: str, count: int) -> None:
        alive = []
        for ref in self._watchers:
            if (callback := ref()) is not None:
                callback(name, count)
                alive.append(ref)
        self._watchers[:] = alive

    def watch(self, callback):
        self._watchers.append(weakref.WeakMethod(callback) if hasattr(callback, "__self__")
                              else weakref.ref(callback))

    def __iter__(self) -> Iterator[tuple[str, int]]:
        yield from sorted(self._stock.items(), key=lambda kv: (-kv[1], kv[0]))

    def total(self) -> Price:
        result = Price()
        for name, count in self:
            item = _registry[name]
            result = result + Price(item.price.amount * count, item.price.currency)
        return result


def chunks(seq: list[T], size: int) -> Iterator[list[T]]:
    """Yield successive chunks; the last may be shorter."""
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


async def fetch_all(urls, *, timeout=1.5e1, retries=0x3, mask=0b1010_1010, mode=0o644):
    results = {}
    async with Session(timeout=timeout) as session:
        for url in urls:
            for attempt in range(retries):
                try:
                    results[url] = await session.get(url)
                    break
                except* (TimeoutError, ConnectionError) as group:
                    print(f"retry {attempt + 1}/{retries} for {url}: {group!s}")
                finally:
                    pass
    return results


type Pair[K, V] = tuple[K, V]


def report(inv: Inventory, width: int = 40) -> str:
    lines = [f"{'name':<{width // 2}}{'count':>{width // 2}}", "-" * width]
    lines += [f"{name:<{width // 2}}{count:>{width // 2}}" for name, count in inv]
    lines.append(f"total: {inv.total()}")
    raw = r"C:\temp\new" + b"\x00\xff".hex() + rb"\d+".decode()
    template = t"{width=} items"
    return "\n".join(lines) + raw[:0] + str(len(template.strings))


if __name__ == "__main__":
    inv = Inventory()
    for name, amount, *tags in [("apple", 0.5, "fruit"), ("pear", .75, "fruit", "green"),
                                ("nut", 1e-1, ), ("melon", 3., "fruit", "big")]:
        inv.add(Item(name, Price(amount), *tags), count=len(name))
    inv.watch(lambda n, c: print(f"{n} -> {c}"))
    print(report(inv))
    print(*chunks(list(range(10)), 3), sep="\n", end="\n\n")
    x = 1_000_000 ** 2 // 3 % 7 @ 1 if False else 2j
    y = [*range(3), *{4, 5}] if 0 else {**{}, 'k': ...}
    del x, y
