NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range")
    out = []
    for value, sym in NUMERALS:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s: str) -> int:
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = VALUES[cur]
        total += -v if nxt != " " and VALUES[nxt] > v else v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not canonical")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n, f"round trip failed for {n}"
    print(f"{n:>5} = {r}")
