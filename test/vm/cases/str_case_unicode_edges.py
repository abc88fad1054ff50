# Unicode case mapping edge cases: final sigma in lower/title/capitalize/swapcase, titlecase
# digraphs, ligatures and ß, and the is* predicates on them
words = ["ΣΑΣ ὈΔΥΣΣΕΎΣ", "ΣΑΣ.", "Σ", "ΑΣ'Σ", "ǅungla ǈ Ǆ ǆ", "ﬁne ﬂow ﬀ", "straße ß", "İstanbul", "ǲ", "ŉ", "ΐ"]
for w in words:
    print(repr(w), w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print("  ", w.islower(), w.isupper(), w.istitle(), w.isalpha(), len(w.upper()))
for c in ["ǅ", "ǈ", "Ǆ", "ǆ", "ʰ", "ª", "Ⅻ", "ⅻ", "ⓐ", "Ⓐ"]:
    print(c, c.isupper(), c.islower(), c.istitle(), c.swapcase(), c.upper(), c.lower(), c.title())
