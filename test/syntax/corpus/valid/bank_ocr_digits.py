DIGITS = {
    " _ | ||_|": "0", "     |  |": "1", " _  _||_ ": "2", " _  _| _|": "3", "   |_|  |": "4",
    " _ |_  _|": "5", " _ |_ |_|": "6", " _   |  |": "7", " _ |_||_|": "8", " _ |_| _|": "9",
}

SCAN = """\
    _  _     _  _  _  _  _ 
  | _| _||_||_ |_   ||_||_|
  ||_  _|  | _||_|  ||_| _|
"""


def read(scan: str) -> str:
    rows = [line.ljust(27) for line in scan.splitlines()[:3]]
    cells = ["".join(r[i:i + 3] for r in rows) for i in range(0, 27, 3)]
    return "".join(DIGITS.get(c, "?") for c in cells)


def checksum_ok(account: str) -> bool:
    return "?" not in account and sum((9 - i) * int(d) for i, d in enumerate(account)) % 11 == 0


acct = read(SCAN)
print(acct, "OK" if checksum_ok(acct) else "ERR")
