words = ["weak", "strong"]
total = sum(len(w) for w in words, 10)
