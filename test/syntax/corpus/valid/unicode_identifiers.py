# Identifiers may use any letters Unicode calls letters.
π = 3.141592653589793
café = "espresso"
größe = 1.85
naïve_Δt = 0.016
你好 = "hello"
日本語 = {"こんにちは": "good day", "ありがとう": "thank you"}
Ελληνικά = ["α", "β", "γ"]
ñandú = lambda ñ: ñ * 2


class Gerät:
    def __init__(self, name: str, größe: float) -> None:
        self.name = name
        self.größe = größe

    def beschreibung(self) -> str:
        return f"{self.name} ({self.größe} m) — ☕ {café}"


def площадь(радиус: float) -> float:
    return π * радиус ** 2


g = Gerät("Kühlschrank", größe)
print(g.beschreibung(), площадь(2), 你好, 日本語["ありがとう"], Ελληνικά[1:], ñandú(21))
print("emoji: 🐍🔥💡 — zero width joiner family: 👩‍👩‍👧 — flags: 🇫🇷🇯🇵", naïve_Δt)
print(f"{你好:>10}|{café:^12}|{'€':*<4}")
