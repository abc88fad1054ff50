# Splitting and joining round trips, CSV-like parsing and word statistics.
line = "name,age,city\nann,30,Oslo\nbob,25,Rome"
rows = [r.split(",") for r in line.splitlines()]
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print("\n".join(",".join(r) for r in rows) == line)
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
print(" ".join(w.capitalize() for w in words), "-".join(reversed(words)).upper())
