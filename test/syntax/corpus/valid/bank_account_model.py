from __future__ import annotations

import itertools
from datetime import datetime, timezone
from decimal import ROUND_HALF_EVEN, Decimal


class InsufficientFunds(Exception):
    def __init__(self, account: "Account", amount: Decimal) -> None:
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account, self.amount = account, amount


class Account:
    _numbers = itertools.count(1000)
    CENT = Decimal("0.01")

    def __init__(self, owner: str, balance: Decimal | str | int = 0, *, overdraft: Decimal = Decimal(0)):
        self.number = next(self._numbers)
        self.owner = owner
        self._balance = Decimal(balance).quantize(self.CENT)
        self.overdraft = overdraft
        self.ledger: list[tuple[datetime, str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    def _post(self, kind: str, amount: Decimal) -> None:
        self.ledger.append((datetime.now(timezone.utc), kind, amount))

    def deposit(self, amount) -> Decimal:
        amount = Decimal(amount).quantize(self.CENT, ROUND_HALF_EVEN)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._post("deposit", amount)
        return self._balance

    def withdraw(self, amount) -> Decimal:
        amount = Decimal(amount).quantize(self.CENT)
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._post("withdraw", -amount)
        return self._balance

    def transfer(self, other: Account, amount) -> None:
        self.withdraw(amount)
        try:
            other.deposit(amount)
        except Exception:
            self.deposit(amount)
            raise

    def statement(self) -> str:
        lines = [f"Account {self.number} ({self.owner})"]
        running = self._balance - sum((a for *_, a in self.ledger), Decimal(0))
        for when, kind, amount in self.ledger:
            running += amount
            lines.append(f"  {when:%H:%M} {kind:<9}{amount:>+10.2f}{running:>10.2f}")
        return "\n".join(lines)


alice = Account("Alice", "100.00")
bob = Account("Bob", overdraft=Decimal(50))
alice.transfer(bob, "30.555")
bob.withdraw(60)
try:
    bob.withdraw(100)
except InsufficientFunds as e:
    print("refused:", e)
print(alice.statement(), bob.statement(), sep="\n")
