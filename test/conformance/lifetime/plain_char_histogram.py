# A horizontal bar chart of letter frequencies in a sentence.
sentence = "objects are born live a while and then they are freed"
freq = {}
for ch in sentence:
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
for ch in sorted(freq):
    print(f"{ch} | {'*' * freq[ch]} ({freq[ch]})")
top3 = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top 3:", top3)
