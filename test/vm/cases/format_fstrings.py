# f-strings: conversions, nested format specs, debugging '=', and formatting of objects.
import math
name, value, width = "pi", math.pi, 12
print(f"{name!r:>8} = {value:{width}.{4}f}|")
print(f"{value=:.3f} {width=}")
print(f"{1234567.891:,.2f} {0.25:.0%} {42:#06x} {-3:+05d}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for item, price, qty in items:
    print(f"{item:<8}|{price:>6.2f}|{qty:^5}|{price * qty:8.3f}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money"
print(f"{Money(1999)} {Money(5):.3f} {Money(1)!s}")
print(f"{'nested {braces}'} {{literal}} {3.0} {1e20} {1/3}")
