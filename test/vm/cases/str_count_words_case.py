# Word frequency with str methods: lower, strip punctuation, split, sort by count.
text = "It was the best of times, it was the worst of times; it was the age of wisdom."
words = [w.strip(",.;").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>6} {'#' * n} {n}")
print(len(words), len(set(words)), max(words, key=len), sorted(set(w[0] for w in words)))
