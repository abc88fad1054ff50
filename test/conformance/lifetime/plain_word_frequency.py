# Counting words with a dict and printing them sorted by frequency then alphabetically.
text = """the cat sat on the mat
the dog sat on the log and the cat ran"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>4} {'#' * n} {n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
