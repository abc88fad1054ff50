# String slicing, reversal, membership, iteration and building with join.
word = "racecar"
print(word[::-1] == word, word[1:4], word[-3:], word[::2])
sentence = "The quick brown fox"
print(" ".join(w[::-1] for w in sentence.split()))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
vowels = sum(1 for c in sentence.lower() if c in "aeiou")
print("vowels:", vowels)
print(ord("A"), chr(66), [ord(c) - ord("a") for c in "hello"])
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print("ab" * 3, "-" * 10, "abc" < "abd", "Z" < "a")
