import unicodedata

samples = [
    "plain ascii",
    "café au lait",
    "naïve résumé",
    "日本語のテキスト",
    "한국어 텍스트",
    "🐍 python",
    "👩‍💻 coder",
    "🇺🇳 flag",
    "e\u0301 combining",
    "tab\there",
    "ﬁ ligature",
]


def display_width(s: str) -> int:
    width = 0
    for ch in s:
        if unicodedata.combining(ch) or ch == "\u200d":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


for s in samples:
    encoded = s.encode("utf-8")
    print(f"{s!r:<28} chars={len(s):>3} bytes={len(encoded):>3} width={display_width(s):>3} utf16={len(s.encode('utf-16-le')) // 2:>3}")
