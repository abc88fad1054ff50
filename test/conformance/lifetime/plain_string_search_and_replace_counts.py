# Finding all occurrences of a substring, case-insensitive counting and replacement counts.
text = "The cat sat. The Cat napped. the end of the CAT story."
needle = "cat"
lower = text.lower()
positions = []
i = lower.find(needle)
while i != -1:
    positions.append(i)
    i = lower.find(needle, i + 1)
print(positions, lower.count(needle), text.count(needle))
print(text.replace("The", "A", 2))
print(" ".join(w.capitalize() for w in text.split()[:4]))
print(text.partition(". "), text.rpartition(" "))
