# A dict of dicts counting bigrams of letters in words.
words = ["banana", "bandana", "cabana"]
bigrams = {}
for w in words:
    for a, b in zip(w, w[1:]):
        bigrams.setdefault(a, {})
        bigrams[a][b] = bigrams[a].get(b, 0) + 1
for first in sorted(bigrams):
    row = ", ".join(f"{second}:{n}" for second, n in sorted(bigrams[first].items()))
    print(first, "->", row)
