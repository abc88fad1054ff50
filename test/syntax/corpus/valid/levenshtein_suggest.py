def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def suggest(word, vocabulary, max_distance=2):
    scored = sorted((levenshtein(word, v), v) for v in vocabulary)
    return [v for d, v in scored if d <= max_distance][:3]


KEYWORDS = "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split()
for typo in ("whille", "retrun", "lamda", "esle", "nonlocl", "xyzzy"):
    print(f"{typo!r}: did you mean {suggest(typo, KEYWORDS) or 'nothing'}?")
