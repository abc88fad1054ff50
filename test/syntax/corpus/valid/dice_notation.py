import random
import re

DICE = re.compile(r"(?P<count>\d*)d(?P<sides>\d+|%)(?:(?P<keep>[kd][hl]?)(?P<keep_n>\d+))?|(?P<const>\d+)|(?P<op>[-+])")


def roll(expr: str, rng=random.Random(1)) -> tuple[int, list[str]]:
    total, sign, detail = 0, 1, []
    for m in DICE.finditer(expr.replace(" ", "")):
        if m["op"]:
            sign = -1 if m["op"] == "-" else 1
            continue
        if m["const"]:
            total += sign * int(m["const"])
            detail.append(f"{'-' if sign < 0 else '+'}{m['const']}")
            continue
        count = int(m["count"] or 1)
        sides = 100 if m["sides"] == "%" else int(m["sides"])
        rolls = sorted((rng.randint(1, sides) for _ in range(count)), reverse=True)
        kept = rolls
        match m["keep"], int(m["keep_n"] or 0):
            case ("k" | "kh"), n: kept = rolls[:n]
            case "kl", n: kept = rolls[-n:]
            case ("d" | "dl"), n: kept = rolls[:-n] if n else rolls
            case "dh", n: kept = rolls[n:]
        total += sign * sum(kept)
        detail.append(f"{m[0]}{rolls}->{sum(kept)}")
    return total, detail


for e in ["3d6", "4d6kh3", "2d20kl1 + 5", "d% - 10", "1d8+1d6+2"]:
    print(f"{e:<14}", *roll(e))
