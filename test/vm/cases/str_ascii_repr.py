# ascii() escapes non-ASCII characters; repr keeps printable ones.
for s in ["plain", "café", "日本", "emoji 😀", "\n\t", "\x00\x1f", "\u200b"]:
    print(repr(s), ascii(s), ascii([s]))
print(ascii(1.5), ascii({"é": "ü"}))
