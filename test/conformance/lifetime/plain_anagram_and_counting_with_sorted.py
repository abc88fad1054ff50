# Counting letters with a dict and comparing words by sorted letters.
def letter_counts(word):
    counts = {}
    for ch in word.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return dict(sorted(counts.items()))

print(letter_counts("Mississippi"))
pairs = [("Dormitory", "Dirty room"), ("Listen", "Silent"), ("Apple", "Paple!"), ("abc", "abd")]
for a, b in pairs:
    same = sorted(c for c in a.lower() if c.isalpha()) == sorted(c for c in b.lower() if c.isalpha())
    print(f"{a!r} vs {b!r}: {same}")
