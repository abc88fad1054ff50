from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

TAX_RATES = {"food": Decimal("0.05"), "general": Decimal("0.20"), "books": Decimal("0")}


@dataclass(frozen=True)
class Line:
    name: str
    unit: Decimal
    qty: int = 1
    category: str = "general"
    discount: Decimal = Decimal(0)

    @property
    def net(self) -> Decimal:
        return (self.unit * self.qty * (1 - self.discount)).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return (self.net * TAX_RATES[self.category]).quantize(Decimal("0.01"), ROUND_HALF_UP)


def receipt(lines: list[Line], paid: Decimal) -> str:
    w = 36
    out = ["WEAKSCOPE CAFÉ".center(w), "-" * w]
    for l in lines:
        label = f"{l.qty} × {l.name}" if l.qty > 1 else l.name
        out.append(f"{label:<{w - 10}}{l.net:>10}")
        if l.discount:
            out.append(f"  ({l.discount:.0%} off)")
    net = sum((l.net for l in lines), Decimal(0))
    tax = sum((l.tax for l in lines), Decimal(0))
    total = net + tax
    out += ["-" * w, f"{'Net':<{w - 10}}{net:>10}", f"{'Tax':<{w - 10}}{tax:>10}", f"{'TOTAL':<{w - 10}}{total:>10}"]
    out += [f"{'Paid':<{w - 10}}{paid:>10}", f"{'Change':<{w - 10}}{paid - total:>10}"]
    return "\n".join(out)


print(receipt([Line("Espresso", Decimal("2.20"), 2, "food"), Line("Croissant", Decimal("1.90"), 3, "food", Decimal("0.1")),
               Line("Python book", Decimal("39.99"), category="books"), Line("Mug", Decimal("9.50"))], Decimal("80")))
