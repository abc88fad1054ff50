from __future__ import annotations

from dataclasses import KW_ONLY, InitVar, asdict, dataclass, field
from decimal import Decimal
from typing import ClassVar


@dataclass(order=True, slots=True)
class Item:
    sort_index: tuple = field(init=False, repr=False)
    sku: str
    name: str
    price: Decimal
    qty: int = 0
    _: KW_ONLY
    tags: frozenset[str] = frozenset()
    discontinued: bool = False

    def __post_init__(self):
        self.sort_index = (self.discontinued, self.name.casefold())

    @property
    def value(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Inventory:
    currency: ClassVar[str] = "EUR"
    items: dict[str, Item] = field(default_factory=dict)
    audit: InitVar[bool] = False
    log: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self, audit: bool) -> None:
        if audit:
            self.log.append("audit enabled")

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(f"+{item.qty} {item.sku}")

    def remove(self, sku: str, qty: int = 1) -> None:
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} in stock")
        item.qty -= qty
        if item.qty == 0 and item.discontinued:
            del self.items[sku]

    def total(self) -> Decimal:
        return sum((i.value for i in self.items.values()), Decimal("0"))

    def report(self) -> str:
        rows = [f"{i.sku:<8}{i.name:<14}{i.qty:>5}{i.value:>10.2f}" for i in sorted(self.items.values())]
        return "\n".join([*rows, f"{'TOTAL':<27}{self.total():>10.2f} {self.currency}"])


inv = Inventory(audit=True)
inv.add(Item("A-1", "Widget", Decimal("2.50"), 10, tags=frozenset({"small"})))
inv.add(Item("B-7", "Gadget", Decimal("12.00"), 2))
inv.add(Item("Z-9", "Old thing", Decimal("1.00"), 1, discontinued=True))
inv.remove("Z-9")
print(inv.report())
print(asdict(inv.items["A-1"])["tags"], inv.log)
