from itertools import cycle
from string import ascii_uppercase as AZ


def caesar(text: str, shift: int) -> str:
    table = str.maketrans(AZ + AZ.lower(), AZ[shift:] + AZ[:shift] + (AZ[shift:] + AZ[:shift]).lower())
    return text.translate(table)


def vigenere(text: str, key: str, *, decrypt: bool = False) -> str:
    shifts = cycle(AZ.index(k) for k in key.upper() if k in AZ)
    out = []
    for ch in text:
        if ch.upper() in AZ:
            s = next(shifts) * (-1 if decrypt else 1)
            base = "A" if ch.isupper() else "a"
            out.append(chr((ord(ch) - ord(base) + s) % 26 + ord(base)))
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at dawn! Objects die at refcount zero."
enc = vigenere(msg, "LEMON")
print(caesar("Hello, World", 3), caesar(caesar("Round trip", 7), 19))
print(enc, vigenere(enc, "LEMON", decrypt=True) == msg, sep="\n")
