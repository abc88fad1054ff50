import math
import string

COMMON = {"password", "123456", "qwerty", "letmein", "dragon", "monkey", "admin"}


def entropy_bits(pw: str) -> float:
    pools = [
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation, 32),
    ]
    size = sum(n for chars, n in pools if any(c in chars for c in pw))
    if any(ord(c) > 127 for c in pw):
        size += 100
    return len(pw) * math.log2(size) if size else 0.0


def strength(pw: str) -> tuple[str, list[str]]:
    tips = []
    if pw.lower() in COMMON:
        return "terrible", ["this is one of the most common passwords"]
    if len(pw) < 12:
        tips.append("use at least 12 characters")
    if len(set(pw)) <= len(pw) // 3:
        tips.append("avoid repeated characters")
    if any(pw[i:i + 3] in string.ascii_lowercase + string.digits for i in range(len(pw) - 2)):
        tips.append("avoid sequences like 'abc' or '123'")
    bits = entropy_bits(pw)
    label = "weak" if bits < 40 else "fair" if bits < 60 else "strong" if bits < 80 else "excellent"
    return label, tips


for pw in ["password", "abc123", "Tr0ub4dor&3", "correct horse battery staple", "ünïcødé-Pässwörd-2024!"]:
    label, tips = strength(pw)
    print(f"{pw!r:<32} {label:<10} {'; '.join(tips)}")
