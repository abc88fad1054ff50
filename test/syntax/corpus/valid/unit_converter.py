from fractions import Fraction

UNITS = {
    "length": {"m": 1, "km": 1000, "cm": Fraction(1, 100), "mm": Fraction(1, 1000), "in": Fraction(254, 10_000),
               "ft": Fraction(3048, 10_000), "mi": Fraction(1_609_344, 1000)},
    "mass": {"kg": 1, "g": Fraction(1, 1000), "lb": Fraction(45_359_237, 100_000_000), "oz": Fraction(45_359_237, 1_600_000_000)},
    "time": {"s": 1, "min": 60, "h": 3600, "d": 86_400},
}


def convert(value: float, src: str, dst: str) -> float:
    for family, table in UNITS.items():
        if src in table and dst in table:
            return float(Fraction(value) * table[src] / table[dst])
        if (src in table) != (dst in table) and (src in table or dst in table):
            other = next((f for f, t in UNITS.items() if (dst if src in table else src) in t), "unknown")
            raise ValueError(f"cannot convert {family} to {other}")
    raise KeyError(f"unknown units {src!r} / {dst!r}")


for v, a, b in [(5, "km", "mi"), (12, "in", "cm"), (1, "lb", "g"), (90, "min", "h"), (1, "d", "s")]:
    print(f"{v} {a} = {convert(v, a, b):.4g} {b}")
try:
    convert(1, "kg", "m")
except ValueError as e:
    print(e)
