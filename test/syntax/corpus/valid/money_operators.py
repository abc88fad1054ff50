from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    _EXP = {"EUR": Decimal("0.01"), "JPY": Decimal("1"), "BHD": Decimal("0.001")}

    def __init__(self, amount: Decimal | int | str, currency: str = "EUR") -> None:
        exp = self._EXP.get(currency, Decimal("0.01"))
        object.__setattr__(self, "amount", Decimal(amount).quantize(exp, ROUND_HALF_UP))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError("Money is immutable")

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        if other == 0:
            return self
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k: int | Decimal) -> Money:
        return Money(self.amount * Decimal(k), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, parts: int) -> list[Money]:
        exp = self._EXP.get(self.currency, Decimal("0.01"))
        base = (self.amount / parts).quantize(exp, rounding="ROUND_DOWN")
        shares = [base] * parts
        remainder = int((self.amount - base * parts) / exp)
        for i in range(remainder):
            shares[i] += exp
        return [Money(s, self.currency) for s in shares]

    def __eq__(self, other):
        if other == 0 and not isinstance(other, Money):
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return f"{self.amount:,} {self.currency}"


bill = Money("100.00")
print(bill / 3, sum([Money(1), Money("2.50")]), 3 * Money("0.333"), Money(5, "JPY") > Money(4, "JPY"))
try:
    bill + Money(1, "JPY")
except CurrencyMismatch as e:
    print("mismatch:", e)
