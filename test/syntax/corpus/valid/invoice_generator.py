from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal


@dataclass
class Client:
    name: str
    address: str
    vat_id: str | None = None


@dataclass
class Invoice:
    number: str
    client: Client
    issued: date
    terms_days: int = 30
    lines: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)
    vat_rate: Decimal = Decimal("0.21")

    def add(self, description: str, hours: float | str, rate: str) -> Invoice:
        self.lines.append((description, Decimal(str(hours)), Decimal(rate)))
        return self

    @property
    def due(self) -> date:
        return self.issued + timedelta(days=self.terms_days)

    @property
    def subtotal(self) -> Decimal:
        return sum((h * r for _, h, r in self.lines), Decimal(0))

    def render(self) -> str:
        head = textwrap.dedent(f"""\
            INVOICE {self.number}
            Issued: {self.issued:%d %B %Y}    Due: {self.due:%d %B %Y}

            Bill to: {self.client.name}
                     {self.client.address}""")
        if self.client.vat_id:
            head += f"\n         VAT {self.client.vat_id}"
        rows = [f"{d[:30]:<30} {h:>6.2f} × {r:>7.2f} = {h * r:>9.2f}" for d, h, r in self.lines]
        vat = (self.subtotal * self.vat_rate).quantize(Decimal("0.01"))
        tail = [f"{'Subtotal':>49} {self.subtotal:>9.2f}", f"{f'VAT {self.vat_rate:.0%}':>49} {vat:>9.2f}",
                f"{'TOTAL':>49} {self.subtotal + vat:>9.2f}"]
        return "\n".join([head, "", *rows, "-" * 59, *tail])


inv = Invoice("2025-017", Client("Acme Ltd", "1 Loop Road, Springfield", "BE0123456789"), date(2025, 5, 2))
inv.add("Memory leak investigation", 6.5, "95.00").add("Weakref refactoring of the plugin registry", "12", "95.00")
print(inv.render())
