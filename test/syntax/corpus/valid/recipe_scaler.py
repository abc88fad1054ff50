from fractions import Fraction
import re

RECIPE = """\
Pancakes (serves 4)
1 1/2 cups flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cups milk
3 tbsp butter
1 egg
"""

QTY = re.compile(r"^(?P<whole>\d+)?\s*(?:(?P<num>\d+)/(?P<den>\d+))?\s+(?P<rest>.*)$")


def parse_qty(line):
    m = QTY.match(line)
    if not m or not (m["whole"] or m["num"]):
        return None, line
    q = Fraction(int(m["whole"] or 0))
    if m["num"]:
        q += Fraction(int(m["num"]), int(m["den"]))
    return q, m["rest"]


def pretty(q: Fraction) -> str:
    whole, frac = divmod(q, 1)
    frac = frac.limit_denominator(8)
    parts = [str(whole)] if whole else []
    if frac:
        parts.append(f"{frac.numerator}/{frac.denominator}")
    return " ".join(parts) or "0"


def scale(text, servings):
    title, *lines = text.splitlines()
    base = int(re.search(r"serves (\d+)", title)[1])
    factor = Fraction(servings, base)
    out = [re.sub(r"serves \d+", f"serves {servings}", title)]
    for line in lines:
        q, rest = parse_qty(line)
        out.append(line if q is None else f"{pretty(q * factor)} {rest}")
    return "\n".join(out)


print(scale(RECIPE, 6))
