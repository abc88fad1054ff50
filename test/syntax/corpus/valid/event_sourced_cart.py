from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Union


@dataclass(frozen=True)
class ItemAdded:
    sku: str
    qty: int
    price: int


@dataclass(frozen=True)
class ItemRemoved:
    sku: str
    qty: int


@dataclass(frozen=True)
class CouponApplied:
    code: str
    percent: int


@dataclass(frozen=True)
class CheckedOut:
    at: datetime


type CartEvent = Union[ItemAdded, ItemRemoved, CouponApplied, CheckedOut]


@dataclass
class Cart:
    lines: dict[str, list[int]] = field(default_factory=dict)
    discount: int = 0
    closed: bool = False

    def apply(self, ev: CartEvent) -> Cart:
        if self.closed:
            raise RuntimeError("cart already checked out")
        match ev:
            case ItemAdded(sku, qty, price):
                q, _ = self.lines.get(sku, [0, price])
                self.lines[sku] = [q + qty, price]
            case ItemRemoved(sku, qty):
                self.lines[sku][0] -= qty
                if self.lines[sku][0] <= 0:
                    del self.lines[sku]
            case CouponApplied(percent=p):
                self.discount = max(self.discount, p)
            case CheckedOut():
                self.closed = True
        return self

    @property
    def total(self) -> int:
        gross = sum(q * p for q, p in self.lines.values())
        return gross - gross * self.discount // 100


events: list[CartEvent] = [ItemAdded("apple", 3, 50), ItemAdded("pear", 1, 80), ItemRemoved("apple", 1),
                           CouponApplied("SPRING", 10), ItemAdded("apple", 2, 50), CheckedOut(datetime(2025, 4, 1))]
cart = Cart()
for e in events:
    cart.apply(e)
print(cart.lines, cart.total, cart.closed)
replayed = [Cart() for _ in range(2)]
for e in events[:3]:
    replayed[0].apply(e)
print(replayed[0].total)
