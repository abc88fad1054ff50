import unicodedata


def normalize(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def is_palindrome(s: str) -> bool:
    t = normalize(s)
    return t == t[::-1]


def longest_palindrome(s: str) -> str:
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


for phrase in ["A man, a plan, a canal: Panamá", "Ésope reste ici et se repose", "not one"]:
    print(f"{phrase!r}: {is_palindrome(phrase)}")
print(longest_palindrome("forgeeksskeegfor"))
