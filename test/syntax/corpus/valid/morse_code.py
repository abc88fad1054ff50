MORSE = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,?",
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
    "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. .-.-.- --..-- ..--..".split(),
))
REVERSE = {v: k for k, v in MORSE.items()}


def encode(text: str) -> str:
    return " / ".join(" ".join(MORSE[c] for c in word if c in MORSE) for word in text.upper().split())


def decode(code: str) -> str:
    return " ".join("".join(REVERSE.get(sym, "�") for sym in word.split()) for word in code.split(" / "))


s = encode("SOS weakref 3.14")
print(s)
print(decode(s), decode("... --- ... / ......."))
